Feature: Reading a Ukrainian or Russian figure by its own clause before the rest of its sentence
  A ministry's statement often fits both directions of a swap into one sentence behind the name of the body that
  speaks ("Минобороны РФ сообщило, что ... возвращены 84 ..., а взамен переданы 84 ..."), and an agency adds up
  what the two sides gave ("по 84 пленных, всего 168 человек"). The desk reads each figure by the clause that
  carries it: its own verb says where its people went before any party named in another clause, and a sum of what
  each side gave is neither side's figure.

  Scenario Outline: A clause's own verb says where its people went, not the body speaking in the clause before it
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 84 to Russia, read from "84"
    And it proposes military 84 to Ukraine, read from "84"

    Examples:
      | statement                                                                                                                                          |
      | Минобороны РФ сообщило, что с подконтрольной Киеву территории возвращены 84 российских военнослужащих, а взамен переданы 84 военнопленных ВСУ.    |
      | В Минобороны РФ заявили, что возвращены 84 российских военнослужащих, взамен переданы 84 военнопленных Вооружённых сил Украины.                    |

  Scenario: A sum of what each side gave is set aside, not taken for one side
    Given the statement "Каждая сторона вернула по 84 пленных, всего 168 человек."
    When the team reads the statement
    Then it proposes total 84 each side, read from "84"
    And "168" is set aside: it adds up what each side gave

  Scenario Outline: A number the sides swapped with each other is both sides' together, and set aside beside each side's
    Given the statement "<statement>"
    When the team reads the statement
    Then <outcome>

    Examples:
      | statement                                                                                                                   | outcome                                                  |
      | Стороны обменялись 150 военнопленными: 75 российских военнослужащих вернулись на родину, а Украине передали 75 бойцов ВСУ.      | "150" is set aside: it adds up what each side gave         |
      | Сторони обмінялися 150 військовополоненими.                                                                                   | it proposes military 150 combined, read from "150"         |

  Scenario Outline: "Two of whom are officers" counts a part of the people named before it
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 22 to Ukraine, read from "22"
    And it proposes officers 2 to Ukraine, read from "<two>"

    Examples:
      | statement                                                                                       | two   |
      | З полону повернулися 22 українських воїни. Звільнено бійців ЗСУ, двоє з яких – офіцери.          | двоє  |
      | Из плена вернулись 22 украинских военнослужащих. Освобождены бойцы ВСУ, двое из которых – офицеры. | двое  |

  Scenario Outline: A count in thousands ("5 тысяч", "7 тис.", "4,3 тысячи") is read whole, as the war's count it is
    Given the statement "<statement>"
    When the team reads the statement
    Then "<count>" is not taken because it is a count over the whole war

    Examples:
      | statement                                                                                          | count      |
      | Сегодня домой вернулись 84 военнослужащих. Всего с начала СВО из плена возвращены 5 тысяч военных.   | 5 тысяч    |
      | Сьогодні додому повернулися 205 захисників. Від початку війни Україна повернула 7 тис. громадян.    | 7 тис.     |
      | Сегодня домой вернулись 84 военнослужащих. С начала СВО из плена возвращены 4,3 тысячи военных.     | 4,3 тысячи |

  Scenario Outline: Sides that agreed to swap a number ("договорились обменяться") state its terms, not a swap made
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes terms of 1200 for each side
    And nothing is proposed for each side

    Examples:
      | statement                                                                                                               |
      | Сегодня домой вернулись 146 военнослужащих. В Стамбуле стороны договорились обменяться 1200 военнопленными с каждой стороны. |
      | Сьогодні додому повернулися 146 захисників. У Стамбулі сторони домовилися обмінятися 1200 полоненими з кожного боку.        |

  Scenario Outline: A sentence opening "Тоді"/"Тогда" after one about the previous exchange speaks of that exchange
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 22 <direction>, read from "22"
    And "45" is not taken because it is about an earlier exchange

    Examples:
      | statement                                                                                                                    | direction  |
      | Сьогодні з полону повернулися 22 українських воїни. Нагадаємо, попередній обмін відбувся 6 липня. Тоді Україна повернула з полону 45 воїнів. | to Ukraine |
      | Сегодня из плена вернулись 22 российских военнослужащих. Предыдущий обмен прошёл 6 июля. Тогда из плена вернулись 45 военных.          | to Russia  |

  Scenario Outline: A count "in all" that people "already" came home is the tally to date, kept as the war's count
    Given the statement "<statement>"
    When the team reads the statement
    Then "<count>" is not taken because it is a count over the whole war

    Examples:
      | statement                                                                                          | count |
      | Сьогодні додому повернулися 22 воїни. За даними омбудсмана, загалом додому вже повернулися 2598 українців. | 2598  |
      | Сегодня домой вернулись 84 военнослужащих. Всего из плена уже возвращены 4349 человек.              | 4349  |

  Scenario Outline: "Home" in a sentence reporting what a side's speaker said is that side's home
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                                       | figure   | value |
      | Зеленский сообщил о возвращении домой 207 военных.                                                | military | 207   |
      | Как сообщил омбудсмен Украины Дмитрий Лубинец, домой вернулись 90 человек.                        | total    | 90    |
      | Координационный штаб Украины сообщил, что в ходе обмена домой вернулись 150 защитников.            | military | 150   |
