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
