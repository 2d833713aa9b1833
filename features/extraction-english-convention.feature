Feature: An English statement read as the desk labels it
  The desk writes down how it reads a statement: the noun decides whom a figure counts, a headline's figure is the
  body's said again, the remains of the dead are not people who came back, and a group is inside another group only
  when the words put it there. Each scenario is a pattern met in published reporting of 2022-2025.

  Scenario: A headline's figure is set aside when the body gives figures of its own, whatever side it names
    Given the statement:
      """
      Russia and Ukraine swap 200 prisoners

      Under the deal, 100 Russian prisoners of war were freed in return for 100 prisoners of war of the Ukrainian
      side.
      """
    When the team reads the statement
    Then "200" is not taken because it is a headline's figure
    And nothing is proposed for both sides together
    And it proposes military 100 to Russia, read from "100"

  Scenario: The body's figure is kept, and the headline's that says it again is set aside
    Given the statement:
      """
      Russia and Ukraine swap 107 prisoners each

      The two countries exchanged another 214 people in all, 107 on each side.
      """
    When the team reads the statement
    Then it proposes total 107 each side, read from "107"
    And the words of every proposed figure are found at its place in the statement
    And no proposed figure comes from the headline

  Scenario: The remains of the dead recovered beside a swap are not people who came back
    Given the statement:
      """
      We are bringing 130 of our people back, Kyiv said on Sunday. On Friday Ukraine also recovered the remains of
      82 of its soldiers.
      """
    When the team reads the statement
    Then it proposes total 130 to Ukraine, read from "130"
    And "82" is set aside: it counts the bodies of the dead
    And nothing is proposed for the military

  Scenario Outline: A day named by the weekday or as today is worked out from the day of publication
    Given the statement "<statement>"
    When the team reads the statement published on 2025-05-24
    Then the stage took place on <day>

    Examples:
      | statement                                                              | day        |
      | Today another 303 Ukrainian servicemen came home, the president wrote. | 2025-05-24 |
      | On Friday both sides swapped 270 soldiers and 120 civilians.           | 2025-05-23 |
      | Ukraine and Russia exchanged 84 prisoners each on Tuesday.             | 2025-05-20 |
      | Yesterday 307 Ukrainian defenders came home.                           | 2025-05-23 |

  Scenario: The day the words were said is not the day of the exchange
    Given the statement "Russia said on Friday that 270 of its servicemen had come back from Kyiv-held territory."
    When the team reads the statement published on 2025-05-24
    Then it proposes military 270 to Russia, read from "270"
    And no day is proposed

  Scenario: A weekday with the date written beside it is read by the date
    Given the statement "On Tuesday, 19 April, 60 Ukrainian servicemen came home."
    When the team reads the statement published on 2022-04-20
    Then the stage took place on 2022-04-19

  Scenario: A wire's dateline closed by the agency's name and a dash is the day the story was filed
    Given the statement:
      """
      Kyiv, Nov 25 (IANS) – 50 Ukrainian servicemen came home from Russian captivity, Yermak said.
      """
    When the team reads the statement published on 2022-11-25
    Then "Nov 25" is not taken because it is a dateline
    And no day is proposed

  Scenario Outline: A swap done "N for N" or "N on N" gives each side's count, counting whom its sentence names
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <count> each side, read from "<words>"
    And no terms are proposed

    Examples:
      | statement                                                                      | figure   | count | words      |
      | Ukraine and Russia swapped prisoners of war on a 95-on-95 basis.               | military | 95    | 95-on-95   |
      | Ukraine and Russia carried out a 103-for-103 swap of prisoners on Saturday.    | total    | 103   | 103-for-103 |
      | The sides exchanged prisoners under the formula 84 for 84, Kyiv said.          | total    | 84    | 84 for 84  |
      | The two sides exchanged 84 prisoners for 84.                                   | total    | 84    | 84         |
      | Russia and Ukraine swapped 90 soldiers for 90, the Russian ministry said.      | military | 90    | 90         |
      | Russia and Ukraine swapped 84 for 84 on Friday.                                | total    | 84    | 84 for 84  |

  Scenario Outline: "N for N" naming the exchange agreed, or one to come, stays the terms
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes terms of <count> for each side
    And nothing is proposed for each side

    Examples:
      | statement                                                                          | count |
      | The two sides agreed to a 1,000-for-1,000 exchange at direct talks in Istanbul.    | 1000  |
      | The 84-for-84 exchange took place on Thursday; 84 Ukrainians returned home.        | 84    |
      | The proposed '1,000 for 1,000' swap was being prepared, the negotiator said.       | 1000  |

  Scenario Outline: A count that someone hopes for or that the next stage should bring is planned, and dates nothing
    Given the statement "<statement>"
    When the team reads the statement published on 2025-05-24
    Then "<words>" is proposed only as planned
    And the stage took place on 2025-05-23

    Examples:
      | statement                                                                          | words |
      | Kyiv hopes to bring back 1,000 people by Sunday. On Friday 390 Ukrainians came home.  | 1,000 |
      | The next stage should bring 500 more people home. On Friday 303 Ukrainians came back. | 500   |

  Scenario: An exchange's ordinal said beside it, its noun left out, is kept as a note
    Given the statement:
      """
      The ministry said this mediation, the sixteenth, shows the trust of both countries. 84 Ukrainian captives and
      84 Russian captives were exchanged.
      """
    When the team reads the statement
    Then "sixteenth" is not taken because it is the ordinal of an exchange, not a stage of this one
    And it proposes total 84 to Ukraine, read from "84"

  Scenario: A count of exchanges since the war began is a tally over the war, kept as a note
    Given the statement "84 Ukrainians came home. There have been 60 exchanges since the war began in February 2022."
    When the team reads the statement
    Then "60" is not taken because it is a count over the whole war, not this exchange
    And it proposes total 84 to Ukraine, read from "84"

  Scenario: A group counted "plus" the exchange's people came in addition to them
    Given the statement "Ukraine brought 150 people home, plus 12 wounded servicemen."
    When the team reads the statement
    Then the wounded is proposed as 12 in addition to Ukraine, read from "12"
    And it proposes total 150 to Ukraine, read from "150"

  Scenario: A count given only by the service it belongs to is that branch's, in a sentence or a dash list
    Given the statement:
      """
      Ukraine brought 1,000 defenders home. Among them are 59 of the National Guard and 21 of the Air Force.
      Returned by service:
      - 55 – of the Border Guard Service;
      - 38 – Unmanned Systems Forces;
      - 7 – State Special Transport Service.
      """
    When the team reads the statement
    Then it proposes these figures to Ukraine:
      | figure            | value | words |
      | military          | 1000  | 1,000 |
      | national guard    | 59    | 59    |
      | air force         | 21    | 21    |
      | border guard      | 55    | 55    |
      | unmanned systems  | 38    | 38    |
      | special transport | 7     | 7     |
    And nothing else is proposed as a headcount

  Scenario: A part drawn "of the Ukrainians" is not everyone who came back
    Given the statement "82 of the Ukrainians who came back had defended Mariupol, the commissioner said."
    When the team reads the statement
    Then nothing is proposed from "82"

  Scenario: A part of a figure recalled from another day is recalled with it
    Given the statement:
      """
      On 17 October 108 Ukrainian women came home. It is the largest swap since September 21, when 215 prisoners of
      war, 124 of them officers, came back from Russian captivity.
      """
    When the team reads the statement published on 2022-10-17
    Then it proposes women 108 to Ukraine, read from "108"
    And nothing is proposed from "124"
    And nothing is proposed for the officers

  Scenario: "Its" people are the subject's of their own clause, whoever speaks in the next one
    Given the statement:
      """
      Russia and Ukraine exchanged 84 prisoners on an 84-for-84 basis. Ukraine got 84 of its citizens back; Russia
      said 84 of its servicemen came home.
      """
    When the team reads the statement
    Then it proposes total 84 to Ukraine, read from "84"
    And it proposes military 84 to Russia, read from "84"
    And nothing is proposed for each side

  Scenario: "All of them are men" counts the men too, and the count keeps the key its noun gives it
    Given the statement "Ukraine got its soldiers back. All 307 freed defenders are men."
    When the team reads the statement
    Then it proposes men 307 to Ukraine, read from "307"
    And it proposes military 307 to Ukraine, read from "307"

  Scenario: "All ... are men" is read however many words stand between the count and the verb
    Given the statement "Ukraine got its people back. All 303 returned today from Russian captivity are men."
    When the team reads the statement
    Then it proposes men 303 to Ukraine, read from "303"

  Scenario: A bound said before a number written in words with its article is a bound
    Given the statement "More than a hundred Ukrainian soldiers came home."
    When the team reads the statement
    Then the military is proposed as at least 101 to Ukraine, read from "hundred"

  Scenario Outline: A party that plans, is expected or agreed to give or receive people names who will receive them
    Given the statement "<statement>"
    When the team reads the statement
    Then the <figure> is proposed as <count> planned to Ukraine, read from "<count>"

    Examples:
      | statement                                                    | figure   | count |
      | Russia plans to hand over 300 more prisoners next week.      | total    | 300   |
      | Ukraine is expected to receive 200 more defenders tomorrow.  | military | 200   |
      | Russia is ready to give back 120 prisoners.                  | total    | 120   |

  Scenario: The day the war began dates no stage
    Given the statement:
      """
      Ukraine and Russia have made their largest exchange since the conflict began on February 24. 144 Ukrainians
      came home in the exchange.
      """
    When the team reads the statement published on 2022-06-30
    Then "February 24" is not taken because it is the day the war began
    And no day is proposed
