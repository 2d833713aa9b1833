Feature: An ordinal of a Ukrainian or Russian exchange is kept as its note, however it is written
  "58-й обмін", "шестой обмен", "Обмен стал 58-м", "Обмін став шістдесятим": the desk keeps the number that says
  which exchange this was beside the claim, and never counts it. A small ordinal numbers the exchange only when the
  noun of the exchange follows it ("перший етап" is a stage, "второй день обмена" a day).

  Scenario Outline: The ordinal of an exchange is set aside as such
    Given the statement "<statement>"
    When the team reads the statement
    Then "<ordinal>" is not taken because it is the ordinal of an exchange

    Examples:
      | statement                                                                        | ordinal     |
      | Из плена вернулись 90 российских военнослужащих. Обмен стал 58-м с начала СВО.     | 58-м        |
      | Додому повернулися 90 захисників. Це вже шостий обмін цього року.                  | шостий      |
      | Из плена вернулись 90 российских военнослужащих. Это уже шестой обмен в этом году. | шестой      |
      | Додому повернулися 90 захисників. Обмін став шістдесятим.                          | шістдесятим |
