Feature: A Ukrainian or Russian count is the exchange's only when its own sentence says people crossed the line
  Agency wires and ministry statements in Russian and Ukrainian count many people besides those exchanged: people
  on the lists, people still held, servicemen who need treatment, everyone a mediator has freed over the years. The
  desk takes a count of everyone, of servicemen or of civilians only when its own sentence says those people were
  returned, handed over, freed, received, swapped or came home, or when it parts or restates people another
  sentence counted ("з них", "среди них", "Это ..."), or is an item of a list opened by such a sentence.

  Scenario Outline: A count of people its sentence does not say were exchanged is set aside
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military <first> to Russia, read from "<first>"
    And "<other>" is not taken because it is said in a sentence that says nothing of people returned, handed over or exchanged

    Examples:
      | statement                                                                                                      | first | other |
      | Из плена возвращены 150 российских военнослужащих. Двое военнослужащих нуждаются в срочной медицинской помощи.   | 150   | Двое  |
      | Из плена возвращены 150 российских военнослужащих. По словам омбудсмена, в списках на обмен значатся 500 человек. | 150   | 500   |

  Scenario: A count of people that restates the headline's returned figure is still taken
    Given the statement:
      """
      Вдома: 390 полонених повернулися в Україну

      Перша частина обміну завершилася. «На сьогодні – 390 людей», – сказав президент.
      """
    When the team reads the statement
    Then it proposes total 390 to Ukraine, read from "390"

  Scenario Outline: A part of people counted before, or an item of a list opened by a sentence of return, is taken
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes civilians <civilians> to Ukraine, read from "<civilians>"

    Examples:
      | statement                                                                                 | civilians |
      | З полону повернулися 157 українців. Серед них 150 військових і 7 цивільних.                  | 7         |
      | Додому повернулися 157 українців. Це 150 військових і 7 цивільних.                           | 7         |

  Scenario: People sent across the line are exchanged people too
    Given the statement "На Украину отправлены 150 военнопленных, в Россию — 150 военнослужащих."
    When the team reads the statement
    Then it proposes military 150 to Ukraine, read from "150"

  Scenario Outline: A count "in all" or "up to now" far above the stage's is a tally over many exchanges, kept as the war's count
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 246 to <side>, read from "246"
    And "<tally>" is not taken because it is a count over the whole war

    Examples:
      | statement                                                                                                       | side    | tally |
      | Из плена возвращены 246 российских военнослужащих. Всего при посредничестве ОАЭ из плена освобождены 4181 человек. | Russia  | 4181  |
      | Додому повернулися 246 захисників. За посередництва ОАЕ в загальній складності звільнено 4181 людину.              | Ukraine | 4181  |
      | Додому повернулися 246 захисників. Загалом за посередництва ОАЕ звільнено 4181 людину.                            | Ukraine | 4181  |
      | Додому повернулися 246 захисників. Для ОАЕ це вже 13-те посередництво, за їхнього сприяння звільнено 4181 людину.   | Ukraine | 4181  |
