Feature: The day of a Ukrainian or Russian statement's stage, from its words rather than its dateline
  A wire opens with the place and the day it was filed ("МОСКВА, 2 октября. /ТАСС/."): that dates the story, not
  the exchange. The exchange's day is the one the body gives: a date, "сегодня" or "сьогодні" (the day the statement
  was published), or a day of the week ("в среду", "у четвер"), the last such day up to the publication. A day of a
  sentence that recalls an earlier stage ("Нагадаємо: у п'ятницю ...") is that stage's, not this one's.

  Scenario: A wire's dateline is the day the story was filed, not the stage's
    Given the statement "МОСКВА, 2 октября. /ТАСС/. Россия и Украина провели обмен, из плена возвращены 185 российских военнослужащих."
    When the team reads the statement published on 2025-10-03
    Then no day is proposed
    And "2 октября" is not taken because it is a dateline

  Scenario Outline: "Today" is the day of the publication; a day of the week the last such day up to it
    Given the statement "<statement>"
    When the team reads the statement published on 2026-03-06
    Then the stage took place on <day>

    Examples:
      | statement                                                                            | day        |
      | Сегодня из плена вернулись 200 российских военнослужащих.                              | 2026-03-06 |
      | Сьогодні додому повернулися 300 українських захисників.                                | 2026-03-06 |
      | В среду из плена вернулись 200 российских военнослужащих.                              | 2026-03-04 |
      | Обмін відбувся у п'ятницю. Додому повернулися 300 українських захисників.              | 2026-03-06 |

  Scenario: A day of the week in a sentence that recalls an earlier stage is that stage's
    Given the statement "Додому повернулися ще 303 українські захисники. Нагадаємо: у четвер додому повернулися 390 українців."
    When the team reads the statement published on 2026-03-06
    Then no day is proposed
    And it proposes military 303 to Ukraine, read from "303"

  Scenario Outline: "A week" or "a month earlier" sets a sentence before the statement's time; "a day earlier" does not
    Given the statement "<statement>"
    When the team reads the statement published on 2025-09-14
    Then "90" is not taken because it is about an earlier exchange

    Examples:
      | statement                                                                                  |
      | Сегодня из плена вернулись 103 российских военнослужащих. Месяцем ранее стороны обменялись по 90 человек. |
      | Сегодня из плена вернулись 103 российских военнослужащих. Неделей ранее стороны обменялись по 90 человек. |

  Scenario Outline: A formula of an exchange made before the statement's time is that exchange's, not the terms
    Given the statement "<statement>"
    When the team reads the statement published on 2025-08-24
    Then no terms are proposed
    And "<words>" is not taken because it is about an earlier exchange

    Examples:
      | statement                                                                                                            | words |
      | Сегодня из плена освобождены 115 российских военнослужащих. Ранее, 25 июня, стороны также обменялись 90 на 90.        | 90    |
      | Сегодня из плена освобождены 115 российских военнослужащих. В январе стороны обменялись 25 на 25 пленными.             | 25    |
      | Сьогодні додому повернулися 115 захисників. Раніше, 25 червня, сторони обмінялися за формулою 90 на 90.              | 90    |
