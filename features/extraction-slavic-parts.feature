Feature: Parts of a Ukrainian or Russian count, by the words that single them out
  A statement counts its people, then says who some of them are: "78 з них – військові" sets out those of the 84
  counted before, conscripts ("срочники", "строковики", "военнослужащие-срочники": a compound counts by its narrower
  part) are a group of the servicemen, and defenders "яких засудили" or "осуждённых" are the sentenced, a group the
  desk names rather than a second figure of the side.

  Scenario Outline: "N of them – who they are" counts a part of the people named before
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 78 to <side>, read from "78"
    And it proposes civilians 6 to <side>, read from "6"

    Examples:
      | statement                                                             | side    |
      | З полону звільнено 84 наших людей. 78 з них – військові, 6 – цивільні.   | Ukraine |
      | Из плена вернулись 84 россиянина. 78 из них — военные, 6 — гражданские.  | Russia  |

  Scenario Outline: Conscripts are a group of the servicemen counted
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes conscripts <count> to <side>, read from "<count>"

    Examples:
      | statement                                                                    | count | side    |
      | Из плена вернулись 84 российских военнослужащих. 10 из них — срочники.          | 10    | Russia  |
      | Додому повернулися 150 захисників, серед них 20 захисників Маріуполя та 12 строковиків. | 12 | Ukraine |
      | Из плена вернулись 84 российских военнослужащих, среди них 10 военнослужащих-срочников.  | 10    | Russia  |

  Scenario Outline: Defenders a clause says were sentenced are the sentenced among those returned
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes sentenced 18 to <side>, read from "18"
    And it proposes total 157 to <side>, read from "157"

    Examples:
      | statement                                                                                           | side    |
      | Додому повернулися 157 українців. Серед них 18 оборонців, яких росіяни засудили до тривалих строків.   | Ukraine |
      | Домой вернулись 157 россиян. Среди них 18 военнослужащих, которых осудили на Украине.                  | Russia  |

  Scenario Outline: The wounded among them, however the word is spelled, are a group
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes wounded 20 to Ukraine, read from "20"

    Examples:
      | statement                                                     |
      | Додому повернулися 150 захисників. Серед них 20 важкопоранених. |
      | Додому повернулися 150 захисників. Серед них 20 тяжкопоранених. |
