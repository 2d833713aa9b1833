Feature: Stages follow one another, numbered without gaps and dated in order
  Rule id: stage-sequence
  Stages are numbered 1, 2, 3... without gaps and dated in order.

  An exchange carried out over several days is reported stage by stage. If the record jumps from stage 1
  to stage 3, a stage was missed by the desk or numbered differently by a source; if stage 3 is dated
  before stage 2, a date was misread or the stages were swapped. Either way the running totals and the
  progress towards the terms are built on a sequence that may be wrong, so the desk is warned. Recording
  the very same announcement a second time, as happens when a dossier is imported again, changes nothing
  and is not counted twice.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: "1,000 for 1,000": stages 1, 2 and 3 on 23, 24 and 25 May 2025
    Given these announcements:
      | source                     | tier              | stage | direction  | total | date       |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   | 2025-05-23 |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   | 2025-05-24 |
      | Censor.NET                 | established media | 3     | to Ukraine | 303   | 2025-05-25 |
    When the exchange is reconciled
    Then these checks pass:
      | check                          | message                               |
      | stage-sequence/all/-/numbering | stages 1, 2, 3: numbered without gaps |
    And every "stage-sequence" check passes

  Scenario Outline: A stage missing from the numbering (stages <first> and <second> recorded)
    Given Kyiv Independent (established media) announced for stage <first> to Ukraine: 390 in total
    And Kyiv Independent (established media) announced for stage <second> to Ukraine: 307 in total
    When the exchange is reconciled
    Then the "stage-sequence" rule finds:
      | finding                        | severity | expected      | found             | difference   |
      | stage-sequence/all/-/numbering | warning  | 1 to <second> | <first>, <second> | <difference> |
    And the finding "stage-sequence/all/-/numbering" reads "stages <first>, <second>: stage <missing> missing"
    And the verdict is "findings open"

    Examples:
      | first | second | missing | difference |
      | 1     | 3      | 2       | -1         |
      | 2     | 3      | 1       | -1         |
      | 1     | 4      | 2, 3    | -2         |

  Scenario Outline: A stage dated before the one it follows (stage 3 on <stage 3 date>)
    Given these announcements:
      | source                     | tier              | stage | direction  | total | date           |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   | 2025-05-23     |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   | 2025-05-24     |
      | Censor.NET                 | established media | 3     | to Ukraine | 303   | <stage 3 date> |
    When the exchange is reconciled
    Then the "stage-sequence" rule finds:
      | finding                 | severity | expected               | found          | difference   |
      | stage-sequence/3/-/date | warning  | on or after 2025-05-24 | <stage 3 date> | <difference> |
    And the finding "stage-sequence/3/-/date" reads "stage 3 dated <stage 3 date>, before stage 2 (2025-05-24)"
    And these checks pass:
      | check                          |
      | stage-sequence/all/-/numbering |

    Examples:
      | stage 3 date | difference |
      | 2025-05-22   | -2         |
      | 2025-05-23   | -1         |

  Scenario: A stage dated out of order names the announcements that dated it
    Given these announcements:
      | source                     | tier              | stage | direction  | total | date       |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   | 2025-05-23 |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   | 2025-05-24 |
      | Kyiv Independent           | established media | 3     | to Ukraine | 303   | 2025-05-22 |
    When the exchange is reconciled
    Then the "stage-sequence" rule finds:
      | finding                 | severity |
      | stage-sequence/3/-/date | warning  |
    And the finding "stage-sequence/3/-/date" cites Kyiv Independent at version 4

  Scenario Outline: The same announcement recorded again counts once (<case>)
    Given these announcements:
      | source           | tier              | stage | direction   | total | service   |
      | Kyiv Independent | established media | 1     | <direction> | 390   | <service> |
    When these announcements are recorded again:
      | source           | tier              | stage | direction   | total | service   |
      | Kyiv Independent | established media | 1     | <direction> | 390   | <service> |
    And the exchange is reconciled
    Then the exchange counts 1 announcement and 0 retracted, at version 2
    And the figures of stage 1 to Ukraine are:
      | figure | accepted | status |
      | total  | 390      | agreed |
    And the progress towards the terms is:
      | party   | received    | target | to go          | over |
      | Ukraine | 390         | 1,000  | 610            | 0    |
      | Russia  | <to Russia> | 1,000  | <Russia to go> | 0    |
    And these checks pass:
      | check                          | message                         |
      | stage-sequence/all/-/numbering | stages 1: numbered without gaps |

    Examples:
      | case                                     | direction  | service                    | to Russia | Russia to go |
      | a total alone                            | to Ukraine |                            | 0         | 1,000        |
      | a total and its breakdown, for each side | each side  | military 270, civilian 120 | 390       | 610          |
