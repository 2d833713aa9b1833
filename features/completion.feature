Feature: An exchange declared complete has delivered exactly what was agreed
  Rule id: completion
  An exchange declared complete has stages that sum to its target, less groups handed over in addition to the exchange, neither short nor over.

  Once an official or an outlet says the exchange is over, the stage totals should add up to the terms.
  If "1,000 for 1,000" is declared complete with only 697 accounted for, either a stage is missing from
  the record or the declaration came too early; if the stages add up to more, a stage total is wrong.
  Under "at least" terms, anything from the target upwards completes the exchange. Terms with no number
  ("all for all") give nothing to check a declaration against. Groups handed over in addition to the exchange proper
  are shown in the sum and left out of what is held against the terms (see groups.feature).

  Scenario: "1,000 for 1,000" declared complete after three stages of 390, 307 and 303
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier              | citing                    | stage | direction  | total | service                    |
      | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   | military 270, civilian 120 |
      | TASS                       | established media | Russia's Defence Ministry | 1     | each side  |       | military 270, civilian 120 |
      | Censor.NET                 | established media |                           | 2     | to Ukraine | 307   | military 307 (partial)     |
      | Vestnik Kavkaza            | aggregator        |                           | 2     | each side  |       | military 307               |
      | Censor.NET                 | established media |                           | 3     | to Ukraine | 303   |                            |
      | Vechernyaya Moskva         | established media |                           | 3     | each side  |       | military 303               |
    And Sakh.online (aggregator) declared the exchange complete
    When the exchange is reconciled
    Then these checks pass:
      | check                           | message                                                                                 |
      | completion/all/to Ukraine/total | declared complete by Sakh.online; stages sum to 1,000 against 1,000: matches the target |
      | completion/all/to Russia/total  | declared complete by Sakh.online; stages sum to 1,000 against 1,000: matches the target |
    And every "completion" check passes

  Scenario: Declared complete after two stages, 303 short on each side
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Ukraine's Defence Ministry (official) announced for stage 2 each side: 307 in total
    And Ukraine's Defence Ministry (official) declared the exchange complete
    When the exchange is reconciled
    Then the "completion" rule finds:
      | finding                         | severity | expected | found | difference |
      | completion/all/to Ukraine/total | error    | = 1,000  | 697   | -303       |
      | completion/all/to Russia/total  | error    | = 1,000  | 697   | -303       |
    And the finding "completion/all/to Ukraine/total" reads "declared complete by Ukraine's Defence Ministry; stages sum to 697 against 1,000: shortfall of 303"
    And the finding "completion/all/to Ukraine/total" rests on:
      | source                     | version | figure | value |
      | Ukraine's Defence Ministry | 2       | total  | 390   |
      | Ukraine's Defence Ministry | 3       | total  | 307   |

  Scenario Outline: A declaration that the stages bear out (<terms>, stage 3 of <stage 3>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "<title>" exchange: <terms>
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Ukraine's Defence Ministry (official) announced for stage 2 each side: 307 in total
    And Ukraine's Defence Ministry (official) announced for stage 3 each side: <stage 3> in total
    And Kyiv Independent (established media) declared the exchange complete
    When the exchange is reconciled
    Then these checks pass:
      | check                           |
      | completion/all/to Ukraine/total |
      | completion/all/to Russia/total  |

    Examples:
      | title               | terms                       | stage 3 |
      | 1,000 for 1,000     | exactly 1,000 to each side  | 303     |
      | at least 1,000 each | at least 1,000 to each side | 303     |
      | at least 1,000 each | at least 1,000 to each side | 310     |

  Scenario Outline: A declaration the stages contradict (<terms>, stage 3 of <stage 3>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "<title>" exchange: <terms>
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Ukraine's Defence Ministry (official) announced for stage 2 each side: 307 in total
    And Ukraine's Defence Ministry (official) announced for stage 3 each side: <stage 3> in total
    And Kyiv Independent (established media) declared the exchange complete
    When the exchange is reconciled
    Then the "completion" rule finds:
      | finding                         | severity | expected   | found   | difference   |
      | completion/all/to Ukraine/total | error    | <expected> | <found> | <difference> |
      | completion/all/to Russia/total  | error    | <expected> | <found> | <difference> |
    And the finding "completion/all/to Russia/total" reads "declared complete by Kyiv Independent; stages sum to <found> against 1,000: <verdict>"

    Examples:
      | title               | terms                       | stage 3 | expected | found | difference | verdict        |
      | 1,000 for 1,000     | exactly 1,000 to each side  | 306     | = 1,000  | 1,003 | +3         | overshoot of 3 |
      | 1,000 for 1,000     | exactly 1,000 to each side  | 300     | = 1,000  | 997   | -3         | shortfall of 3 |
      | at least 1,000 each | at least 1,000 to each side | 300     | >= 1,000 | 997   | -3         | shortfall of 3 |

  Scenario Outline: Nothing to check a declaration against (<case>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "<title>" exchange: <terms>
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And <declaration>
    When the exchange is reconciled
    Then the "completion" rule does not apply

    Examples:
      | case                                     | title           | terms                      | declaration                                                                        |
      | all for all, declared complete           | all for all     | all for all                | Kyiv Independent (established media) declared the exchange complete                |
      | exact terms, nobody declared it complete | 1,000 for 1,000 | exactly 1,000 to each side | Kyiv Independent (established media) announced for stage 2 each side: 307 in total |

  Scenario: A declaration that the remains are complete says nothing of the prisoners
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: remains-complete
        title: prisoners and remains
        parties: [Ukraine, Russia]
        terms: {each side: 1000}
        source: kyiv
      sources:
        kyiv: {name: Kyiv Desk, tier: official}
      terms:
        - {source: kyiv, form: per_direction, unit: bodies, per_direction: {to Ukraine: 500}}
      claims:
        - {stage: 1, direction: each side, source: kyiv, figures: {total: 390}}
        - {stage: 1, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 500}}
      completion:
        - {source: kyiv, unit: bodies}
      """
    When the exchange is reconciled
    Then these checks pass:
      | check                                  | message                                                                          |
      | completion/all/to Ukraine/total/bodies | declared complete by Kyiv Desk; stages sum to 500 against 500: matches the target |
    And the "completion" rule raises no finding

  Scenario: Remains declared complete when nothing else on file speaks of remains
    A declaration is the only word on a unit when no terms were stated for it and no handover of it was reported:
    there is nothing to hold the declaration against, and nothing contradicts it. The desk notes it, beside the
    unit's other checks, and waits for a figure; it is no finding, since no two statements disagree.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: remains-declared-alone
        title: prisoners, and remains declared complete
        parties: [Ukraine, Russia]
        terms: {each side: 1000}
        source: kyiv
      sources:
        kyiv: {name: Kyiv Desk, tier: official}
        wire: {name: Wire Desk, tier: established_media}
      claims:
        - {stage: 1, direction: each side, source: kyiv, figures: {total: 390}}
      completion:
        - {source: wire, unit: bodies}
      """
    When the exchange is reconciled
    Then the "completion" rule raises no finding
    And the report notes that "completion/all/to Ukraine/total/bodies" cannot be checked yet: "declared complete by Wire Desk; nothing to complete against: no terms and no stage in bodies on file"
    And the report notes that "completion/all/to Russia/total/bodies" cannot be checked yet: "declared complete by Wire Desk; nothing to complete against: no terms and no stage in bodies on file"
    And the verdict is "reconciles"

  Scenario: A side whose last stage nobody has reported cannot yet be called short
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Ukraine's Defence Ministry (official) announced for stage 2 each side: 307 in total
    And Ukraine's Defence Ministry (official) announced for stage 3 to Ukraine: 303 in total
    And Ukraine's Defence Ministry (official) declared the exchange complete
    When the exchange is reconciled
    Then these checks pass:
      | check                           |
      | completion/all/to Ukraine/total |
    And the "completion" rule raises no finding
    And the report notes that "completion/all/to Russia/total" cannot be checked yet: "697 cannot be checked yet: stage 3 total to Russia unknown"
    And the verdict is "reconciles"

  Rule: A difference known only as a range is said as a desk says it

    When a stage's total is disputed, the stages' sum is one of a few values, and a declared completion may miss the
    target whichever of them is right while some fall short and others go over: the finding says how far on each side
    ("between 2 short and 1 over"), never a range of signed numbers.

    Scenario: Declared complete at 500 each while the second stage is 198 or 201
      # Made-up figures: 300 on the first stage; two official sources give 198 and 201 for the second.
      Given the Presidential Office (official) reported that Ukraine and Russia agreed the "500 for 500" exchange: exactly 500 to each side
      And these announcements:
        | source                    | tier     | stage | direction  | total |
        | Coordination Headquarters | official | 1     | to Ukraine | 300   |
        | Coordination Headquarters | official | 2     | to Ukraine | 198   |
        | Ombudsman                 | official | 2     | to Ukraine | 201   |
      And the Presidential Office (official) declared the exchange complete
      When the exchange is reconciled
      Then the finding "completion/all/to Ukraine/total" reads "declared complete by Presidential Office; stages sum to 498–501 against 500: between 2 short and 1 over"
