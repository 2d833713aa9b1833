Feature: A figure for both directions together is the two directions added up
  Rule id: combined-directions
  A figure for both directions combined equals the two directions' figures added together.

  Headlines often count both ways at once: "780 people exchanged on the first day", "2,000 in the largest
  exchange of the war". Such a combined figure must equal what went to Ukraine plus what went to Russia.
  When it does not, the headline has counted one side twice, left one out, or mixed in another day.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: "1,000 for 1,000", stage 1: 780 exchanged in all, 390 each way
    Given these announcements:
      | source                     | tier              | citing                    | stage | direction  | total |
      | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   |
      | TASS                       | established media | Russia's Defence Ministry | 1     | each side  | 390   |
      | Kyiv Independent           | established media |                           | 1     | combined   | 780   |
    When the exchange is reconciled
    Then these checks pass:
      | check                                | message                                                      |
      | combined-directions/1/combined/total | to Ukraine 390 + to Russia 390 = 780; combined 780: balances |
    And every "combined-directions" check passes

  Scenario: 800 said to have been exchanged at stage 1, where the two directions make 780
    Given these announcements:
      | source                     | tier              | citing                    | stage | direction  | total |
      | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   |
      | TASS                       | established media | Russia's Defence Ministry | 1     | each side  | 390   |
      | Kyiv Independent           | established media |                           | 1     | combined   | 800   |
    When the exchange is reconciled
    Then the "combined-directions" rule finds:
      | finding                              | severity | expected | found | difference |
      | combined-directions/1/combined/total | error    | = 800    | 780   | -20        |
    And the finding "combined-directions/1/combined/total" reads "to Ukraine 390 + to Russia 390 = 780; combined 800: off by -20"
    And the finding "combined-directions/1/combined/total" rests on:
      | source                                  | version | figure | value |
      | Kyiv Independent                        | 4       | total  | 800   |
      | Ukraine's Defence Ministry              | 2       | total  | 390   |
      | TASS (citing Russia's Defence Ministry) | 3       | total  | 390   |

  Scenario Outline: Combined figures that add up (<scope>)
    Given Ukraine's Defence Ministry (official) announced for <scope> to Ukraine: <to Ukraine> in total
    And TASS (established media) announced for <scope> to Russia: <to Russia> in total
    And Kyiv Independent (established media) announced for <scope> combined: <combined> in total
    When the exchange is reconciled
    Then these checks pass:
      | check   | message                                                                                     |
      | <check> | to Ukraine <to Ukraine> + to Russia <to Russia> = <combined>; combined <combined>: balances |

    Examples:
      | scope              | to Ukraine | to Russia | combined | check                                  |
      | stage 2            | 307        | 307       | 614      | combined-directions/2/combined/total   |
      | the whole exchange | 1,000      | 1,000     | 2,000    | combined-directions/all/combined/total |

  Scenario Outline: Combined figures that do not add up (<scope>, <combined> claimed)
    Given Ukraine's Defence Ministry (official) announced for <scope> to Ukraine: <to Ukraine> in total
    And TASS (established media) announced for <scope> to Russia: <to Russia> in total
    And Kyiv Independent (established media) announced for <scope> combined: <combined> in total
    When the exchange is reconciled
    Then the "combined-directions" rule finds:
      | finding   | severity | expected     | found   | difference   |
      | <finding> | error    | = <combined> | <found> | <difference> |
    And the finding "<finding>" rests on:
      | source                     | version | value        |
      | Kyiv Independent           | 4       | <combined>   |
      | Ukraine's Defence Ministry | 2       | <to Ukraine> |
      | TASS                       | 3       | <to Russia>  |

    Examples:
      | scope              | to Ukraine | to Russia | combined | found | difference | finding                                |
      | stage 3            | 303        | 303       | 303      | 606   | +303       | combined-directions/3/combined/total   |
      | the whole exchange | 1,000      | 1,000     | 1,990    | 2,000 | +10        | combined-directions/all/combined/total |
