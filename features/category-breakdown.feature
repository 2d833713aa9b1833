Feature: A category's own breakdown adds up to that category
  Rule id: category-breakdown
  A breakdown of a category (branches of the military) fits that category's figure.

  Sources often go one level deeper than soldiers and civilians: so many from the army, so many from the
  National Guard, so many border guards. Those branches divide the military figure, not the total, so the
  desk checks them against the number of servicemen the exchange accepted for that stage. A complete list
  of branches must make up the military figure; a list that names only some branches must not exceed it.
  The figures by branch below are illustrations built on stage 1's 270 servicemen.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: Stage 1's 270 servicemen, split by branch, add up to 270
    Given these announcements:
      | source                     | tier     | stage | direction  | total | service                    | branch of military                           |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390   | military 270, civilian 120 | army 180, national guard 60, border guard 30 |
    When the exchange is reconciled
    Then these checks pass:
      | check                                  | message                                                                                                         |
      | category-breakdown/1/to Ukraine/branch | army 180 + national guard 60 + border guard 30 = 270; complete branch breakdown makes up military 270: balances |
    And every "category-breakdown" check passes

  Scenario: Branches from one outlet that overshoot the ministry's servicemen are flagged
    Given these announcements:
      | source                     | tier              | stage | direction  | total | service                    | branch of military                           |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   | military 270, civilian 120 |                                              |
      | Ukrainska Pravda           | established media | 1     | to Ukraine |       |                            | army 185, national guard 60, border guard 30 |
    When the exchange is reconciled
    Then the "category-breakdown" rule finds:
      | finding                                | severity | expected | found | difference |
      | category-breakdown/1/to Ukraine/branch | error    | = 270    | 275   | +5         |
    And the finding "category-breakdown/1/to Ukraine/branch" reads "army 185 + national guard 60 + border guard 30 = 275; complete branch breakdown makes up military 270: off by +5"
    And the finding "category-breakdown/1/to Ukraine/branch" rests on:
      | source                     | version | figure                | value |
      | Ukraine's Defence Ministry | 2       | service:military      | 270   |
      | Ukrainska Pravda           | 3       | branch:army           | 185   |
      | Ukrainska Pravda           | 3       | branch:national guard | 60    |
      | Ukrainska Pravda           | 3       | branch:border guard   | 30    |
    And every "breakdown-sum" check passes

  Scenario Outline: Branches that fit the servicemen (<case>)
    Given these announcements:
      | source                     | tier     | stage | direction  | total | service                  | branch of military |
      | Ukraine's Defence Ministry | official | 3     | to Ukraine | 303   | military 303, civilian 0 | <branches>         |
    When the exchange is reconciled
    Then these checks pass:
      | check                                  |
      | category-breakdown/3/to Ukraine/branch |

    Examples:
      | case                               | branches                                     |
      | every branch listed                | army 250, national guard 40, border guard 13 |
      | only the army named                | army 250 (partial)                           |
      | some branches, reaching the figure | army 250, national guard 53 (partial)        |

  Scenario Outline: Branches that do not fit the servicemen (<case>)
    Given these announcements:
      | source                     | tier     | stage | direction  | total | service                  | branch of military |
      | Ukraine's Defence Ministry | official | 3     | to Ukraine | 303   | military 303, civilian 0 | <branches>         |
    When the exchange is reconciled
    Then the "category-breakdown" rule finds:
      | finding                                | severity | expected   | found   | difference   |
      | category-breakdown/3/to Ukraine/branch | error    | <expected> | <found> | <difference> |
    And the finding "category-breakdown/3/to Ukraine/branch" rests on:
      | source                     | version |
      | Ukraine's Defence Ministry | 2       |

    Examples:
      | case                            | branches                                     | expected | found | difference |
      | every branch listed, too many   | army 250, national guard 40, border guard 14 | = 303    | 304   | +1         |
      | every branch listed, too few    | army 250, national guard 40                  | = 303    | 290   | -13        |
      | some branches, already too many | army 260, national guard 53 (partial)        | <= 303   | 313   | +10        |

  Scenario: Ranks that count the civilians too make up the whole total, ranks of the servicemen the servicemen
    # The pattern of tests/real_cases/jan-2024-230-and-248.yaml, in made-up figures: the headquarters splits its
    # servicemen by rank, the president splits everyone by rank and puts the civilians beside soldiers and officers.
    Given these announcements:
      | source           | tier     | origin                              | stage | direction  | total | service                   | rank of military          | rank                                   |
      | Interfax-Ukraine | official | Ukraine / Coordination Headquarters | 1     | to Ukraine | 390   | military 370, civilian 20 | soldiers 350, officers 20 |                                        |
      | Pledge Times     | official | Ukraine / President Zelensky        | 1     | to Ukraine | 390   |                           |                           | soldiers 350, officers 20, civilian 20 |
    When the exchange is reconciled
    Then these checks pass:
      | check                                | message                                                                                                  |
      | category-breakdown/1/to Ukraine/rank | soldiers 350 + officers 20 = 370; complete rank breakdown makes up military 370: balances                 |
      | breakdown-sum/1/to Ukraine/rank      | soldiers 350 + officers 20 + civilian 20 = 390; complete rank breakdown makes up total 390: balances      |
    And every "category-breakdown" check passes
    And every "breakdown-sum" check passes
