Feature: One source declares the exchange complete, another says it goes on
  Rule id: completion-agreement
  No source denies the completion of a unit that another source declared, and no stage of it is first reported after the declaration.

  A declaration of completion closes the books on an exchange: the completion rule then holds its stages to the
  target. When one side declares the exchange complete and the other says it is not, or that it continues with
  further stages, the desk cannot close the books on either word: the conflict is a finding naming both sides.
  Denials alone, with nobody declaring completion, are simply recorded.

  Scenario: Istanbul, July 2025: Russia declares the exchange complete, Ukraine calls the next swap another round
    # Medinsky on 23 July (https://www.aa.com.tr/en/russia-ukraine-war/in-istanbul-talks-with-ukraine-russia-proposes-exchanging-1-200-more-soldiers-being-held-prisoner/3640218);
    # Zelensky on 9 June, "in several stages" (https://unn.ua/en/news/ukrainians-are-returning-from-russian-captivity-zelenskyy-announced-the-start-of-an-exchange-in-several-stages-in-the-coming-days).
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
        medinsky: {name: Anadolu Agency, tier: established_media, relays: Presidential aide Medinsky, published: 2025-07-23}
        zelensky: {name: UNN, tier: established_media, relays: President Zelensky, published: 2025-06-09}
      completion:
        - medinsky
        - {source: zelensky, says: continuing}
      """
    When the exchange is reconciled
    Then the "completion-agreement" rule finds:
      | finding                                    | severity | expected                              | found                | difference |
      | completion-agreement/all/-/completion      | warning  | complete, by every source that says   | denied by 1 source   | +1         |
    And the finding "completion-agreement/all/-/completion" reads "declared complete by Anadolu Agency (citing Presidential aide Medinsky); denied by UNN (citing President Zelensky) (continues)"

  Scenario Outline: Declarations and denials
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: completion-example
        title: completion example
        parties: [Ukraine, Russia]
        terms: {each side: 100}
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
        ukrinform: {name: Ukrinform, tier: established_media}
      completion: <completion>
      """
    When the exchange is reconciled
    Then the exchange has <count> "completion-agreement" findings

    Examples:
      | completion                                                   | count |
      | [tass]                                                       | 0     |
      | [tass, ukrinform]                                            | 0     |
      | [tass, {source: ukrinform, says: denied}]                    | 1     |
      | [{source: tass, says: declared}, {source: ukrinform, says: continuing}] | 1 |
      | [{source: ukrinform, says: denied}]                          | 0     |

  Scenario Outline: A completion speaks of the unit it names: the prisoners, or the remains (<case>)
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: completion-by-unit
        title: prisoners and remains
        parties: [Ukraine, Russia]
        terms: {each side: 100}
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
        ukrinform: {name: Ukrinform, tier: established_media}
      terms:
        - {source: tass, form: per_direction, unit: bodies, per_direction: {to Ukraine: 500}}
      completion: <completion>
      """
    When the exchange is reconciled
    Then the exchange has <count> "completion-agreement" findings

    Examples:
      | case                                                     | completion                                                                      | count |
      | remains declared complete, prisoners said to continue    | [{source: tass, unit: bodies}, {source: ukrinform, says: continuing}]           | 0     |
      | prisoners declared complete, remains said to continue    | [tass, {source: ukrinform, says: continuing, unit: bodies}]                     | 0     |
      | remains declared complete and said to continue           | [{source: tass, unit: bodies}, {source: ukrinform, says: continuing, unit: bodies}] | 1 |
      | a unit named as the exchange's own is the exchange's own | [{source: tass, unit: people}, {source: ukrinform, says: denied}]               | 1     |

  Scenario: The remains declared complete by one side and said to continue by the other
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: completion-by-unit
        title: prisoners and remains
        parties: [Ukraine, Russia]
        terms: {each side: 100}
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
        ukrinform: {name: Ukrinform, tier: established_media}
      completion:
        - {source: tass, unit: bodies}
        - {source: ukrinform, says: continuing, unit: bodies}
      """
    When the exchange is reconciled
    Then the "completion-agreement" rule finds:
      | finding                                      | severity | expected                            | found              | difference |
      | completion-agreement/all/-/completion/bodies | warning  | complete, by every source that says | denied by 1 source | +1         |
    And the finding "completion-agreement/all/-/completion/bodies" reads "declared complete by TASS; denied by Ukrinform (continues)"

  Rule: A stage reported after the declared completion contradicts it, as a denial does
    When a stage is first reported after the last declaration that the exchange (or one unit of it) is complete,
    the exchange went on after all, or the stage belongs to another agreement: the desk cannot tell which, so the
    declaration and the stage are one finding, whether or not a source said in words that it continues. Progress
    against the target is read where the exchange was declared complete (target-progress), so the later stage is
    flagged here once, not again as going over the target.

    Scenario Outline: Declared complete on 25 May, a third stage reported on 1 July (<case>)
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: declared-then-more
          title: declared, then more
          parties: [Ukraine, Russia]
          terms: {each side: 1000}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, published: 2025-05-25}
          moscow: {name: Moscow Desk, tier: official, published: 2025-05-25}
          july: {name: Evening Desk, tier: official, published: 2025-07-01}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 600}}
          - {stage: 2, direction: each side, source: kyiv, figures: {total: 400}}
          - {stage: 3, direction: each side, source: july, figures: {total: 200}}
        completion: <completion>
        """
      When the exchange is reconciled
      Then the "completion-agreement" rule finds:
        | finding                               | severity | expected                            | found   | difference   |
        | completion-agreement/all/-/completion | warning  | complete, by every source that says | <found> | <difference> |
      And the finding "completion-agreement/all/-/completion" reads "<message>"

      Examples:
        | case                        | completion                                        | found                                | difference | message                                                                                                                 |
        | by both sides, no denial    | [kyiv, moscow]                                    | denied by 0 sources, 1 stage after it | +1         | declared complete by Kyiv Desk, Moscow Desk, denied by nobody; stage 3 came after the declared completion (2025-05-25) |
        | by one side, the other says it continues | [kyiv, {source: july, says: continuing}] | denied by 1 source, 1 stage after it | +2         | declared complete by Kyiv Desk; denied by Evening Desk (continues); stage 3 came after the declared completion (2025-05-25) |

    Scenario: The remains declared complete, then more remains handed over, with no word that it continues
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: remains-then-more
          title: remains, then more
          parties: [Ukraine, Russia]
          terms: {each side: 100}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, published: 2025-06-16}
          july: {name: Evening Desk, tier: official, published: 2025-07-17}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 100}}
          - {stage: 1, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 6000}}
          - {stage: 2, direction: to Ukraine, source: july, unit: bodies, figures: {total: 1000}}
        completion:
          - {source: kyiv, unit: bodies}
        """
      When the exchange is reconciled
      Then the "completion-agreement" rule finds:
        | finding                                      | severity |
        | completion-agreement/all/-/completion/bodies | warning  |
      And the finding "completion-agreement/all/-/completion/bodies" reads "declared complete by Kyiv Desk, denied by nobody; stage 2 came after the declared completion (2025-06-16)"
      And the report shows progress "bodies to Ukraine: 6,000 received of no target; stage 2 after the declared completion"

    Scenario: A declaration dated only to its month puts no stage of that month after it
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: declared-in-may
          title: declared in May
          parties: [Ukraine, Russia]
          terms: {each side: 1000}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, published: 2025-05-25}
          may: {name: Month Desk, tier: official, published: 2025-05}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 600}}
          - {stage: 2, direction: each side, source: kyiv, figures: {total: 400}}
        completion: [may]
        """
      When the exchange is reconciled
      Then these checks pass:
        | check                                 | message                                             |
        | completion-agreement/all/-/completion | declared complete by Month Desk, denied by nobody   |
        | completion/all/to Ukraine/total       | declared complete by Month Desk; stages sum to 1,000 against 1,000: matches the target |

    Scenario: Declared complete after the last stage: nothing came after it
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: declared-at-the-end
          title: declared at the end
          parties: [Ukraine, Russia]
          terms: {each side: 1000}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, published: 2025-05-25}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 600}}
          - {stage: 2, direction: each side, source: kyiv, figures: {total: 400}}
        completion: [kyiv]
        """
      When the exchange is reconciled
      Then these checks pass:
        | check                                 | message                                            |
        | completion-agreement/all/-/completion | declared complete by Kyiv Desk, denied by nobody   |
