Feature: Reading an English statement by the clause that carries each number
  A wire or a ministry says the same people twice, dates its story with a dateline, and ends with what happened on
  other days. The desk reads each number with the clause that holds it: a day belongs to the stage only when its
  own clause tells of people coming back, a dateline gives the day the story was filed, and a total that says
  again the service figure of the same people is not a second figure.

  Scenario: A total that says again the service figure of the same people is not a second figure
    Given the statement "On 24 May, 307 people came home. 307 more Ukrainian defenders are home, the president said."
    When the team reads the statement published on 2025-05-24
    Then it proposes military 307 to Ukraine, read from "307"
    And no total is proposed

  Scenario: A dateline gives the day the story was filed, not the day of the stage
    Given the statement:
      """
      MOSCOW, May 23. 270 Russian soldiers have come back from Kiev-controlled territory, the ministry said.
      """
    When the team reads the statement published on 2025-05-23
    Then it proposes military 270 to Russia, read from "270"
    And "May 23" is not taken because it is a dateline
    And no day is proposed

  Scenario: A day whose figures were set aside as another day's is not the stage's day
    Given the statement:
      """
      Each side freed 95 people on Wednesday. It is the second swap this summer: on June 25 each side handed over 90
      prisoners.
      """
    When the team reads the statement published on 2024-07-17
    Then "90" is not taken because it is about an earlier exchange, not this one
    And the stage took place on 2024-07-17

  Scenario: A day too far back to be a stage of this exchange dates an earlier exchange, kept as a note
    Given the statement:
      """
      On 7 March Ukraine brought 130 people home. The swap before it, on 4 February, freed 116 Ukrainians.
      """
    When the team reads the statement published on 2023-03-07
    Then it proposes total 130 to Ukraine, read from "130"
    And "116" is not taken because it is about an earlier exchange, not this one

  Scenario: A day in a clause about something else than people coming back is not the stage's day
    Given the statement:
      """
      Ten Ukrainian servicemen are home. Ukraine also received the body of a volunteer, who fought in the
      International Legion and was killed in the Donetsk region on August 23, 2022.
      """
    When the team reads the statement published on 2022-10-26
    Then it proposes military 10 to Ukraine, read from "Ten"
    And "August 23, 2022" is not taken because it is a date not tied to the figures of this exchange
    And no day is proposed

  Scenario: A day named in another clause of a figure's sentence does not make the figure an earlier stage's
    Given the statement:
      """
      On 24 August Ukraine got 84 citizens back. Among them are 33 civilians, who were met in Chernihiv region,
      shelled on 22 August.
      """
    When the team reads the statement published on 2025-08-24
    Then the statement proposes these stages:
      | took place on | to         | figures                               |
      | 2025-08-24    | to Ukraine | total 84, service:civilian 33         |

  Scenario: A day that opens its sentence dates the figures of every clause after it
    Given the statement:
      """
      On 25 June Ukraine brought 90 citizens home: 32 national guards and 18 border guards among them.
      Then on 28 June 10 more citizens came back to Ukraine.
      """
    When the team reads the statement published on 2024-06-28
    Then the statement proposes these stages:
      | took place on | to         | figures                                                    |
      | 2024-06-25    | to Ukraine | total 90, branch:national_guard 32, branch:border_guard 18 |
      | 2024-06-28    | to Ukraine | total 10                                                   |

  Scenario: A statement that names its own stage reports that stage; figures of an earlier day are a recap
    Given the statement:
      """
      On Saturday, 24 May, the second stage of the exchange took place and 307 Ukrainian defenders came home.

      - On 23 May Ukraine brought back 270 military and 120 civilians.
      """
    When the team reads the statement published on 2025-05-24
    Then the statement proposes these stages:
      | took place on | to         | figures              |
      | 2025-05-24    | to Ukraine | service:military 307 |
    And "270" is not taken because it is about another day (23 May), a recap

  Scenario Outline: The receiving side's own count of its people outweighs the count of the side that handed them over
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes total <own> to Ukraine, read from "<own>"
    And "<other>" is not taken because it is the count of the side that handed them over

    Examples:
      | statement                                                                                                                                     | own | other |
      | Kyiv says it brought home 207 of its people. 'In return, exactly 195 prisoners of the Ukrainian armed forces were handed over,' the Russian Defence Ministry said. | 207 | 195   |
      | The Russian Ministry of Defence said 150 Ukrainian prisoners of war had been handed over, while the president said 189 Ukrainians had come home.               | 189 | 150   |

  Scenario Outline: The people given in return for others go the other way
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military <first> to Russia, read from "<first>"
    And it proposes military <second> to Ukraine, read from "<second>"

    Examples:
      | statement                                                                                          | first | second |
      | Under the deal, 100 Russian prisoners of war were freed in return for 100 prisoners of war of the other side. | 100   | 100    |
      | Ukraine got back 150 prisoners of war in exchange for 140 Russian soldiers.                                    | 140   | 150    |

  Scenario: A rounded count for each side that both directions' exact figures meet is not a figure of its own
    Given the statement:
      """
      Russia and Ukraine have carried out an exchange that brought at least 150 people home on each side.
      The president said 189 Ukrainians were freed. Russia's Defence Ministry said 150 Russian soldiers came back.
      """
    When the team reads the statement
    Then it proposes total 189 to Ukraine, read from "189"
    And "150" is not taken because it is each side's figure, which the figures of both directions meet
    And nothing is proposed for each side

  Scenario Outline: A number right after the people it qualifies gives their age, not a count
    Given the statement "<statement>"
    When the team reads the statement
    Then "<age>" is not taken because it is an age
    And nothing is proposed from "<age>"

    Examples:
      | statement                                                          | age |
      | The first group of servicemen under 25 came home.                  | 25  |
      | Ukraine got back 90 soldiers, among them defenders over 60.        | 60  |

  Scenario: A count in brackets qualifies the words before it and does not outweigh the sentence's own count
    Given the statement:
      """
      95 more Ukrainian defenders are home. "Ninety-five of our people are home again." Many of those who came back
      had been sentenced to long terms (28 people) or to life (20 defenders).
      """
    When the team reads the statement
    Then it proposes military 95 to Ukraine, read from "95"
    And "28" is set aside: it differs from the total taken

  Scenario Outline: A group singled out by what they did is read after "of them" or "of those freed"
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes defenders of Mariupol 82 to Ukraine, read from "82"

    Examples:
      | statement                                                                       |
      | Ukraine got back 115 soldiers. 82 of the freed soldiers had fought in Mariupol. |
      | Ukraine got back 115 soldiers. 82 of them fought in Mariupol.                   |

  Scenario: People swapped for the same number of others are each side's figure
    Given the statement "Russia said it exchanged 95 Ukrainian soldiers for the same number of its own."
    When the team reads the statement
    Then it proposes military 95 each side, read from "95"

  Scenario: A party that brings people home is their receiver, whatever words stand between the verb and "home"
    Given the statement "The president said Ukraine had brought 207 captives home in a swap with Russia."
    When the team reads the statement
    Then it proposes total 207 to Ukraine, read from "207"

  Scenario: People returned during the war are a count over the whole war
    Given the statement:
      """
      Each side freed 95 soldiers. The swap adds to the more than 3,600 captured soldiers returned to Ukraine
      during the war.
      """
    When the team reads the statement
    Then "3,600" is not taken because it is a count over the whole war

  Scenario: A headline's figures do not decide where the body's unnamed figures go
    Given the statement:
      """
      Russia and Ukraine swap 190 prisoners, 20 of them civilians

      Russia got 95 soldiers back. 10 of those freed are officers.
      """
    When the team reads the statement
    Then it proposes officers 10 to Russia, read from "10"

  Scenario: A headline's total is set aside even when the body gives only its parts, which are never added up
    Given the statement:
      """
      Another 12 Ukrainians come back from Russian captivity

      Ten Ukrainian soldiers came back from Russian captivity. Two Ukrainian civilians came back too.
      """
    When the team reads the statement
    Then "12" is not taken because it is a headline's figure
    And it proposes military 10 to Ukraine, read from "Ten"
    And no total is proposed

  Scenario Outline: A count since the war or the invasion began is a tally over the war, however the war is named
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 45 to Ukraine, read from "45"
    And "<words>" is not taken because it is a count over the whole war, not this exchange

    Examples:
      | statement                                                                                      | words |
      | 45 servicemen came home to Ukraine. 2,576 Ukrainians have been freed since Russia's full-scale invasion began. | 2,576 |
      | 45 servicemen came home to Ukraine. Since the full-scale invasion began, 2005 Ukrainians have come back.      | 2005  |
      | 45 servicemen came home to Ukraine. Over the whole of Moscow's war 3,100 Ukrainians were freed.               | 3,100 |

  Scenario Outline: An ordinal that numbers this exchange is its ordinal, whether its noun is said or left out
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes total 185 to Ukraine, read from "185"
    And "<words>" is not taken because it is the ordinal of an exchange, not a stage of this one

    Examples:
      | statement                                                                                   | words |
      | 185 Ukrainians came home in the latest exchange, the 69th between the two countries.        | 69th  |
      | 185 Ukrainians came home. The exchange was the 65th since the conflict began.               | 65th  |
      | 185 Ukrainians came home. It is the 11th such swap between the two countries this year.     | 11th  |
      | 185 Ukrainians came home, in what the ministry called the sixth successful mediation.       | sixth |

  Scenario Outline: A part of the people counted is named by what the clause says they are or had been
    Given the statement "<statement>"
    When the team reads the statement
    Then the <group> is proposed as <value> to Ukraine, read from "<words>"

    Examples:
      | statement                                                                                          | group                | value | words |
      | Russia handed Ukraine 33 soldiers. Five of the soldiers exchanged on Thursday had been wounded.    | wounded              | 5     | Five  |
      | Ukraine brought 130 people home. 35 of those returned today had been defending Bakhmut.            | defenders of Bakhmut | 35    | 35    |
      | Ukraine brought 60 servicemen home; 12 of the men freed in the swap were officers.                 | officers             | 12    | 12    |

  Scenario: The parts after a colon belong to the figure right before them, not to an earlier one of the sentence
    Given the statement:
      """
      The Russian Defence Ministry said Ukraine had released 248 military personnel, while Kyiv confirmed that 230
      people had come back: 224 soldiers and six civilians.
      """
    When the team reads the statement published on 2024-01-04
    Then it proposes military 248 to Russia, read from "248"
    And it proposes total 230 to Ukraine, read from "230"
    And it proposes military 224 to Ukraine, read from "224"
    And it proposes civilians 6 to Ukraine, read from "six"

  Scenario: A figure in a clause without a verb of its own is planned when the verb its sentence gives it is
    Given the statement:
      """
      A large prisoner swap between Ukraine and Russia, with around 1,000 prisoners of war from each side, is expected
      next week, the intelligence chief said.
      """
    When the team reads the statement published on 2025-05-17
    Then the military is proposed as about 1,000 planned each side, read from "1,000"

  Scenario: Parties getting ready to exchange a number of prisoners plan a figure for both sides together
    Given the statement "Russia and Ukraine are getting ready to exchange 180 prisoners in a deal brokered by the UAE."
    When the team reads the statement published on 2024-07-17
    Then the total is proposed as 180 planned combined, read from "180"

  Scenario: A list of prisoners given for an exchange names people to come, not people who came
    Given the statement "Russia gave Ukraine a first list of 640 prisoners of war to begin the exchange with, he said."
    When the team reads the statement published on 2025-06-07
    Then the military is proposed as 640 planned to Ukraine, read from "640"

  Scenario: The day a swap was announced for later is not the day of a stage
    Given the statement:
      """
      A swap of around 1,000 prisoners of war from each side is expected next week, the intelligence chief said on
      air on May 17.
      """
    When the team reads the statement published on 2025-05-17
    Then the military is proposed as about 1,000 planned each side, read from "1,000"
    And no day is proposed

  Scenario: The day an exchange was carried out is the stage's day even when its only figure is expected
    Given the statement:
      """
      Russia and Ukraine carried out another prisoner exchange on July 4, 2025. The swaps to come are expected to
      involve no fewer than 1,000 prisoners.
      """
    When the team reads the statement published on 2025-07-04
    Then the stage took place on 2025-07-04

  Scenario: A count since the war began that qualifies the exchange's ordinal leaves the exchange's own figure alone
    Given the statement:
      """
      Twenty-three women came back to Ukraine from Russian captivity in the 56th prisoner exchange since the start of
      the full-scale invasion, the headquarters said.
      """
    When the team reads the statement published on 2024-09-13
    Then it proposes women 23 to Ukraine, read from "Twenty-three"
    And "56th" is not taken because it is the ordinal of an exchange, not a stage of this one

  Scenario: A list of services whose last item is civilians does not make its first item a total
    Given the statement:
      """
      Ukraine brought its people home. Eight are servicemen of the Armed Forces of Ukraine (two of them Territorial
      Defence fighters), two are National Police officers, 13 serve in the Navy and the remaining seven are civilians.
      """
    When the team reads the statement published on 2024-09-13
    Then it proposes armed forces 8 to Ukraine, read from "Eight"
    And the territorial defence fighters is proposed as 2 within the armed forces to Ukraine, read from "two"
    And it proposes navy 13 to Ukraine, read from "13"
    And it proposes civilians 7 to Ukraine, read from "seven"
    And no total is proposed

  Scenario: People who chose to stay are not people who came back
    Given the statement:
      """
      Russia handed 108 Ukrainian women over. The ministry said two Ukrainian women had chosen not to go back to
      Ukraine and would stay in Russia.
      """
    When the team reads the statement published on 2022-10-18
    Then it proposes women 108 to Ukraine, read from "108"
    And "two" is not taken because it is people who stayed, not people who came back

  Scenario: Merchant seamen are not the navy, and non-commissioned officers are sergeants
    Given the statement:
      """
      Ukraine got 108 women back; those freed included 11 officers and 85 privates and non-commissioned officers.
      Ukraine freed 110 Russian citizens, among them 72 Russian sailors from civilian ships.
      """
    When the team reads the statement published on 2022-10-18
    Then it proposes privates and sergeants 85 to Ukraine, read from "85"
    And it proposes merchant sailors 72 to Russia, read from "72"

  Scenario: A figure whose sentence names no receiver goes where the figure before it went
    Given the statement:
      """
      Yermak said 108 women had been freed from Russia. Those freed, he said, included 11 officers. The Russian
      ministry said 110 Russian citizens had come back, and 30 Russian servicemen among them.
      """
    When the team reads the statement published on 2022-10-18
    Then it proposes officers 11 to Ukraine, read from "11"

  Scenario: The number agreed is the terms, not people who came back
    Given the statement "Russia will hand over 500 Ukrainian servicemen, out of the thousand agreed."
    When the team reads the statement published on 2025-06-04
    Then the military is proposed as 500 planned to Ukraine, read from "500"
    And "thousand" is not taken because it is the number agreed, not people who came back

  Scenario: What a statement gives as its background recalls earlier exchanges: no stage, day or figure of its own
    Given the statement:
      """
      Ukraine expects 500 of its servicemen to come home this weekend, the president said.

      Background:

      On 25 May came the third stage of the exchange, and 303 more Ukrainian defenders returned home.
      """
    When the team reads the statement published on 2025-06-04
    Then no stage is proposed
    And no day is proposed
    And "303" is not taken because it is about an earlier exchange, not this one

  Scenario: Both countries exchanging a number each gave that number, unless the words only say who spoke
    Given the statement:
      """
      The swap started on Friday. On the final day both countries exchanged 303 prisoners, officials of both
      countries said.
      """
    When the team reads the statement published on 2025-05-25
    Then it proposes total 303 each side, read from "303"

  Scenario: People a leader promised to release are planned, not delivered
    Given the statement:
      """
      Russia freed 22 severely wounded Ukrainian captives as a goodwill gesture. Vladimir Putin had pledged to release
      23 prisoners when he spoke to Donald Trump.
      """
    When the team reads the statement published on 2025-03-19
    Then the severely wounded is proposed as 22 in addition to Ukraine, read from "22"
    And the total is proposed as 23 planned to Ukraine, read from "23"

  Scenario: People counted by their wounds are a group among those who came back, not everyone
    Given the statement:
      """
      Ukraine brought 277 defenders home. Russian media said 31 wounded Ukrainians were traded for 15 injured
      Russian servicemen.
      """
    When the team reads the statement published on 2025-04-19
    Then it proposes military 277 to Ukraine, read from "277"
    And it proposes wounded 31 to Ukraine, read from "31"
    And no total is proposed

  Scenario: Wounded people are everyone the statement counts when it says nobody else came back
    Given the statement "More than 1,000 bodies were repatriated to Ukraine, and 75 wounded soldiers were brought home."
    When the team reads the statement published on 2025-04-19
    Then it proposes military 75 to Ukraine, read from "75"

  Scenario: A swap's count equal to one side's own is that side's said loosely, not both sides' together
    Given the statement:
      """
      Russia and Ukraine have exchanged 103 prisoners. 103 Ukrainian soldiers were traded for 103 Russian
      prisoners of war.
      """
    When the team reads the statement published on 2024-09-14
    Then it proposes military 103 to Ukraine, read from "103"
    And nothing is proposed for both sides together

  Scenario Outline: A mediator's tally of everyone exchanged through it is a count over the war, kept as a note
    Given the statement "<text>"
    When the team reads the statement published on 2024-09-14
    Then it proposes military 103 to Ukraine, read from "103"
    And "<tally>" is not taken because it is a count over the whole war
    And nothing is proposed for both sides together

    Examples:
      | text                                                                                                                                             | tally |
      | 103 Ukrainian soldiers were traded for 103 Russian prisoners. The UAE said 1,994 captives have been exchanged through its mediation.            | 1,994 |
      | 103 Ukrainian soldiers were traded for 103 Russian prisoners. The number of captives exchanged through its mediation now stood at 1,788, it said. | 1,788 |

  Scenario: People named with their party after "among the" are that party's, not released by it
    Given the statement:
      """
      Ukraine announced that 230 soldiers and civilians had come home, while Russia said 248 of its soldiers were
      released. Among the Ukrainians released are five women.
      """
    When the team reads the statement published on 2024-01-03
    Then it proposes women 5 to Ukraine, read from "five"
