Feature: Under "N for N" terms, every stage goes both ways in equal numbers
  Rule id: reciprocity
  Under symmetric terms both directions of every stage carry the same total, less the groups each counts in addition.

  "1,000 for 1,000" was carried out as 390 for 390, then 307 for 307, then 303 for 303. When the two
  directions of a stage differ, one side's figure is probably wrong or refers to something else (a
  different day, only the military), and it is worth a second look before publishing. Because a stage
  can legitimately be lopsided, this is a warning rather than an error. Exchanges agreed on unequal
  terms, or on no numbers at all, are not expected to mirror each other and are not checked.

  Scenario: "1,000 for 1,000": Russia's figures, given for each side, mirror Ukraine's at every stage
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
    Then these checks pass:
      | check                 | message                                   |
      | reciprocity/1/-/total | to Ukraine 390, to Russia 390: reciprocal |
      | reciprocity/2/-/total | to Ukraine 307, to Russia 307: reciprocal |
      | reciprocity/3/-/total | to Ukraine 303, to Russia 303: reciprocal |
    And every "reciprocity" check passes

  Scenario: Stage 1 reported as 390 home and 389 handed over
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And Ukraine's Defence Ministry (official) announced for stage 1 to Ukraine: 390 in total
    And TASS (established media, citing Russia's Defence Ministry) announced for stage 1 to Russia: 389 in total
    When the exchange is reconciled
    Then the "reciprocity" rule finds:
      | finding               | severity | expected      | found          | difference |
      | reciprocity/1/-/total | warning  | to Russia 389 | to Ukraine 390 | +1         |
    And the finding "reciprocity/1/-/total" reads "to Ukraine 390, to Russia 389: differ by 1"
    And the finding "reciprocity/1/-/total" rests on:
      | source                                  | version | figure | value |
      | Ukraine's Defence Ministry              | 2       | total  | 390   |
      | TASS (citing Russia's Defence Ministry) | 3       | total  | 389   |
    And the verdict is "findings open"

  Scenario Outline: Each stage is compared on its own (stage <stage>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Ukraine's Defence Ministry (official) announced for stage <stage> to Ukraine: <to Ukraine> in total
    And TASS (established media) announced for stage <stage> to Russia: <to Russia> in total
    When the exchange is reconciled
    Then these checks pass:
      | check                 |
      | reciprocity/1/-/total |
    And the "reciprocity" rule finds:
      | finding                     | severity | expected              | found                   | difference   |
      | reciprocity/<stage>/-/total | warning  | to Russia <to Russia> | to Ukraine <to Ukraine> | <difference> |

    Examples:
      | stage | to Ukraine | to Russia | difference |
      | 2     | 307        | 310       | -3         |
      | 3     | 303        | 300       | +3         |

  Scenario Outline: Lopsided stages are expected when the terms are not "N for N" (<terms>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "<title>" exchange: <terms>
    And Ukraine's Defence Ministry (official) announced for stage 1 to Ukraine: 390 in total
    And TASS (established media) announced for stage 1 to Russia: 412 in total
    When the exchange is reconciled
    Then the "reciprocity" rule does not apply

    Examples:
      | title                     | terms                                                |
      | 1,000 for 1,200           | exactly 1,000 to Ukraine and exactly 1,200 to Russia |
      | all for all               | all for all                                          |
      | at least 1,000 to Ukraine | at least 1,000 to Ukraine                            |

  Scenario: Russia's side, known only from a breakdown given for it, still names the claims behind it
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier              | citing                    | stage | direction  | total | service                    |
      | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   |                            |
      | TASS                       | established media | Russia's Defence Ministry | 1     | to Russia  |       | military 270, civilian 119 |
    When the exchange is reconciled
    Then the "reciprocity" rule finds:
      | finding               | severity | expected      | found          | difference |
      | reciprocity/1/-/total | warning  | to Russia 389 | to Ukraine 390 | +1         |
    And the finding "reciprocity/1/-/total" cites Ukraine's Defence Ministry at version 2
    And the finding "reciprocity/1/-/total" cites TASS (citing Russia's Defence Ministry) at version 3
