Feature: A group singled out never outnumbers the figure it is drawn from
  Rule id: subset-within-base
  A group ('27 of them defenders of Mariupol') does not exceed the figure it is drawn from, and sources agree whether it is among that figure or in addition to it.

  Announcements often single out a group: the defenders of Mariupol, the seriously wounded, the women. Such
  a group is part of a figure already given (the stage's total, or its servicemen), so it can equal that
  figure but never exceed it. A subset larger than its base usually means two digits were swapped or the
  group was counted across several stages.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: 27 defenders of Mariupol among stage 2's 307, and 70 among stage 3's 303
    Given these announcements:
      | source           | tier              | stage | direction  | total | sex              | of whom               |
      | LIGA.net         | established media | 2     | to Ukraine | 307   | men 307, women 0 | Mariupol defenders 27 |
      | Ukrainska Pravda | established media | 3     | to Ukraine | 303   | men 303          | Mariupol defenders 70 |
    When the exchange is reconciled
    Then these checks pass:
      | check                                                     | message                                             |
      | subset-within-base/2/to Ukraine/subset:Mariupol defenders | Mariupol defenders 27 of total 307: within its base |
      | subset-within-base/3/to Ukraine/subset:Mariupol defenders | Mariupol defenders 70 of total 303: within its base |
    And every "subset-within-base" check passes

  Scenario: 370 defenders of Mariupol cannot have come home among 303
    Given these announcements:
      | source           | tier              | stage | direction  | total | of whom                |
      | Censor.NET       | established media | 3     | to Ukraine | 303   |                        |
      | Ukrainska Pravda | established media | 3     | to Ukraine |       | Mariupol defenders 370 |
    When the exchange is reconciled
    Then the "subset-within-base" rule finds:
      | finding                                                   | severity | expected | found | difference |
      | subset-within-base/3/to Ukraine/subset:Mariupol defenders | error    | <= 303   | 370   | +67        |
    And the finding "subset-within-base/3/to Ukraine/subset:Mariupol defenders" reads "Mariupol defenders 370 of total 303: exceeds its base by 67"
    And the finding "subset-within-base/3/to Ukraine/subset:Mariupol defenders" rests on:
      | source           | version | figure                    | value |
      | Censor.NET       | 2       | total                     | 303   |
      | Ukrainska Pravda | 3       | subset:Mariupol defenders | 370   |

  Scenario Outline: A group drawn from the servicemen that fits them (<case>)
    Given these announcements:
      | source           | tier              | stage | direction  | total | service                | of whom  |
      | Ukrainska Pravda | established media | 3     | to Ukraine | 303   | military 290 (partial) | <subset> |
    When the exchange is reconciled
    Then these checks pass:
      | check                                                     |
      | subset-within-base/3/to Ukraine/subset:Mariupol defenders |

    Examples:
      | case                        | subset                             |
      | drawn from the total        | Mariupol defenders 70              |
      | drawn from the servicemen   | Mariupol defenders 70 of military  |
      | every serviceman a defender | Mariupol defenders 290 of military |

  Scenario Outline: A group that outnumbers its base (<case>)
    Given these announcements:
      | source           | tier              | stage | direction  | total | service                | of whom  |
      | Ukrainska Pravda | established media | 3     | to Ukraine | 303   | military 290 (partial) | <subset> |
    When the exchange is reconciled
    Then the "subset-within-base" rule finds:
      | finding                                                   | severity | expected   | found   | difference   |
      | subset-within-base/3/to Ukraine/subset:Mariupol defenders | error    | <expected> | <found> | <difference> |
    And the finding "subset-within-base/3/to Ukraine/subset:Mariupol defenders" rests on:
      | source           | version | figure                    | value        |
      | Ukrainska Pravda | 2       | <base>                    | <base value> |
      | Ukrainska Pravda | 2       | subset:Mariupol defenders | <found>      |

    Examples:
      | case                                           | subset                             | expected | found | difference | base             | base value |
      | more than the stage's total                    | Mariupol defenders 330             | <= 303   | 330   | +27        | total            | 303        |
      | more than the servicemen, fewer than the total | Mariupol defenders 295 of military | <= 290   | 295   | +5         | service:military | 290        |
