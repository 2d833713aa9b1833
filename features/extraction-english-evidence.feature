Feature: An English statement's figure is taken for what its own clause says it counts
  A desk re-reading a statement trusts a proposal only when the words around the figure support it: the service
  the people belong to, a tally that runs over many exchanges, a round of talks that is not a stage. Each scenario
  is a pattern met in published reporting of 2022-2025.

  Scenario: People counted by the service they serve in or belong to are that service's, item after item
    Given the statement:
      """
      Ukraine brought 44 people home. The National Guard says 19 of them serve in the Armed Forces of Ukraine, 11 in
      the State Border Guard Service and 7 in the Naval Forces. Of the freed servicemen, 95 representatives of the
      Ground Forces and 3 belong to the Territorial Defence Forces.
      """
    When the team reads the statement
    Then it proposes these figures to Ukraine:
      | figure              | value | words |
      | total               | 44    | 44    |
      | armed forces        | 19    | 19    |
      | border guard        | 11    | 11    |
      | navy                | 7     | 7     |
      | ground forces       | 95    | 95    |
      | territorial defence | 3     | 3     |
    And nothing else is proposed as a headcount

  Scenario: A group drawn "of the" count of an earlier group is within that group, wherever the count was given
    Given the statement:
      """
      Of the 144 prisoners who came back to Ukraine, 95 had defended the Azovstal plant.
      - 43 of the 95 belong to the Azov Regiment.
      """
    When the team reads the statement
    Then the Azov regiment is proposed as 43 within the defenders of Azovstal to Ukraine, read from "43"

  Scenario: A service counted among another service's people is a group within it, not a service of its own
    Given the statement:
      """
      Ukraine brought 106 servicemen home. Of them, 98 belong to the Armed Forces of Ukraine, among them 21 from the
      territorial defence.
      """
    When the team reads the statement
    Then the territorial defence fighters is proposed as 21 within the armed forces to Ukraine, read from "21"

  Scenario: People come home through exchanges, in the plural, are a count over the war, and so is a part of them
    Given the statement:
      """
      106 Ukrainian servicemen have come home. According to the Ukrainian side, 2,430 people have come home through
      exchanges in all, 139 of them civilians.
      """
    When the team reads the statement
    Then it proposes military 106 to Ukraine, read from "106"
    And "2,430" is not taken because it is a count over the whole war
    And "139" is not taken because it is a count over the whole war

  Scenario: A count "so far" in a statement that tells of no stages is everyone exchanged over the war
    Given the statement:
      """
      Ukraine and Russia each released 205 captives on Tuesday. The two sides have so far exchanged 4,181 prisoners.
      """
    When the team reads the statement
    Then "4,181" is not taken because it is a count over the whole war
    And nothing is proposed for both sides together

  Scenario: People counted in a sentence that tells of no return or exchange are not this stage's total
    Given the statement:
      """
      Ukraine brought 90 defenders home on Tuesday. The ombudsman said 1,500 people are still missing. More than
      8,000 Ukrainians are thought to be in Russian prisons.
      Total: 90
      """
    When the team reads the statement
    Then it proposes military 90 to Ukraine, read from "90"
    And "1,500" is set aside: it tells of no return or exchange in its sentence
    And "8,000" is set aside: it tells of no return or exchange in its sentence

  Scenario: A count named by one service that the parts of both services add up to is the total
    Given the statement:
      """
      The Security Service released video of 44 Ukrainian prisoners of war coming back to Ukraine after an exchange
      with Russia.

      Details: 42 servicemen and 2 civilians came back.
      """
    When the team reads the statement
    Then it proposes these figures to Ukraine:
      | figure    | value | words |
      | total     | 44    | 44    |
      | military  | 42    | 42    |
      | civilians | 2     | 2     |
    And nothing else is proposed as a headcount

  Scenario: An exchange's ordinal in words is its place among the war's exchanges, kept as a note, never a count
    Given the statement "It is the seventh exchange mediated by the UAE. Ukraine got 115 people back."
    When the team reads the statement
    Then "seventh" is not taken because it is the ordinal of an exchange
    And it proposes total 115 to Ukraine, read from "115"

  Scenario: The first exchange since an event only describes the exchange: it is no ordinal to keep
    Given the statement "It is the first such exchange since the incursion. Ukraine got 115 people back."
    When the team reads the statement
    Then "first" is read as no number of the exchange at all

  Scenario Outline: A group is named by where its people served, by the service of a party, or by a regiment
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <group> <value> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                                              | group               | value |
      | Ukraine got 115 people back. Among them are 82 who defended Mariupol.                                  | defenders of Mariupol | 82  |
      | 144 Ukrainians came home. Russia released 59 soldiers of Ukraine's National Guard.                     | national guard      | 59    |
      | 144 Ukrainians came home. Russia released 59 soldiers of Ukraine's National Guard, 43 of them from the Azov regiment. | Azov regiment | 43 |

  Scenario: Two counts sharing one noun are each their own party's people
    Given the statement "The release of 205 Ukrainian and 205 Russian captives came in the latest round of talks."
    When the team reads the statement
    Then it proposes total 205 to Ukraine, read from "205"
    And it proposes total 205 to Russia, read from "205"

  Scenario Outline: A dateline with the agency's name, or a place and day on a line of their own, dates the filing
    Given the statement:
      """
      <dateline>
      Fifty Ukrainian servicemen have come home after the latest prisoner swap with Russia.
      """
    When the team reads the statement published on 2022-11-25
    Then it proposes military 50 to Ukraine, read from "Fifty"
    And no day is proposed

    Examples:
      | dateline            |
      | Kiev, Nov 25 (IANS): |
      | Kyiv, 25 November   |

  Scenario: People from a side are that side's, and a count both sides' counts add up to is both sides together
    Given the statement:
      """
      The UAE says its mediation between Russia and Ukraine succeeded in a new exchange covering 150 prisoners from
      the Ukrainian side and 150 prisoners from the Russian side, 300 prisoners in all.
      """
    When the team reads the statement
    Then it proposes total 150 to Ukraine, read from "150"
    And it proposes total 150 to Russia, read from "150"
    And it proposes total 300 combined, read from "300"

  Scenario: Ranks and places are read in either order and in full
    Given the statement:
      """
      Ukraine got 50 servicemen back: two officers and 48 sergeants and soldiers. Those freed include seven defenders
      of Snake Island.
      """
    When the team reads the statement
    Then it proposes these figures to Ukraine:
      | figure                  | value | words |
      | military                | 50    | 50    |
      | officers                | 2     | two   |
      | privates and sergeants  | 48    | 48    |
      | defenders of Snake Island | 7   | seven |
    And nothing else is proposed as a headcount

  Scenario: A part of people still held goes with them, and a tally of the year in the perfect is over the war
    Given the statement:
      """
      Ukraine brought 150 people home on Friday. Kyiv says more than 8,000 Ukrainians, including 2,000 civilians,
      remain in Russian captivity. In total, 1,358 defenders have been returned this year.
      """
    When the team reads the statement
    Then it proposes total 150 to Ukraine, read from "150"
    And "2,000" is set aside: it tells of no return or exchange in its sentence
    And "1,358" is not taken because it is a count over the whole war
