Feature: A running total is the sum of the stages so far
  Rule id: cumulative-sum
  A running total equals the accepted stage totals up to and including its stage.

  Reports of a later stage often add "in all, 697 have come home so far". That running total must equal
  the stage totals the desk has accepted up to that stage. If it does not, either a stage total is wrong,
  or the source counts something else (another exchange, bodies, a different period). Where an earlier
  stage's total is not known yet, the running total cannot be checked; the desk notes this apart from
  the findings, under "Cannot be checked yet", without treating it as an error or asking anyone to
  acknowledge it.

  A running total that is off rests on its own claim and on every stage total before it. The finding lists its own
  claim and names the stages it was compared with, by reference: each stage's accepted total, how it is corroborated
  and the claims behind it are in that stage's table, listed there once, not copied into every later running total.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: "1,000 for 1,000": after stage 2, 390 + 307 make the 697 reported
    Given these announcements:
      | source                     | tier              | stage | direction  | total | service                    | running total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   | military 270, civilian 120 |               |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   | military 307 (partial)     | 697           |
    When the exchange is reconciled
    Then these checks pass:
      | check                                  | message                                      |
      | cumulative-sum/2/to Ukraine/cumulative | 390 + 307 = 697; running total 697: balances |
    And every "cumulative-sum" check passes

  Scenario: A running total of 707 after stage 2 is ten more than the stages add up to
    Given these announcements:
      | source                     | tier              | stage | direction  | total | running total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |               |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   | 707           |
    When the exchange is reconciled
    Then the "cumulative-sum" rule finds:
      | finding                                | severity | expected | found | difference |
      | cumulative-sum/2/to Ukraine/cumulative | error    | = 697    | 707   | +10        |
    And the finding "cumulative-sum/2/to Ukraine/cumulative" reads "390 + 307 = 697; running total 707: off by +10"
    And the finding "cumulative-sum/2/to Ukraine/cumulative" rests on:
      | source                     | version | figure     | value |
      | Censor.NET                 | 3       | cumulative | 707   |
      | Ukraine's Defence Ministry | 2       | total      | 390   |
      | Censor.NET                 | 3       | total      | 307   |
    And the finding "cumulative-sum/2/to Ukraine/cumulative" gives as its own evidence:
      | source     | version | figure     | value |
      | Censor.NET | 3       | cumulative | 707   |
    And the finding "cumulative-sum/2/to Ukraine/cumulative" cites stages 1 to 2, to Ukraine, total by reference

  Scenario Outline: The running total after the third stage (<running total> reported)
    Given these announcements:
      | source                     | tier              | stage | direction  | total | running total   |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |                 |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   |                 |
      | Ukrainska Pravda           | established media | 3     | to Ukraine | 303   | <running total> |
    When the exchange is reconciled
    Then the "cumulative-sum" rule finds:
      | finding                                | severity | expected | found   | difference   |
      | cumulative-sum/3/to Ukraine/cumulative | error    | = 1,000  | <found> | <difference> |
    And the finding "cumulative-sum/3/to Ukraine/cumulative" rests on:
      | source                     | version |
      | Ukrainska Pravda           | 4       |
      | Ukraine's Defence Ministry | 2       |
      | Censor.NET                 | 3       |

    Examples:
      | running total | found | difference |
      | 997           | 997   | -3         |
      | 1,003         | 1,003 | +3         |
      | 697           | 697   | -303       |

  Scenario Outline: Running totals given for each side are checked in both directions (<running total> reported)
    Given these announcements:
      | source                     | tier              | stage | direction | total | running total   |
      | Ukraine's Defence Ministry | official          | 1     | each side | 390   |                 |
      | TASS                       | established media | 2     | each side | 307   | <running total> |
    When the exchange is reconciled
    Then the "cumulative-sum" rule finds:
      | finding                                | severity | expected | found           | difference   |
      | cumulative-sum/2/to Ukraine/cumulative | error    | = 697    | <running total> | <difference> |
      | cumulative-sum/2/to Russia/cumulative  | error    | = 697    | <running total> | <difference> |

    Examples:
      | running total | difference |
      | 699           | +2         |
      | 690           | -7         |

  Scenario: A running total cannot be checked while an earlier stage's total is unknown
    Given Censor.NET (established media) announced for stage 1 to Russia: 390 in total
    And these announcements:
      | source     | tier              | stage | direction  | total | running total |
      | Censor.NET | established media | 2     | to Ukraine | 307   | 697           |
    When the exchange is reconciled
    Then the "cumulative-sum" rule raises no finding
    And the report notes that "cumulative-sum/2/to Ukraine/cumulative" cannot be checked yet: "697 cannot be checked yet: stage 1 total unknown"
    And the verdict is "reconciles"

  Scenario: A running total that cannot be checked yet still names who reported it
    Given these announcements:
      | source     | tier              | stage | direction  | total | running total |
      | Censor.NET | established media | 2     | to Ukraine | 307   | 697           |
    When the exchange is reconciled
    Then the "cumulative-sum" rule raises no finding
    And the note "cumulative-sum/2/to Ukraine/cumulative" cites Censor.NET at version 2
