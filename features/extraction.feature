Feature: Reading a statement proposes the figures it states, each with the words it came from
  A claim starts as a paragraph in a statement or a news report. Instead of typing the figures in, the team pastes
  the text into `recon extract`, which proposes every figure the text states: totals, servicemen and civilians,
  men and women, branches, groups singled out, running totals, the stage, the agreement's terms, who received the
  people and the day. Each figure comes with its value, what it means, the exact words and where they are, and a
  confidence. Every other number in the text is listed with the reason it was not taken, so a reviewer can see
  that nothing was dropped silently. Nothing is invented: a value that is not written in the text (a total
  worked out by adding its parts) is never proposed; the reconciliation rules do that work.

  Scenario: The first stage of the 1,000 for 1,000 exchange, as the ministry put it
    Given the statement:
      """
      Ukraine has brought home 390 of its people from Russian captivity: 270 military personnel and 120 civilians.
      This is the first stage of the 1,000 for 1,000 exchange. Among those freed are 387 men and three women.
      """
    When the team reads the statement
    Then it proposes stage 1 of an exchange of 1000 for each side
    And it proposes these figures to Ukraine:
      | figure    | value | words |
      | total     | 390   | 390   |
      | military  | 270   | 270   |
      | civilians | 120   | 120   |
      | men       | 387   | 387   |
      | women     | 3     | three |
    And nothing else is proposed as a headcount
    And the words of every proposed figure are found at its place in the statement

  Scenario Outline: A number counts whether it is written in digits or in words
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> <direction>, read from "<words>"

    Examples:
      | statement                                             | figure    | value | direction  | words               |
      | Ukraine has returned 270 servicemen.                  | military  | 270   | to Ukraine | 270                 |
      | Ukraine has returned two hundred seventy servicemen.  | military  | 270   | to Ukraine | two hundred seventy |
      | Eighty-four Ukrainians came home.                     | total     | 84    | to Ukraine | Eighty-four         |
      | Russia handed over 1 000 Ukrainians in three days.    | running total | 1000 | to Ukraine | 1 000           |
      | Of the 390 Ukrainians freed, three are women.         | women     | 3     | to Ukraine | three               |

  Scenario Outline: Who received the people is read from the words around the figure
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> <direction>, read from "<words>"

    Examples:
      | statement                                                         | figure   | value | direction  | words |
      | Each side released 307 prisoners in the second stage.             | total    | 307   | each side  | 307   |
      | Russia's Defence Ministry said it received 84 Russian servicemen. | military | 84    | to Russia  | 84    |
      | 303 Ukrainian defenders came home in the third stage.             | military | 303   | to Ukraine | 303   |
      | Kyiv said 95 servicemen came home on Monday.                      | military | 95    | to Ukraine | 95    |

  Scenario Outline: A number that does not count people is listed with the reason, never proposed
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is <reason>
    And nothing is proposed from "<words>"

    Examples:
      | statement                                                 | words  | reason                                              |
      | Some had been held since 2014; 84 Ukrainians came home.   | 2014   | a year                                              |
      | The youngest of the 84 Ukrainians freed is 19 years old.  | 19     | an age                                              |
      | This was the 64th exchange; 84 Ukrainians came home.      | 64th   | the ordinal of an exchange, not a stage of this one |
      | The 84 Ukrainian soldiers freed served in 12 brigades.    | 12     | counts brigades, not people                         |
      | On 23 May, 84 Ukrainians came home.                       | 23 May | a date without its year                             |

  Scenario: A total the text does not print is left to the reconciliation rules
    Given the statement "Ukraine has returned 270 servicemen and 120 civilians."
    When the team reads the statement
    Then no total is proposed
    And it proposes military 270 to Ukraine, read from "270"

  Scenario: Servicemen with civilians counted among them are proposed as the total, with a note
    Given the statement "Ukraine got back 390 servicemen, among them 120 civilians."
    When the team reads the statement
    Then it proposes total 390 to Ukraine, read from "390"
    And the meaning of the total says the text calls them "servicemen"
    And it proposes civilians 120 to Ukraine, read from "120"

  Scenario: A statement with no figures proposes no claim and says so
    Given the statement "The delegations met in Istanbul and agreed to meet again."
    When the team reads the statement
    Then no claim is proposed, with the message "no figures found: the text states no headcount of people returned"
