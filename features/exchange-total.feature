Feature: A figure for the whole exchange is the sum of its stages
  Rule id: exchange-total
  A figure claimed for the whole exchange equals the same figure summed over its stages.

  After the last stage, officials and outlets sum up: "1,000 returned to Russia, 880 servicemen and 120
  civilians". Each such figure must equal the same figure added up over the stages the desk has recorded,
  whether it is a total, the servicemen or the civilians. A stage whose breakdown is complete counts a
  part it leaves out as zero (stage 3's 303 servicemen mean no civilians that day). A whole-exchange
  figure below the stages is wrong at once. One above them may only be ahead of the stages recorded so far,
  so it is noted rather than flagged until someone declares the exchange complete. Where a stage gives no
  such figure at all, the claim cannot be checked yet. Such notes stand apart from the findings, under
  "Cannot be checked yet": nobody has to acknowledge them, and they never make an exchange fail.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: "1,000 for 1,000": 1,000 to Russia, 880 servicemen and 120 civilians, as the three stages add up
    Given these announcements:
      | source             | tier              | citing                    | stage          | direction | total | service                    |
      | TASS               | established media | Russia's Defence Ministry | 1              | each side |       | military 270, civilian 120 |
      | Vestnik Kavkaza    | aggregator        |                           | 2              | each side |       | military 307               |
      | Vechernyaya Moskva | established media |                           | 3              | each side |       | military 303               |
      | Sakh.online        | aggregator        |                           | whole exchange | to Russia | 1000  | military 880, civilian 120 |
    When the exchange is reconciled
    Then these checks pass:
      | check                                         | message                                                               |
      | exchange-total/all/to Russia/total            | 390 + 307 + 303 = 1,000 over 3 stages; whole exchange 1,000: balances |
      | exchange-total/all/to Russia/service:military | 270 + 307 + 303 = 880 over 3 stages; whole exchange 880: balances     |
      | exchange-total/all/to Russia/service:civilian | 120 + 0 + 0 = 120 over 3 stages; whole exchange 120: balances         |
    And every "exchange-total" check passes

  Scenario: 990 said to have come home over three stages that add up to 1,000
    Given these announcements:
      | source                     | tier              | stage          | direction  | total |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   |
      | Censor.NET                 | established media | 2              | to Ukraine | 307   |
      | Censor.NET                 | established media | 3              | to Ukraine | 303   |
      | Kyiv Independent           | established media | whole exchange | to Ukraine | 990   |
    When the exchange is reconciled
    Then the "exchange-total" rule finds:
      | finding                             | severity | expected | found | difference |
      | exchange-total/all/to Ukraine/total | error    | = 1,000  | 990   | -10        |
    And the finding "exchange-total/all/to Ukraine/total" reads "390 + 307 + 303 = 1,000 over 3 stages; whole exchange 990: off by -10"
    And the finding "exchange-total/all/to Ukraine/total" rests on:
      | source                     | version | figure | value |
      | Kyiv Independent           | 5       | total  | 990   |
      | Ukraine's Defence Ministry | 2       | total  | 390   |
      | Censor.NET                 | 3       | total  | 307   |
      | Censor.NET                 | 4       | total  | 303   |
    And the verdict is "errors open"

  Scenario: 1,010 claimed while nobody has declared the exchange over is noted, not flagged
    Given these announcements:
      | source                     | tier              | stage          | direction  | total |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   |
      | Censor.NET                 | established media | 2              | to Ukraine | 307   |
      | Censor.NET                 | established media | 3              | to Ukraine | 303   |
      | Kyiv Independent           | established media | whole exchange | to Ukraine | 1010  |
    When the exchange is reconciled
    Then the "exchange-total" rule raises no finding
    And the report notes that "exchange-total/all/to Ukraine/total" cannot be checked yet: "390 + 307 + 303 = 1,000 over 3 stages; whole exchange 1,010: 10 not yet accounted for by the stages recorded"
    And the note "exchange-total/all/to Ukraine/total" cites Kyiv Independent at version 5
    And the note "exchange-total/all/to Ukraine/total" cites Censor.NET at version 4
    And the verdict is "reconciles"

  Scenario: Once the exchange is declared complete, 1,010 against stages of 1,000 is an error
    Given these announcements:
      | source                     | tier              | stage          | direction  | total |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   |
      | Censor.NET                 | established media | 2              | to Ukraine | 307   |
      | Censor.NET                 | established media | 3              | to Ukraine | 303   |
      | Kyiv Independent           | established media | whole exchange | to Ukraine | 1010  |
    And Ukraine's Defence Ministry (official) declared the exchange complete
    When the exchange is reconciled
    Then the "exchange-total" rule finds:
      | finding                             | severity | expected | found | difference |
      | exchange-total/all/to Ukraine/total | error    | = 1,000  | 1,010 | +10        |
    And the finding "exchange-total/all/to Ukraine/total" reads "390 + 307 + 303 = 1,000 over 3 stages; whole exchange 1,010: off by +10"

  Scenario: 870 servicemen claimed for the whole exchange against 880 over the stages
    Given these announcements:
      | source                     | tier              | stage          | direction  | total | service                    |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   | military 270, civilian 120 |
      | Censor.NET                 | established media | 2              | to Ukraine | 307   | military 307               |
      | Censor.NET                 | established media | 3              | to Ukraine | 303   | military 303               |
      | Kyiv Independent           | established media | whole exchange | to Ukraine |       | military 870, civilian 120 |
    When the exchange is reconciled
    Then the "exchange-total" rule finds:
      | finding                                        | severity | expected | found | difference |
      | exchange-total/all/to Ukraine/service:military | error    | = 880    | 870   | -10        |
      | exchange-total/all/to Ukraine/total            | error    | = 1,000  | 990   | -10        |
    And the finding "exchange-total/all/to Ukraine/service:military" rests on:
      | source                     | version | figure           | value |
      | Kyiv Independent           | 5       | service:military | 870   |
      | Ukraine's Defence Ministry | 2       | service:military | 270   |
      | Censor.NET                 | 3       | service:military | 307   |
      | Censor.NET                 | 4       | service:military | 303   |

  Scenario Outline: Whole-exchange civilians against the stages (<claimed> claimed)
    Given these announcements:
      | source                     | tier              | stage          | direction  | total | service                          |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   | military 270, civilian 120       |
      | Censor.NET                 | established media | 2              | to Ukraine | 307   | military 307                     |
      | Censor.NET                 | established media | 3              | to Ukraine | 303   | military 303                     |
      | Kyiv Independent           | established media | whole exchange | to Ukraine |       | military 880, civilian <claimed> |
    And Ukraine's Defence Ministry (official) declared the exchange complete
    When the exchange is reconciled
    Then the "exchange-total" rule finds:
      | finding                                        | severity | expected | found     | difference   |
      | exchange-total/all/to Ukraine/service:civilian | error    | = 120    | <claimed> | <difference> |
      | exchange-total/all/to Ukraine/total            | error    | = 1,000  | <whole>   | <difference> |
    And the finding "exchange-total/all/to Ukraine/service:civilian" cites Kyiv Independent at version 5
    And the finding "exchange-total/all/to Ukraine/service:civilian" cites Ukraine's Defence Ministry at version 2

    Examples:
      | claimed | whole | difference |
      | 110     | 990   | -10        |
      | 130     | 1,010 | +10        |

  Scenario: Civilians cannot be summed over the stages while a stage never gives them
    Given these announcements:
      | source                     | tier              | stage          | direction  | total | service                              |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   | military 270, civilian 120           |
      | Censor.NET                 | established media | 2              | to Ukraine | 307   | military 300 (partial)               |
      | Kyiv Independent           | established media | whole exchange | to Ukraine |       | military 570, civilian 127 (partial) |
    When the exchange is reconciled
    Then the "exchange-total" rule raises no finding
    And the report notes that "exchange-total/all/to Ukraine/service:civilian" cannot be checked yet: "127 cannot be checked yet: stage 2 has no service:civilian figure"
    And these checks pass:
      | check                                          |
      | exchange-total/all/to Ukraine/service:military |
    And the verdict is "reconciles"

  Scenario: A whole-exchange total cannot be checked while a stage has no total for that side
    Given these announcements:
      | source                     | tier              | stage          | direction  | total |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   |
      | Censor.NET                 | established media | 2              | to Ukraine | 307   |
      | Censor.NET                 | established media | 3              | to Russia  | 303   |
      | Kyiv Independent           | established media | whole exchange | to Ukraine | 1000  |
    When the exchange is reconciled
    Then the "exchange-total" rule raises no finding
    And the report notes that "exchange-total/all/to Ukraine/total" cannot be checked yet: "1,000 cannot be checked yet: stage 3 has no total figure"
    And the verdict is "reconciles"

  Scenario: A whole-exchange total that cannot be checked yet still names who reported it
    Given these announcements:
      | source                     | tier              | stage          | direction  | total |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390   |
      | Censor.NET                 | established media | 2              | to Russia  | 307   |
      | Kyiv Independent           | established media | whole exchange | to Ukraine | 1000  |
    When the exchange is reconciled
    Then the "exchange-total" rule raises no finding
    And the note "exchange-total/all/to Ukraine/total" cites Kyiv Independent at version 4
