Feature: The noun after a Ukrainian or Russian count decides which figure it is
  The desk's convention: captives ("пленные", "полонені") and "our guys" ("наших ребят", "наших хлопців") are
  everyone counted, a total, as people and citizens are; prisoners of war and servicemen ("военнопленные",
  "військовополонені", "военнослужащие") are the military; captives named as an army's ("пленные ВСУ") serve in it,
  and captive servicemen ("пленных военнослужащих") are servicemen. A formula ("по формуле 84 на 84") counts for
  each side whom the exchange it names swapped: "обмен военнопленными" servicemen, "обменялись пленными" everyone.

  Scenario Outline: Captives are everyone counted; captives of an army are its servicemen
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> 90 to Ukraine, read from "90"

    Examples:
      | statement                                                                          | figure   |
      | Из плена вернулись 90 российских военнослужащих. Украине передали 90 пленных.       | total    |
      | З полону повернулися 90 українських полонених.                                      | total    |
      | Сьогодні додому повернулися 90 наших хлопців.                                        | total    |
      | Из плена вернулись 90 российских военнослужащих. Украине передали 90 пленных ВСУ.   | military |
      | Из плена вернулись 90 российских военнослужащих. Украине передали 90 пленных военнослужащих. | military |

  Scenario Outline: A formula counts for each side whom its exchange swapped
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> 84 each side, read from "84"

    Examples:
      | statement                                                                         | figure   |
      | Россия и Украина провели обмен военнопленными по формуле 84 на 84.                 | military |
      | Україна та Росія провели обмін військовополоненими за формулою 84 на 84.           | military |
      | Россия и Украина обменялись пленными по формуле «84 на 84».                        | total    |

  Scenario: A figure whose sentence names no receiver is not drawn to each side by a formula
    Given the statement "Россия и Украина провели обмен пленными по формуле 95 на 95. Среди возвращённых – офицеры, а также 5 мирных жителей."
    When the team reads the statement
    Then it proposes total 95 each side, read from "95"
    And it proposes civilians 5 to Russia, read from "5"
