Feature: A Ukrainian or Russian figure of a swap still to come is planned, not delivered
  Besides the verbs that mean or prepare a swap, a side "ready" or "bound" to hand people over ("готова передать",
  "должна вернуть", "повинна повернути") has not yet done it, and sides that "will swap with each other"
  ("обменяются", "обміняються") have not swapped yet: the figure is planned.

  Scenario Outline: Being ready or bound to swap, or swapping in the future, plans the figure
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is proposed only as planned

    Examples:
      | statement                                                                                     | words |
      | Российская сторона готова передать Украине 1000 пленных, заявил Песков.                          | 1000  |
      | Україна повинна повернути Росії 300 військовополонених.                                          | 300   |
      | Сегодня вернулись 200 военных. Мединский заявил, что стороны обменяются 500 военнопленными с каждой стороны. | 500 |
      | Сьогодні повернулися 200 військових. Сторони обміняються 500 військовополоненими з кожного боку.   | 500   |
