Feature: A breakdown adds up to the total it divides
  Rule id: breakdown-sum
  A complete breakdown of the total makes it up exactly; a partial one does not exceed it.

  When a ministry says 390 people came home and that 270 of them were soldiers and 120 civilians, a reader
  will add the parts up. If they do not make the total, one of the three numbers is a typo, a misreading,
  or about a different group of people, and the desk has to find out which before anything is published.
  A breakdown a source gives only in part ("among them 307 servicemen") may fall short of the total, but
  it can never exceed it.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: Stage 1 of "1,000 for 1,000": 270 military and 120 civilians, 387 men and 3 women make up 390
    Given these announcements:
      | source                     | tier              | citing                    | stage | direction  | total | service                    | sex              |
      | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   | military 270, civilian 120 | men 387, women 3 |
      | Ukrainska Pravda           | established media |                           | 1     | to Ukraine | 390   | military 270, civilian 120 | men 387, women 3 |
      | TASS                       | established media | Russia's Defence Ministry | 1     | each side  |       | military 270, civilian 120 |                  |
      | Kyiv Independent           | established media |                           | 1     | to Ukraine | 390   |                            |                  |
    When the exchange is reconciled
    Then these checks pass:
      | check                              | message                                                                                    |
      | breakdown-sum/1/to Ukraine/service | military 270 + civilian 120 = 390; complete service breakdown makes up total 390: balances |
      | breakdown-sum/1/to Ukraine/sex     | men 387 + women 3 = 390; complete sex breakdown makes up total 390: balances               |
    And every "breakdown-sum" check passes

  Scenario: Civilians reported as 121 leave stage 1's breakdown one over its total
    Given these announcements:
      | source                     | tier              | stage | direction  | total | service                    |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |                            |
      | Ukrainska Pravda           | established media | 1     | to Ukraine |       | military 270, civilian 121 |
    When the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                            | severity | expected | found | difference |
      | breakdown-sum/1/to Ukraine/service | error    | = 390    | 391   | +1         |
    And the finding "breakdown-sum/1/to Ukraine/service" reads "military 270 + civilian 121 = 391; complete service breakdown makes up total 390: off by +1"
    And the finding "breakdown-sum/1/to Ukraine/service" rests on:
      | source                     | version | figure           | value |
      | Ukraine's Defence Ministry | 2       | total            | 390   |
      | Ukrainska Pravda           | 3       | service:military | 270   |
      | Ukrainska Pravda           | 3       | service:civilian | 121   |
    And the verdict is "errors open"

  Scenario Outline: A breakdown that stays within the rule (<case>)
    Given these announcements:
      | source                     | tier     | stage | direction  | total | service   |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | 307   | <service> |
    When the exchange is reconciled
    Then these checks pass:
      | check                              |
      | breakdown-sum/2/to Ukraine/service |

    Examples:
      | case                                   | service                            |
      | complete, every part given             | military 307, civilian 0           |
      | partial, only the servicemen named     | military 300 (partial)             |
      | partial, and the parts reach the total | military 300, civilian 7 (partial) |

  Scenario Outline: A breakdown that breaks the rule (<case>)
    Given these announcements:
      | source                     | tier     | stage | direction  | total | service   |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | 307   | <service> |
    When the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                            | severity | expected   | found   | difference   |
      | breakdown-sum/2/to Ukraine/service | error    | <expected> | <found> | <difference> |
    And the finding "breakdown-sum/2/to Ukraine/service" rests on:
      | source                     | version |
      | Ukraine's Defence Ministry | 2       |

    Examples:
      | case                               | service                            | expected | found | difference |
      | complete, parts over the total     | military 300, civilian 10          | = 307    | 310   | +3         |
      | complete, parts short of the total | military 280, civilian 7           | = 307    | 287   | -20        |
      | partial, parts already over        | military 300, civilian 8 (partial) | <= 307   | 308   | +1         |

  Scenario: Every breakdown of the same total is checked, not only the first that fails
    Given these announcements:
      | source           | tier              | stage | direction  | total | service                    | sex              |
      | Kyiv Independent | established media | 1     | to Ukraine | 390   | military 271, civilian 120 | men 386, women 3 |
    When the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                            | severity | expected | found | difference |
      | breakdown-sum/1/to Ukraine/service | error    | = 390    | 391   | +1         |
      | breakdown-sum/1/to Ukraine/sex     | error    | = 390    | 389   | -1         |

  Scenario: A total worked out from one complete breakdown is checked against the other
    Given these announcements:
      | source           | tier              | stage | direction  | service                    | sex              |
      | Ukrainska Pravda | established media | 1     | to Ukraine | military 270, civilian 120 | men 387, women 3 |
    When the exchange is reconciled
    Then the figures of stage 1 to Ukraine are:
      | figure | accepted | status  |
      | total  | 390      | derived |
    And these checks pass:
      | check                          | message                                                                      |
      | breakdown-sum/1/to Ukraine/sex | men 387 + women 3 = 390; complete sex breakdown makes up total 390: balances |
    And every "breakdown-sum" check passes
