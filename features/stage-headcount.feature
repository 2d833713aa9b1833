Feature: A stage that took place is given a headcount
  Rule id: stage-headcount
  Each direction of a stage that took place has a total from at least one source; a stage reported without one is a finding to chase.

  Governments sometimes report that a stage happened and withhold how many came home ("numbers will be given when
  the whole process ends"). The desk records such a stage with its date and a note and no figures, and nothing that
  rests on it is counted as zero: running totals and whole-exchange figures wait, with a note. But a stage whose
  headcount nobody gave is itself something the desk must chase, so it is a finding, a warning, naming who reported
  the stage. A headcount from any source settles it, even a range ("about 250") or a disputed one; a breakdown
  that makes up the total counts too, while a group alone ("among them 8 civilians") does not say how many came.

  Scenario: Istanbul, June 2025: stages of prisoners reported with no numbers from either side
    # Zelensky on 9 June (https://unn.ua/en/news/ukrainians-are-returning-from-russian-captivity-zelenskyy-announced-the-start-of-an-exchange-in-several-stages-in-the-coming-days);
    # the Coordination Headquarters on 12 June (https://www.pravda.com.ua/eng/news/2025/06/12/7516871/);
    # Medinsky on 24 July, through dpa (https://mia.mk/index.php/en/story/moscow-says-another-prisoner-exchange-agreed-with-kiev).
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: jun-2025-istanbul
        title: Istanbul, the wounded, the young and the dead
        parties: [Ukraine, Russia]
        terms: {each side: {at_least: 1000}}
        source: medinsky
      sources:
        medinsky: {name: RT, tier: established_media, relays: Presidential aide Medinsky, published: 2025-06-02}
        zelensky: {name: UNN, tier: established_media, relays: President Zelensky, published: 2025-06-09}
        hq: {name: Ukrainska Pravda, tier: established_media, relays: Coordination Headquarters, published: 2025-06-12}
        dpa: {name: MIA (dpa), tier: established_media, relays: Presidential aide Medinsky, published: 2025-07-24}
      claims:
        - {stage: 1, direction: to Ukraine, source: zelensky, took_place_on: 2025-06-09, note: the young and the wounded; no number}
        - {stage: 2, direction: to Ukraine, source: hq, took_place_on: 2025-06-10, note: severely injured and seriously ill; no number}
        - {stage: 3, direction: each side, source: dpa, took_place_on: 2025-07-23, figures: {total: 250}}
      """
    When the exchange is reconciled
    Then the "stage-headcount" rule finds:
      | finding                           | severity | expected                  | found       |
      | stage-headcount/1/to Ukraine/total | warning  | a total from some source | no headcount |
      | stage-headcount/2/to Ukraine/total | warning  | a total from some source | no headcount |
    And the finding "stage-headcount/2/to Ukraine/total" reads "stage 2, to Ukraine took place, as Ukrainska Pravda (citing Coordination Headquarters) (v3) reported, and no source gave how many"
    And the finding "stage-headcount/1/to Ukraine/total" rests on:
      | source                     | version |
      | UNN (citing President Zelensky) | 2  |

  Scenario Outline: What counts as a headcount
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: headcount-example
        title: headcount example
        parties: [Ukraine, Russia]
        terms: {each side: 1000}
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
        hq: {name: Coordination Headquarters, tier: official}
      claims:
        - {stage: 1, direction: to Ukraine, source: tass, note: a group came home}
        - {stage: 1, direction: to Ukraine, source: hq, figures: <figures>}
      """
    When the exchange is reconciled
    Then the exchange has <count> "stage-headcount" findings

    Examples:
      | figures                                                                      | count |
      | {total: 390}                                                                 | 0     |
      | {total: {about: 250}}                                                        | 0     |
      | {breakdowns: {service: {parts: {military: 270, civilian: 120}, complete: true}}} | 0 |
      | {subsets: {civilians: 8}}                                                    | 1     |
      | {qualitative: [{dimension: service, only: military}]}                        | 1     |
