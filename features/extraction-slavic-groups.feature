Feature: Reading which people a Ukrainian or Russian figure singles out, and over what time it runs
  A regional story counts the soldiers of its own region among those freed, an ombudsman names the defenders who
  had been sentenced among everyone who came home, and a closing line sums the last two days beside the whole war.
  The reader tells these apart by the grammar around the number: the place its noun's people come from, a clause
  after the noun that singles some of them out, the span of time in the number's own clause, and a verb that only
  prepares a swap. A Ukrainian place is written in Latin letters as Ukraine's national system writes it ("Волинь"
  is Volyn, "Чернігів" Chernihiv), as English reporting does; a Russian one letter by letter.

  Scenario Outline: People named by the place they come from are a group of their own
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <group> <value> <direction>, read from "<words>"
    And nothing is proposed for the military

    Examples:
      | statement                                                     | group                | value | direction  | words |
      | Додому повернули трьох військовослужбовців із Ковеля.           | people from Kovel    | 3     | to Ukraine | трьох |
      | Из плена вернулись 12 военнослужащих из Белгорода.              | people from Belgorod | 12    | to Russia  | 12    |
      | Додому повернули трьох військовослужбовців із Волині.           | people from Volyn    | 3     | to Ukraine | трьох |
      | Додому повернулися 40 захисників Чернігова.                     | defenders of Chernihiv | 40  | to Ukraine | 40    |

  Scenario Outline: A few people singled out by a clause after their noun are part of the whole, not its military
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes total 157 <direction>, read from "157"
    And it proposes sentenced 18 <direction>, read from "18"
    And nothing is proposed for the military

    Examples:
      | statement                                                                                              | direction  |
      | Додому повернулися 157 українців. В Україну повернули 18 оборонців, яких ворог засудив до тривалих строків. | to Ukraine |
      | Додому повернулися 157 наших громадян. Також повертаються 18 оборонців, засуджених на довгі строки.         | to Ukraine |
      | Домой вернулись 157 россиян. Среди вернувшихся 18 военных, которых Киев осудил на длительные сроки.         | to Russia  |

  Scenario: A few people a clause singles out for something else than a sentence are set aside with the whole
    Given the statement "Додому повернулися 157 українців. Серед них 18 оборонців, яких евакуювали з Азовсталі."
    When the team reads the statement
    Then it proposes total 157 to Ukraine, read from "157"
    And "18" is not taken because it is a group its own clause singles out
    And nothing is proposed for the military

  Scenario: People named by a clause after their noun are the figure itself when nothing larger is counted
    Given the statement "Додому повернулися 157 оборонців, яких ворог утримував з 2022 року."
    When the team reads the statement
    Then it proposes military 157 to Ukraine, read from "157"

  Scenario Outline: A sum over the last days, in a clause of its own beside the whole war's, is a running total
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes running total 500 <direction>, read from "500"
    And "<war>" is not taken because it is a count over the whole war

    Examples:
      | statement                                                                                                          | war  | direction  |
      | Він наголосив, що за два дні додому повернулися 500 українських оборонців, а від початку повномасштабного вторгнення – 6922 українці. | 6922 | to Ukraine |
      | Она отметила, что за два дня домой вернулись 500 российских военнослужащих, а с начала специальной военной операции – 6000.        | 6000 | to Russia  |

  Scenario Outline: Sides said to be preparing a swap have swapped no one yet
    Given the statement "<statement>"
    When the team reads the statement
    Then "90" is proposed only as planned

    Examples:
      | statement                                                                                               |
      | Россия и Украина обменялись пленными. Ранее Bloomberg сообщал, что Москва и Киев готовятся обменять по 90 пленных. |
      | Україна та Росія провели обмін. Раніше ЗМІ писали, що Київ і Москва готуються обміняти по 90 полонених.             |

  Scenario Outline: A reminder of the exchange on the statement's own day gives that exchange's figures
    Given the statement "<statement>"
    When the team reads the statement published on 2025-10-02
    Then <outcome>

    Examples:
      | statement                                                                                                                                 | outcome                                                      |
      | У четвер, 2 жовтня, додому повернули трьох військових з Ковеля. Нагадаємо, 2 жовтня відбувся черговий етап обміну. Додому повернулися 183 військових. | it proposes military 183 to Ukraine, read from "183"          |
      | У четвер, 2 жовтня, додому повернули трьох військових з Ковеля. Нагадаємо, 24 серпня відбувся черговий обмін. Додому повернулися 146 військових.      | "146" is not taken because it is a recap                      |
      | В четверг, 2 октября, домой вернулись трое военных из Курска. Напомним, 2 октября состоялся обмен. Домой вернулись 185 военнослужащих.                 | it proposes military 185 to Russia, read from "185"           |

  Scenario Outline: Ranks listed together after a dash are what the count is made of, not each the whole count
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military <value> <direction>, read from "<value>"
    And nothing is proposed for the officers
    And nothing is proposed for the privates and sergeants

    Examples:
      | statement                                                                  | value | direction  |
      | Додому повернулися 183 військових – рядові, сержанти та офіцери.             | 183   | to Ukraine |
      | Домой вернулись 84 военнослужащих – рядовые, сержанты и офицеры.             | 84    | to Russia  |

  Scenario Outline: A clause saying the exchange itself took place on a day dates it, however late the report
    Given the statement "<statement>"
    When the team reads the statement published on 2022-10-21
    Then <outcome>

    Examples:
      | statement                                                                                    | outcome                                                |
      | Домой вернулись 12 бойцов. Обмен по формуле «110 на 110» прошёл 12 октября.                    | the stage took place on 2022-10-12                      |
      | Додому повернулися 12 бійців. Обмін за формулою «110 на 110» відбувся 12 жовтня.               | the stage took place on 2022-10-12                      |
      | Домой вернулись 12 бойцов. Предыдущий обмен прошёл 12 октября.                                 | no day is proposed                                      |
      | Домой вернулись 12 бойцов. Обмен прошёл по договорённостям, которых Россия и Украина достигли 23 июля. | no day is proposed                                      |

  Scenario Outline: Persons counted as such are everyone the figure counts
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes total <value> <direction>, read from "<value>"

    Examples:
      | statement                                                  | value | direction  |
      | У межах обміну додому повернулися 300 осіб.                  | 300   | to Ukraine |
      | Из украинского плена возвращены 20 лиц.                      | 20    | to Russia  |

  Scenario Outline: A group the statement later says came besides the others, by the same noun, is in addition
    Given the statement "<statement>"
    When the team reads the statement
    Then the Kursk residents is proposed as 3 in addition to Russia, read from "<words>"

    Examples:
      | statement                                                                                                            | words |
      | Трое жителей Курской области возвращены в Россию. Кроме жителей приграничного региона, на родину вернулись 157 военнопленных. | Трое  |
      | Троє мешканців Курської області повернули в Росію. Крім мешканців регіону, до Росії повернулися 157 військових.                  | Троє  |
