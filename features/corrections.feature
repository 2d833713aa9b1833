Feature: Corrections and retractions change what counts, never what was said
  Behaviour: corrections and retractions
  A corrected announcement counts with its new figures; a retracted one no longer counts but stays on record.

  Ministries fix typos in their posts and outlets replace figures in their live blogs. The desk records
  such a change as a correction (who made it and why) or, when the source withdraws the figure altogether,
  as a retraction. From then on the reconciliation uses the corrected figures, or leaves the retracted
  announcement out, while the history keeps what was first announced. Findings cite the version of the
  record that gave each figure its current value, so a reader can tell a corrected figure from the original.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: The ministry's 391 for stage 1, corrected to 390, makes its breakdown balance
    Given these announcements:
      | source                     | tier     | stage | direction  | total | service                    |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 391   | military 270, civilian 120 |
    When the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                            | severity | expected | found | difference |
      | breakdown-sum/1/to Ukraine/service | error    | = 391    | 390   | -1         |
    When Olena Kovalenko corrects the announcement because "the ministry fixed a typo in its post":
      | source                     | tier     | stage | direction  | total | service                    |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390   | military 270, civilian 120 |
    And the exchange is reconciled
    Then these checks pass:
      | check                              | message                                                                                    |
      | breakdown-sum/1/to Ukraine/service | military 270 + civilian 120 = 390; complete service breakdown makes up total 390: balances |
    And the figures of stage 1 to Ukraine are:
      | figure | accepted | status |
      | total  | 390      | agreed |
    And the report lists no findings
    And the exchange counts 1 announcement and 0 retracted, at version 3
    And the history keeps the announcement by Ukraine's Defence Ministry for stage 1 to Ukraine as first recorded, 391 in total
    And the history shows it corrected by Olena Kovalenko because "the ministry fixed a typo in its post" at version 3

  Scenario Outline: Findings rest on the corrected figures, at the version that corrected them (<total> corrected to <corrected>)
    Given these announcements:
      | source                     | tier     | stage | direction  | total   | service                    |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | <total> | military 270, civilian 120 |
    When Olena Kovalenko corrects the announcement because "the ministry revised its post":
      | source                     | tier     | stage | direction  | total       | service                    |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | <corrected> | military 270, civilian 120 |
    And the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                            | severity | expected      | found | difference   |
      | breakdown-sum/1/to Ukraine/service | error    | = <corrected> | 390   | <difference> |
    And the finding "breakdown-sum/1/to Ukraine/service" rests on:
      | source                     | version | figure           | value       |
      | Ukraine's Defence Ministry | 3       | total            | <corrected> |
      | Ukraine's Defence Ministry | 3       | service:military | 270         |
      | Ukraine's Defence Ministry | 3       | service:civilian | 120         |

    Examples:
      | total | corrected | difference |
      | 390   | 391       | -1         |
      | 392   | 389       | +1         |

  Scenario: A correction that repeats the figures already recorded changes nothing
    Given these announcements:
      | source           | tier              | stage | direction  | total |
      | Kyiv Independent | established media | 1     | to Ukraine | 390   |
    When Olena Kovalenko corrects the announcement because "checked again":
      | source           | tier              | stage | direction  | total |
      | Kyiv Independent | established media | 1     | to Ukraine | 390   |
    And the exchange is reconciled
    Then the exchange counts 1 announcement and 0 retracted, at version 2

  Scenario Outline: A retracted announcement no longer counts (<retracted> withdraws its figure)
    Given these announcements:
      | source                     | tier              | stage | direction  | total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |
      | Kyiv Independent           | established media | 1     | to Ukraine | 391   |
    When Olena Kovalenko retracts the announcement by <retracted> for stage 1 to Ukraine because "<reason>"
    And the exchange is reconciled
    Then the figures of stage 1 to Ukraine are:
      | figure | accepted    | status |
      | total  | <remaining> | agreed |
    And the "source-agreement" rule does not apply
    And the exchange counts 1 announcement and 1 retracted, at version 4
    And the history keeps the announcement by <retracted> for stage 1 to Ukraine as first recorded, <withdrawn> in total
    And the history shows it retracted by Olena Kovalenko because "<reason>" at version 4

    Examples:
      | retracted                  | withdrawn | remaining | reason                            |
      | Kyiv Independent           | 391       | 390       | the live blog replaced the figure |
      | Ukraine's Defence Ministry | 390       | 391       | the ministry deleted its post     |

  Scenario: The figure a retracted announcement gave stops counting towards the terms
    Given Ukraine's Defence Ministry (official) announced for stage 1 each side: 390 in total
    And Kyiv Independent (established media) announced for stage 2 to Ukraine: 307 in total
    When Olena Kovalenko retracts the announcement by Kyiv Independent for stage 2 to Ukraine because "it reported the second stage a day early"
    And the exchange is reconciled
    Then the progress towards the terms is:
      | party   | received | target | to go | over |
      | Ukraine | 390      | 1,000  | 610   | 0    |
      | Russia  | 390      | 1,000  | 610   | 0    |

  Scenario: A retracted announcement cannot be corrected
    Given these announcements:
      | source           | tier              | stage | direction  | total |
      | Kyiv Independent | established media | 1     | to Ukraine | 391   |
    When Olena Kovalenko retracts the announcement by Kyiv Independent for stage 1 to Ukraine because "the live blog replaced the figure"
    And Olena Kovalenko tries to correct the announcement because "the new figure is 390":
      | source           | tier              | stage | direction  | total |
      | Kyiv Independent | established media | 1     | to Ukraine | 390   |
    Then it is refused as a conflict with the record, naming the field "claim_id"
    And nothing was written
