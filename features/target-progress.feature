Feature: Stage by stage, each side's receipts count towards what was agreed
  Rule id: target-progress
  Accepted stage totals per direction, less groups handed over in addition to the exchange, up to a declared completion, count towards the target; going over an exact target is a finding.

  An agreement promises each side a number: exactly 1,000, at least 6,000, or simply "all for all". After
  every stage, readers want to know how many have come home and how many are still to come. The desk adds
  up the accepted total of every stage in each direction. Falling short is normal while stages remain; going
  over an exact target means a stage total is wrong or the exchange grew beyond its terms, and that needs
  explaining before anyone writes "1,003 of 1,000". Groups handed over in addition to the exchange proper are
  shown as received and left out of the count against the terms (see groups.feature).

  Scenario: "1,000 for 1,000": three stages bring each side exactly to its 1,000
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier              | citing                    | stage | direction  | total | service                    |
      | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   | military 270, civilian 120 |
      | TASS                       | established media | Russia's Defence Ministry | 1     | each side  |       | military 270, civilian 120 |
      | Censor.NET                 | established media |                           | 2     | to Ukraine | 307   | military 307 (partial)     |
      | Vestnik Kavkaza            | aggregator        |                           | 2     | each side  |       | military 307               |
      | Censor.NET                 | established media |                           | 3     | to Ukraine | 303   |                            |
      | Vechernyaya Moskva         | established media |                           | 3     | each side  |       | military 303               |
    When the exchange is reconciled
    Then the progress towards the terms is:
      | party   | received | target | to go | over |
      | Ukraine | 1000     | 1,000  | 0     | 0    |
      | Russia  | 1000     | 1,000  | 0     | 0    |
    And these checks pass:
      | check                                | message                 |
      | target-progress/all/to Ukraine/total | 1,000 of 1,000: 0 to go |
      | target-progress/all/to Russia/total  | 1,000 of 1,000: 0 to go |
    And every "target-progress" check passes

  Scenario: After the first stage, 610 are still to come on each side
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    When the exchange is reconciled
    Then the progress towards the terms is:
      | party   | received | target | to go | over |
      | Ukraine | 390      | 1,000  | 610   | 0    |
      | Russia  | 390      | 1,000  | 610   | 0    |
    And these checks pass:
      | check                                | message                 |
      | target-progress/all/to Ukraine/total | 390 of 1,000: 610 to go |
      | target-progress/all/to Russia/total  | 390 of 1,000: 610 to go |

  Scenario: A stage total of 306 takes Ukraine's side three past its 1,000
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier              | stage | direction  | total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   |
      | Kyiv Independent           | established media | 3     | to Ukraine | 306   |
    When the exchange is reconciled
    Then the "target-progress" rule finds:
      | finding                              | severity | expected | found | difference |
      | target-progress/all/to Ukraine/total | error    | <= 1,000 | 1,003 | +3         |
    And the finding "target-progress/all/to Ukraine/total" reads "1,003 received against a target of 1,000: 3 over"
    And the finding "target-progress/all/to Ukraine/total" rests on:
      | source                     | version | figure | value |
      | Ukraine's Defence Ministry | 2       | total  | 390   |
      | Censor.NET                 | 3       | total  | 307   |
      | Kyiv Independent           | 4       | total  | 306   |
    And these checks pass:
      | check                               | message                                               |
      | target-progress/all/to Russia/total | 0 of 1,000: 1,000 to go (stage 1, 2, 3 total unknown) |

  Scenario Outline: However far the stages go past an exact target, both sides are flagged (<over> over)
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Ukraine's Defence Ministry (official) announced for stage 2 each side: 307 in total
    And Ukraine's Defence Ministry (official) announced for stage 3 each side: <stage 3> in total
    When the exchange is reconciled
    Then the "target-progress" rule finds:
      | finding                              | severity | expected | found      | difference |
      | target-progress/all/to Ukraine/total | error    | <= 1,000 | <received> | +<over>    |
      | target-progress/all/to Russia/total  | error    | <= 1,000 | <received> | +<over>    |
    And the finding "target-progress/all/to Russia/total" rests on:
      | source                     | version | figure | value     |
      | Ukraine's Defence Ministry | 2       | total  | 390       |
      | Ukraine's Defence Ministry | 3       | total  | 307       |
      | Ukraine's Defence Ministry | 4       | total  | <stage 3> |

    Examples:
      | stage 3 | received | over |
      | 304     | 1,001    | 1    |
      | 403     | 1,100    | 100  |

  Scenario Outline: Terms that cannot be overshot (<terms>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "<title>" exchange: <terms>
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Ukraine's Defence Ministry (official) announced for stage 2 each side: 307 in total
    And Ukraine's Defence Ministry (official) announced for stage 3 each side: 306 in total
    When the exchange is reconciled
    Then the progress towards the terms is:
      | party   | received | target   | to go   | over |
      | Ukraine | 1003     | <target> | <to go> | 0    |
      | Russia  | 1003     | <target> | <to go> | 0    |
    And the report lists no findings

    Examples:
      | title               | terms                       | target         | to go |
      | at least 1,000 each | at least 1,000 to each side | at least 1,000 | 0     |
      | at least 1,200 each | at least 1,200 to each side | at least 1,200 | 197   |

  Scenario: All for all: receipts are counted, with no number to measure them against
    Given the Ukrainian Parliament Commissioner for Human Rights (official) reported that Ukraine and Russia agreed the "all for all" exchange: all for all
    And Ukraine's Defence Ministry (official) announced for stage 1 to Ukraine: 390 in total
    And TASS (established media) announced for stage 1 to Russia: 412 in total
    When the exchange is reconciled
    Then the progress towards the terms is:
      | party   | received | target            | to go | over |
      | Ukraine | 390      | no numeric target | none  | 0    |
      | Russia  | 412      | no numeric target | none  | 0    |
    And the "target-progress" rule does not apply

  Scenario: Bodies repatriated count towards a target set in bodies
    Given Ukrinform (established media) reported that Ukraine and Russia agreed the "Istanbul repatriation" exchange of bodies: at least 6,000 to Ukraine and no numeric target to Russia
    And the Coordination Headquarters for the Treatment of Prisoners of War (official) announced for stage 1 to Ukraine: 1,212 in total
    And TASS (established media) announced for stage 1 to Russia: 27 in total
    When the exchange is reconciled
    Then the report counts bodies
    And the progress towards the terms is:
      | party   | received | target            | to go | over |
      | Ukraine | 1212     | at least 6,000    | 4788  | 0    |
      | Russia  | 27       | no numeric target | none  | 0    |
    And these checks pass:
      | check                                | message                     |
      | target-progress/all/to Ukraine/total | 1,212 of 6,000: 4,788 to go |
    And every "target-progress" check passes

  Rule: Once the exchange is declared complete, progress is read where it was declared
    A declaration of completion says what the exchange came to. The desk reads progress against the target at that
    point: the stages up to the last declaration count, and a stage first reported after it is listed as after the
    declared completion rather than counted as going over the target. Whether the exchange really went on is the
    completion-agreement rule's question, which names that stage. A denial alone declares nothing, and a
    declaration nobody dated fixes no point: every stage counts then, as it does when no stage follows.

    Background:
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
          undated: {name: Morning Desk, tier: official}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 600}}
          - {stage: 2, direction: each side, source: kyiv, figures: {total: 400}}
          - {stage: 3, direction: each side, source: july, figures: {total: 200}}
        """

    Scenario: Declared complete at 1,000 by both sides, then 200 more a month later
      Given the desk imports the completion [kyiv, moscow]
      When the exchange is reconciled
      Then the progress towards the terms is:
        | party   | received | target | to go | over |
        | Ukraine | 1000     | 1,000  | 0     | 0    |
        | Russia  | 1000     | 1,000  | 0     | 0    |
      And these checks pass:
        | check                                | message                                                                                   |
        | target-progress/all/to Ukraine/total | 1,000 of 1,000: 0 to go; stage 3 came after the declared completion (2025-05-25), not counted |
        | completion/all/to Ukraine/total      | declared complete by Kyiv Desk, Moscow Desk; stages sum to 1,000 against 1,000: matches the target; stage 3 came after the declared completion (2025-05-25), not counted |
      And the "target-progress" rule raises no finding
      And the "completion" rule raises no finding

    Scenario Outline: Every stage counts when nothing fixes the point of completion (<case>)
      Given the desk imports the completion <completion>
      When the exchange is reconciled
      Then the "target-progress" rule finds:
        | finding                              | severity | expected | found | difference |
        | target-progress/all/to Ukraine/total | error    | <= 1,000 | 1,200 | +200       |
        | target-progress/all/to Russia/total  | error    | <= 1,000 | 1,200 | +200       |
      And the finding "target-progress/all/to Ukraine/total" reads "1,200 received against a target of 1,000: 200 over"

      Examples:
        | case                             | completion                           |
        | only denied                      | [{source: july, says: continuing}]   |
        | declared, but on no given day    | [undated]                            |
