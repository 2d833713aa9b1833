Feature: Sources that state the terms of an exchange state the same promise
  Rule id: terms-agreement
  Every source that states the terms of an exchange (in one unit) states the same promise.

  The terms of an exchange are what its sources say they are, and they do not always say the same thing: one
  delegation speaks of "all for all" by category, the other of "at least 1,000 from each side". Those are different
  promises, and progress can only be read against a number. The desk records every statement of the terms with its
  source; statements that differ are a finding naming each of them, and progress keeps being read against the
  terms first recorded (the agreement's), which the finding says. A source saying that no terms were announced does
  not compete with one that states them; composite terms that add a part to the same numbers ("175 each, plus 23
  wounded one way") do not compete with those numbers stated alone, though two composites with different parts do;
  and terms stated for the dead are compared only with other terms for the dead.

  Scenario: Istanbul, June 2025: "all for all" by category against "at least 1,000 from each side"
    # Umerov (https://www.pravda.com.ua/eng/news/2025/06/2/7515242/) and Medinsky (https://t-room.us/?p=120381),
    # both on 2 June 2025.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: jun-2025-istanbul
        title: Istanbul, the wounded, the young and the dead
        parties: [Ukraine, Russia]
        terms: all for all
        source: umerov
      sources:
        umerov: {name: Ukrainska Pravda, tier: established_media, relays: Defence Minister Umerov, published: 2025-06-02}
        medinsky: {name: RT, tier: established_media, relays: Presidential aide Medinsky, published: 2025-06-02}
      terms:
        - source: medinsky
          form: each_side
          each_side: {at_least: 1000}
          says: all prisoners under 25 and the severely wounded, at least 1,000 from each side and possibly more
        - source: umerov
          form: each_side
          unit: bodies
          each_side: 6000
          says: 6,000 for 6,000 bodies
        - source: medinsky
          form: per_direction
          unit: bodies
          per_direction: {to Ukraine: 6000}
          says: Russia hands over 6,000 bodies unilaterally
      """
    When the exchange is reconciled
    Then the "terms-agreement" rule finds:
      | finding                               | severity | expected                 | found                          | difference |
      | terms-agreement/all/-/people terms    | warning  | statements that agree    | 2 statements, 1 pair at odds   | +1         |
      | terms-agreement/all/-/bodies terms    | warning  | statements that agree    | 2 statements, 1 pair at odds   | +1         |
    And the finding "terms-agreement/all/-/people terms" reads "the terms are stated differently: all for all (Ukrainska Pravda (citing Defence Minister Umerov), v1); each side at least 1,000 (RT (citing Presidential aide Medinsky), v2); progress is read against the first recorded, all for all"

  Scenario: Two sources giving the same numbers state the same terms
    # August 2024: a UAE official before the swap and Russia's Defence Ministry after it, 115 each.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: aug-2024-115-each
        title: 115 for 115
        parties: [Ukraine, Russia]
        terms: {each side: 115}
        source: uae
      sources:
        uae: {name: Reuters, tier: established_media, relays: a UAE official, published: 2024-08-24}
        ministry: {name: Russia's Defence Ministry, tier: official, published: 2024-08-24}
      terms:
        - {source: ministry, form: each_side, each_side: 115}
      """
    When the exchange is reconciled
    Then every "terms-agreement" check passes

  Scenario: Saying that no terms were announced does not compete with terms stated after the fact
    # June 2022: Ukraine's intelligence directorate gave only what it received; Pushilin said 144 each afterwards.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: jun-2022-144-azovstal
        title: 144 Azovstal defenders
        parties: [Ukraine, Russia]
        terms: not announced
        source: gur
      sources:
        gur: {name: Hromadske, tier: established_media, relays: Defence Intelligence, published: 2022-06-29}
        pushilin: {name: Denis Pushilin, tier: official, published: 2022-06-29}
      terms:
        - {source: pushilin, form: each_side, each_side: 144}
      """
    When the exchange is reconciled
    Then the "terms-agreement" rule does not apply

  Scenario Outline: Statements of the terms that agree or compete
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: terms-example
        title: terms example
        parties: [Ukraine, Russia]
        terms: <agreed>
        source: first
      sources:
        first: {name: TASS, tier: established_media}
        second: {name: Reuters, tier: established_media}
      terms:
        - <stated>
      """
    When the exchange is reconciled
    Then the exchange has <count> "terms-agreement" findings

    Examples:
      | agreed                           | stated                                                                          | count |
      | {each side: 1000}                | {source: second, form: each_side, each_side: 1000}                              | 0     |
      | {each side: 1000}                | {source: second, form: each_side, each_side: {at_least: 1000}}                  | 1     |
      | {each side: 1000}                | {source: second, form: combined, combined: 2000}                                | 1     |
      | {to Ukraine: 84, to Russia: 84}  | {source: second, form: per_direction, per_direction: {to Ukraine: 84, to Russia: 84}} | 0 |
      | all for all                      | {source: second, form: all_for_all}                                             | 0     |
      | all for all                      | {source: second, form: not_announced}                                           | 0     |
      | {each side: 175}                 | {source: second, form: composite, each_side: 175, parts: [175 each side, 23 wounded to Ukraine]} | 0 |
      | {each side: 175}                 | {source: second, form: composite, each_side: 146, parts: [146 each side, 8 civilians to Russia]} | 1 |
