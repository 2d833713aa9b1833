Feature: Sources agree on every figure, or the most reliable one is taken
  Rule id: source-agreement
  Sources agree on each figure; where they differ the most reliable tier wins, or the figure is disputed.

  The same stage is reported by the ministry, by news outlets and by aggregators, and they do not always
  give the same number. When they agree, the figure stands on all of them. When they differ, an official
  source outweighs the media and the media outweigh aggregators: the desk accepts the more reliable value
  and warns that someone reported otherwise. When equally reliable sources differ, there is no way to
  choose, so the figure is shown as disputed with the range the sources span, and that is an error to
  resolve before publishing.

  A finding rests on the claims that stand apart: where a value is accepted, the claims it does not fit (the
  claims giving the accepted value are its corroboration, named in the message, not the fault); where the
  figure is disputed, the most reliable claims in dispute and any less reliable claim that fits none of them.
  A bound or a range that the accepted value satisfies ("more than 350" for 390) agrees with it and is not
  part of the finding.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: Stage 1 of "1,000 for 1,000": the ministry and three outlets agree on 390, 270 and 120
    Given these announcements:
      | source                     | tier              | citing                    | stage | direction  | total | service                    | sex              |
      | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   | military 270, civilian 120 | men 387, women 3 |
      | Ukrainska Pravda           | established media |                           | 1     | to Ukraine | 390   | military 270, civilian 120 | men 387, women 3 |
      | TASS                       | established media | Russia's Defence Ministry | 1     | each side  |       | military 270, civilian 120 |                  |
      | Kyiv Independent           | established media |                           | 1     | to Ukraine | 390   |                            |                  |
    When the exchange is reconciled
    Then these checks pass:
      | check                                          | message                |
      | source-agreement/1/to Ukraine/total            | 3 sources agree on 390 |
      | source-agreement/1/to Ukraine/service:military | 3 sources agree on 270 |
      | source-agreement/1/to Ukraine/service:civilian | 3 sources agree on 120 |
      | source-agreement/1/to Ukraine/sex:men          | 2 sources agree on 387 |
      | source-agreement/1/to Ukraine/sex:women        | 2 sources agree on 3   |
    And every "source-agreement" check passes
    And the figures of stage 1 to Ukraine are:
      | figure           | accepted | status |
      | total            | 390      | agreed |
      | service:military | 270      | agreed |

  Scenario: An outlet's 391 against the ministry's 390: the ministry's figure is accepted, with a warning
    Given these announcements:
      | source                     | tier              | stage | direction  | total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |
      | Kyiv Independent           | established media | 1     | to Ukraine | 391   |
    When the exchange is reconciled
    Then the "source-agreement" rule finds:
      | finding                             | severity | expected                    | found     | difference |
      | source-agreement/1/to Ukraine/total | warning  | one value from every source | 390 / 391 | 1          |
    And the finding "source-agreement/1/to Ukraine/total" rests on:
      | source           | version | figure | value |
      | Kyiv Independent | 3       | total  | 391   |
    And the finding "source-agreement/1/to Ukraine/total" reads "Kyiv Independent (established media) 391: accepted 390, stated by Ukraine's Defence Ministry (sources differ; accepted the official value)"
    And the figures of stage 1 to Ukraine are:
      | figure | accepted | status   |
      | total  | 390      | resolved |
    And the verdict is "findings open"

  Scenario Outline: A more reliable source settles the difference (<stronger> over <weaker>)
    Given these announcements:
      | source     | tier            | stage | direction  | total           |
      | <weaker>   | <weaker tier>   | 2     | to Ukraine | <weaker says>   |
      | <stronger> | <stronger tier> | 2     | to Ukraine | <stronger says> |
    When the exchange is reconciled
    Then the "source-agreement" rule finds:
      | finding                             | severity | expected                    | found   | difference |
      | source-agreement/2/to Ukraine/total | warning  | one value from every source | <found> | <spread>   |
    And the finding "source-agreement/2/to Ukraine/total" rests on:
      | source   | version | value         |
      | <weaker> | 2       | <weaker says> |
    And the figures of stage 2 to Ukraine are:
      | figure | accepted        | status   |
      | total  | <stronger says> | resolved |

    Examples:
      | stronger                   | stronger tier     | stronger says | weaker          | weaker tier       | weaker says | found     | spread |
      | Ukraine's Defence Ministry | official          | 307           | Censor.NET      | established media | 317         | 307 / 317 | 10     |
      | Censor.NET                 | established media | 307           | Vestnik Kavkaza | aggregator        | 300         | 300 / 307 | 7      |
      | Ukraine's Defence Ministry | official          | 307           | Vestnik Kavkaza | aggregator        | 370         | 307 / 370 | 63     |

  Scenario Outline: Equally reliable sources that differ leave the figure disputed (<first> and <second>)
    Given these announcements:
      | source   | tier   | stage | direction  | total         |
      | <first>  | <tier> | 1     | to Ukraine | <first says>  |
      | <second> | <tier> | 1     | to Ukraine | <second says> |
    When the exchange is reconciled
    Then the "source-agreement" rule finds:
      | finding                             | severity | expected                    | found          | difference |
      | source-agreement/1/to Ukraine/total | error    | one value from every source | <low> / <high> | <spread>   |
    And the finding "source-agreement/1/to Ukraine/total" rests on:
      | source   | version | value         |
      | <first>  | 2       | <first says>  |
      | <second> | 3       | <second says> |
    And the figure total of stage 1 to Ukraine is disputed between <low> and <high>
    And the verdict is "errors open"

    Examples:
      | first                      | second                                                          | tier              | first says | second says | low | high | spread |
      | Ukrainska Pravda           | Kyiv Independent                                                | established media | 390        | 391         | 390 | 391  | 1      |
      | Ukraine's Defence Ministry | Coordination Headquarters for the Treatment of Prisoners of War | official          | 393        | 390         | 390 | 393  | 3      |
      | Vestnik Kavkaza            | Sakh.online                                                     | aggregator        | 380        | 390         | 380 | 390  | 10     |

  Scenario: A source that gives two different totals for the same stage disputes its own figure
    Given these announcements:
      | source                     | tier     | stage | direction  | total | date       |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390   | 2025-05-23 |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 391   | 2025-05-24 |
    When the exchange is reconciled
    Then the figure total of stage 1 to Ukraine is disputed between 390 and 391
    And the "source-agreement" rule finds:
      | finding                             | severity | found     | difference |
      | source-agreement/1/to Ukraine/total | error    | 390 / 391 | 1          |
    And the finding "source-agreement/1/to Ukraine/total" rests on:
      | source                     | version | value |
      | Ukraine's Defence Ministry | 2       | 390   |
      | Ukraine's Defence Ministry | 3       | 391   |

  Scenario: An aggregator's "almost 390" against the headquarters' 390 and the president's "more than 350"
    # The pattern of tests/real_cases/jan-2024-230-and-248.yaml, in made-up figures.
    Given these announcements:
      | source           | tier       | origin                              | stage | direction  | total         |
      | Interfax-Ukraine | official   | Ukraine / Coordination Headquarters | 1     | to Ukraine | 390           |
      | UNN              | official   | Ukraine / Ombudsman Lubinets        | 1     | to Ukraine | 390           |
      | i24NEWS          | official   | Ukraine / President Zelensky        | 1     | to Ukraine | more than 350 |
      | 24.hu            | aggregator | Media / NOELREPORTS account         | 1     | to Ukraine | up to 389     |
    When the exchange is reconciled
    Then the "source-agreement" rule finds:
      | finding                             | severity | expected                    |
      | source-agreement/1/to Ukraine/total | warning  | one value from every source |
    And the finding "source-agreement/1/to Ukraine/total" rests on:
      | source | version |
      | 24.hu  | 5       |
    And the finding "source-agreement/1/to Ukraine/total" reads "24.hu (aggregator, for NOELREPORTS account) up to 389: accepted 390, stated by Ukraine's Coordination Headquarters, Ukraine's Ombudsman Lubinets and Ukraine's President Zelensky (sources differ; accepted what the official sources allow)"
    And the figures of stage 1 to Ukraine are:
      | figure | accepted | status   |
      | total  | 390      | resolved |

  Scenario: Two officials differ, a newsroom's "almost 300" fits both, and bloggers' 50 fits neither
    Given these announcements:
      | source      | tier              | origin                           | stage | direction | total         |
      | Daily Sabah | official          | Ukraine / President Zelensky     | 1     | combined  | 200           |
      | TRT World   | official          | Ukraine / President Zelensky     | 1     | combined  | more than 200 |
      | Global News | established media | Media / Reuters newsroom         | 1     | combined  | up to 299     |
      | BNI Digital | aggregator        | Russia / military correspondents | 1     | combined  | 50            |
    When the exchange is reconciled
    Then the "source-agreement" rule finds:
      | finding                           | severity |
      | source-agreement/1/combined/total | error    |
    And the finding "source-agreement/1/combined/total" rests on:
      | source      | version |
      | Daily Sabah | 2       |
      | TRT World   | 3       |
      | BNI Digital | 5       |
