Feature: A reviewer can acknowledge a finding until the figures behind it change
  Behaviour: acknowledging a finding
  An acknowledged finding stays listed with the reviewer's note but is no longer open, and reopens when the figures behind it change.

  Some findings are explained rather than fixed: the ministry counts one civilian twice and has been asked
  to correct it; an outlet rounds. A reviewer acknowledges such a finding with a note, so that it stops
  holding up publication while staying visible to every reader of the report. The acknowledgement covers
  the finding as it stood: once a later announcement or correction changes the figures or the claims it
  rests on, the finding is open again and needs a fresh look. Announcements about other stages leave it
  alone.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source           | tier              | stage | direction  | total | service                    |
      | Ukrainska Pravda | established media | 1     | to Ukraine | 390   | military 270, civilian 121 |

  Scenario: Stage 1's extra civilian, acknowledged, no longer holds up the report
    When the exchange is reconciled
    Then the open findings are:
      | finding                            |
      | breakdown-sum/1/to Ukraine/service |
    And the verdict is "errors open"
    When Olena Kovalenko acknowledges the finding "breakdown-sum/1/to Ukraine/service" noting "one civilian counted twice; correction requested"
    And the exchange is reconciled
    Then the finding "breakdown-sum/1/to Ukraine/service" is acknowledged by Olena Kovalenko noting "one civilian counted twice; correction requested"
    And no finding is open
    And the verdict is "reconciles"
    And the exchange counts 1 announcement and 0 retracted, at version 3

  Scenario Outline: Announcements that leave the figures behind it alone keep it acknowledged (<case>)
    Given Olena Kovalenko acknowledges the finding "breakdown-sum/1/to Ukraine/service" noting "correction requested"
    And <announcement>
    When the exchange is reconciled
    Then the finding "breakdown-sum/1/to Ukraine/service" is acknowledged by Olena Kovalenko noting "correction requested"
    And no finding is open

    Examples:
      | case                | announcement                                                                  |
      | a later stage       | Censor.NET (established media) announced for stage 2 to Ukraine: 307 in total |
      | the other direction | TASS (established media) announced for stage 1 to Russia: 390 in total        |

  Scenario Outline: A later announcement that changes the figures behind it reopens it (<case>)
    Given Olena Kovalenko acknowledges the finding "breakdown-sum/1/to Ukraine/service" noting "correction requested"
    And these announcements:
      | source   | tier   | stage | direction  | total   | service   |
      | <source> | <tier> | 1     | to Ukraine | <total> | <service> |
    When the exchange is reconciled
    Then the finding "breakdown-sum/1/to Ukraine/service" is open again, Olena Kovalenko's note "correction requested" kept
    And the "breakdown-sum" rule finds:
      | finding                            | severity | expected           | found   | difference   |
      | breakdown-sum/1/to Ukraine/service | error    | = <accepted total> | <found> | <difference> |
    And the verdict is "errors open"

    Examples:
      | case                                 | source                     | tier     | total | service                    | accepted total | found | difference |
      | the ministry gives a different total | Ukraine's Defence Ministry | official | 392   |                            | 392            | 391   | -1         |
      | the ministry gives other civilians   | Ukraine's Defence Ministry | official |       | military 270, civilian 122 | 390            | 392   | +2         |

  Scenario: Correcting the figures behind an acknowledged finding reopens it
    Given Olena Kovalenko acknowledges the finding "breakdown-sum/1/to Ukraine/service" noting "correction requested"
    When Taras Melnyk corrects the announcement because "the outlet updated its article":
      | source           | tier              | stage | direction  | total | service                    |
      | Ukrainska Pravda | established media | 1     | to Ukraine | 390   | military 271, civilian 121 |
    And the exchange is reconciled
    Then the finding "breakdown-sum/1/to Ukraine/service" is open again, Olena Kovalenko's note "correction requested" kept
    And the "breakdown-sum" rule finds:
      | finding                            | severity | expected | found | difference |
      | breakdown-sum/1/to Ukraine/service | error    | = 390    | 392   | +2         |
    And the finding "breakdown-sum/1/to Ukraine/service" rests on:
      | source           | version |
      | Ukrainska Pravda | 4       |

  Scenario: A finding the report does not list cannot be acknowledged
    When Olena Kovalenko tries to acknowledge the finding "breakdown-sum/2/to Ukraine/service" noting "explained"
    Then it is refused as an unknown finding, naming the field "finding_id"
    And nothing was written
