Feature: Malformed announcements are refused before anything is written
  Behaviour: malformed input
  A malformed announcement is refused with the offending field named, and nothing is recorded.

  An announcement that contradicts other announcements is data: the desk records it and the rules flag it.
  An announcement that cannot be true of anyone (a negative number of people, half a person, a stage 0,
  a party outside the exchange, no figure at all, or an exchange nobody recorded) is a typing mistake. The
  desk refuses it, says which field is wrong so that the dossier can be fixed, and records nothing, so that
  a half-finished import never leaves the record in between.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: Stage 1 of "1,000 for 1,000" typed with a minus sign is refused
    When the desk tries to record this announcement:
      | source                     | tier     | stage | direction  | total | service                    |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | -390  | military 270, civilian 120 |
    Then it is refused as malformed input, naming the field "figures.total"
    And the refusal says "Input should be greater than or equal to 0"
    And nothing was written

  Scenario Outline: A malformed announcement is refused, naming the field (<case>)
    When the desk tries to record this announcement:
      | source   | tier              | stage   | direction   | total   | service   |
      | <source> | established media | <stage> | <direction> | <total> | <service> |
    Then it is refused as malformed input, naming the field "<field>"
    And the refusal says "<message>"
    And nothing was written

    Examples:
      | case                         | source           | stage | direction  | total | service                        | field                               | message                                                              |
      | a fractional total           | Kyiv Independent | 1     | to Ukraine | 390.5 |                                | figures.total                       | Input should be a valid integer                                      |
      | a negative part              | Kyiv Independent | 1     | to Ukraine | 390   | military -270, civilian 120    | figures.breakdowns.0.parts.military | Input should be greater than or equal to 0                           |
      | a fractional part            | Kyiv Independent | 1     | to Ukraine | 390   | military 269.5, civilian 120.5 | figures.breakdowns.0.parts.military | Input should be a valid integer                                      |
      | stage 0                      | Kyiv Independent | 0     | to Ukraine | 390   |                                | stage                               | Input should be greater than or equal to 1                           |
      | a party outside the exchange | Kyiv Independent | 1     | to Belarus | 390   |                                | direction                           | unknown party 'Belarus': this exchange is between Ukraine and Russia |
      | no figure at all             | Kyiv Independent | 1     | to Ukraine |       |                                | figures                             | Value error, a claim states at least one figure                      |
      | no source                    |                  | 1     | to Ukraine | 390   |                                | source                              | Input should be a valid dictionary or instance of Source             |

  Scenario: An announcement about an exchange nobody recorded is refused
    When the desk tries to record this announcement about the "2000-for-2000" exchange:
      | source           | tier              | stage | direction  | total |
      | Kyiv Independent | established media | 1     | to Ukraine | 390   |
    Then it is refused as an unknown exchange, naming the field "exchange"
    And the refusal says "no exchange 2000-for-2000"
    And nothing was written

  Scenario: Announcements recorded together are all refused when one of them is malformed
    When the desk tries to record these announcements together:
      | source                     | tier              | stage | direction  | total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |
      | TASS                       | established media | 1     | to Belarus | 390   |
      | Censor.NET                 | established media | 2     | to Ukraine | 307   |
    Then it is refused as malformed input, naming the field "claims[1].direction"
    And nothing was written
