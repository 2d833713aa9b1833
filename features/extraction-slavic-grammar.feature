Feature: Reading a Ukrainian or Russian figure by the grammar of its own clause
  Ministries and agencies write the same fact in many ways: the noun a number counts may come after a whole
  phrase describing those people, the receiver may be the clause's subject or only implied by its verb, and a
  sentence may be set at an earlier time than the statement's. The reader follows the grammar of the clause that
  carries the number (the noun agreeing with the numeral, the subject and the voice of its verb, the time the
  sentence is set in) rather than the particular words one statement used.

  Scenario Outline: The noun a number counts is found past the phrase that describes those people
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military <value> <direction>, read from "<value>"

    Examples:
      | statement                                                                                      | value | direction  |
      | Из плена возвращены 146 находившихся в плену российских военнослужащих.                          | 146   | to Russia  |
      | Домой вернулись 146 захваченных ранее в Курской области российских военнослужащих.               | 146   | to Russia  |
      | Додому повернулися 146 утримуваних у полоні з 2022 року захисників.                                | 146   | to Ukraine |
      | По итогам обмена домой вернулись 2000 российских военнослужащих.                                  | 2000  | to Russia  |

  Scenario Outline: Who received the people is read from the clause's subject and the voice of its verb
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 84 <direction>, read from "84"

    Examples:
      | statement                                                  | direction  |
      | Украинская сторона получила 84 военнопленных.               | to Ukraine |
      | Российская сторона передала 84 военнопленных.               | to Ukraine |
      | Россия передала 84 военнопленных.                           | to Ukraine |
      | Ми передали 84 військовополонених.                          | to Russia  |
      | Натомість передано 84 військовополонених.                   | to Russia  |
      | Взамен переданы 84 военнопленных.                           | to Ukraine |

  Scenario: A return from captivity that names no captor brings the speaking side's people home
    Given the statement "Сегодня из плена возвращены 84 военнослужащих. Украинской стороне передали 84 военнопленных."
    When the team reads the statement
    Then it proposes military 84 to Russia, read from "84"
    And it proposes military 84 to Ukraine, read from "84"

  Scenario Outline: A sentence set before the statement's own time is a recap, whatever its words
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is about an earlier exchange
    And it proposes military 84 <direction>, read from "84"

    Examples:
      | statement                                                                                         | words | direction  |
      | Раніше, 19 травня, додому повернулися 205 військових. Сьогодні повернулися 84 захисники.          | 205   | to Ukraine |
      | Сьогодні додому повернулися 84 захисники. Минулого тижня з полону звільнили 205 військових.        | 205   | to Ukraine |
      | Сьогодні додому повернулися 84 захисники. Торік повернули 1351 українця.                            | 1351  | to Ukraine |
      | Сегодня домой вернулись 84 военнослужащих. В прошлый раз Россия вернула 115 военных.                | 115   | to Russia  |
      | Сегодня домой вернулись 84 военнослужащих. Ранее, 14 сентября, были возвращены 103 военнослужащих. | 103   | to Russia  |

  Scenario Outline: A count over a span of time is a count over the war, not the exchange's
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is a count over the whole war
    And it proposes military 84 <direction>, read from "84"

    Examples:
      | statement                                                                                                   | words | direction  |
      | Сьогодні додому повернулися 84 захисники. Всього за цей рік повернули 1200 людей.                              | 1200  | to Ukraine |
      | Сегодня домой вернулись 84 военнослужащих. Всего за время СВО из плена возвращены более 2000 военнослужащих.  | 2000  | to Russia  |

  Scenario: Each figure takes the voice of its own verb when a sentence hands over some people and returns others
    Given the statement "В ходе обмена переданы 185 военнопленных и возвращены 20 гражданских лиц."
    When the team reads the statement
    Then it proposes military 185 to Ukraine, read from "185"
    And it proposes civilians 20 to Russia, read from "20"

  Scenario Outline: A unit named after the people's noun makes the figure that unit's
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                              | figure        | value |
      | Додому повернулися 200 захисників. Серед них 9 бійців Національної гвардії.              | national guard | 9     |
      | Додому повернулися 200 захисників. Серед них 17 військовослужбовців Державної прикордонної служби. | border guard | 17    |

  Scenario: People held by a party go home to the other party
    Given the statement "Обмен прошёл по формуле 157 на 157. Среди освобождённых также трое гражданских жителей Курской области, которых Киев незаконно удерживал."
    When the team reads the statement
    Then it proposes Kursk residents 3 to Russia, read from "трое"

  Scenario: A count over several exchanges is a count over the war
    Given the statement "Від початку вторгнення сторони провели 69 обмінів. Під час цих обмінів з полону повернули 6235 громадян України."
    When the team reads the statement
    Then "6235" is not taken because it is a count over the whole war

  Scenario: A stage named in a sentence that restates the lead's figure is the statement's own stage
    Given the statement "Додому повернулися 200 захисників. У межах першого етапу обміну «1000 на 1000» в Україну повернулися 200 захисників."
    When the team reads the statement
    Then it proposes stage 1 of an exchange of 1000 for each side
    And it proposes military 200 to Ukraine, read from "200"

  Scenario: A stage named later with another figure is still a recap
    Given the statement "Додому повернулися 200 захисників. У межах першого етапу обміну «1000 на 1000» в Україну повернулися 390 людей."
    When the team reads the statement
    Then no stage is proposed
    And "390" is not taken because it is about stage 1

  Scenario: After a headline's figures, the body's first sentence tells the stage's day
    Given the statement:
      """
      33 військових і 51 цивільний: 84 українці повернулися додому

      Сьогодні, 14 серпня, Україна та Росія провели черговий обмін полоненими. Про це повідомив міністр.
      """
    When the team reads the statement published on 2025-08-14
    Then the stage took place on 2025-08-14
    And it proposes civilians 51 to Ukraine, read from "51"

  Scenario Outline: An earlier day of the same exchange named with its figures is a stage of its own
    Given the statement "<statement>"
    When the team reads the statement published on 2025-05-25
    Then the statement proposes these stages:
      | took place on | to        | figures                                 |
      | 2025-05-23    | to Russia | service:military 270                    |
      | 2025-05-24    | to Russia | service:military 307, cumulative 577    |
    And the claim of 2025-05-23 reports stage 1

    Examples:
      | statement                                                                                                                                                     |
      | Обмен прошёл с 23 по 25 мая. В первой волне 23 мая Украина передала 270 российских военнослужащих. 24 мая Россия получила ещё 307 военнослужащих. Всего вернулись 577 человек. |
      | Обмін тривав з 23 по 25 травня. У першій хвилі 23 травня Україна передала 270 російських військових. 24 травня Росія отримала ще 307 військових. Загалом повернулися 577 людей. |

  Scenario: A day before an earlier exchange is a recap still, however near
    Given the statement "24 мая домой вернулись 307 военнослужащих. Предыдущий обмен состоялся 22 мая: тогда вернулись 90 военнослужащих."
    When the team reads the statement published on 2025-05-25
    Then "90" is not taken because it is about an earlier exchange
    And the statement proposes these stages:
      | took place on | to        | figures              |
      | 2025-05-24    | to Russia | service:military 307 |

  Scenario Outline: People counted on each side are each side's
    Given the statement "<statement>"
    When the team reads the statement
    Then the total is proposed as about 1,000 each side, read from "<words>"

    Examples:
      | statement                                                         | words   |
      | Обмен затронул около тысячи человек с каждой стороны.             | тысячи  |
      | Обмін охопив близько тисячі людей з кожної сторони.               | тисячі  |

  Scenario: A formula the two sides agreed on is the terms, not a stage's count
    Given the statement "По формуле «1000 на 1000», о которой договорились в Стамбуле, стороны вернули друг другу пленных. Сегодня домой вернулись 307 военнослужащих."
    When the team reads the statement
    Then it proposes military 307 to Russia, read from "307"
    And nothing is proposed for each side

  Scenario Outline: Each verb of a sentence sends the people of its own group
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 90 <returned>, read from "90"
    And it proposes civilians 40 <handed over>, read from "40"

    Examples:
      | statement                                                      | returned   | handed over |
      | Из плена возвращены 90 военнослужащих и переданы 40 гражданских. | to Russia  | to Ukraine  |
      | З полону повернуто 90 військових і передано 40 цивільних.        | to Ukraine | to Russia   |

  Scenario Outline: An uneven swap stated as N for M sends N to the side that speaks of the swap and M to the other
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes total 17 <first>, read from "17"
    And it proposes total 15 <second>, read from "15"

    Examples:
      | statement                                                                        | first      | second     |
      | Координационный штаб провёл обмен с Россией по формуле 17 человек на 15.          | to Ukraine | to Russia  |
      | Координаційний штаб провів обмін з Росією за формулою 17 на 15.                   | to Ukraine | to Russia  |
      | Минобороны провело обмен с Украиной: 17 человек на 15.                             | to Russia  | to Ukraine |

  Scenario Outline: In a quotation, home and our people are the side of whoever is quoted
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 84 <direction>, read from "84"

    Examples:
      | statement                                                                                    | direction  |
      | «Домой вернулись 84 наших защитника», — сообщил украинский омбудсмен Дмитрий Лубинец.          | to Ukraine |
      | Министерство обороны Украины заявило: «Сегодня домой вернулись 84 военнослужащих».             | to Ukraine |
      | «Додому повернулися 84 наших військових», — повідомило Міноборони Росії.                        | to Russia  |
      | «Домой вернулись 84 военнослужащих», — сообщил министр.                                        | to Russia  |
      | «Домой вернулись 84 военнослужащих», — сообщил министр в интервью украинским СМИ.              | to Russia  |

  Scenario Outline: Soldiers counted beside officers or sergeants are a rank, not all the servicemen
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 16 to <side>, read from "16"
    And it proposes officers 2 to <side>, read from "<officers>"
    And it proposes soldiers 14 to <side>, read from "14"

    Examples:
      | statement                                                                   | side    | officers |
      | На Украину вернулись 16 военнослужащих, из них два офицера и 14 солдат.     | Ukraine | два      |
      | В Україну повернулися 16 військових, серед них 2 офіцери та 14 солдатів.    | Ukraine | 2        |

  Scenario Outline: A statement whose lead brings people home to one side speaks for that side
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> <direction>, read from "<value>"

    Examples:
      | statement                                                                                                                       | figure                 | value | direction  |
      | Украина освободила из плена РФ еще 44 человека. «Нам удалось вернуть домой 44 наших человека. Среди них 36 рядовых и сержантов», – написал Ермак. | privates and sergeants | 36    | to Ukraine |
      | Россия вернула из украинского плена 90 военнослужащих. «Домой вернулись 90 наших военных», – сообщили в ведомстве. Из них 20 офицеров.          | officers               | 20    | to Russia  |
      | Росія повернула з українського полону 90 військових. «Додому повернулися 90 наших військових», – написав Пушилін. Серед них 20 офіцерів.         | officers               | 20    | to Russia  |

  Scenario Outline: A count over the days of the exchange so far is its running total
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 307 <direction>, read from "307"
    And it proposes running total 697 <direction>, read from "697"

    Examples:
      | statement                                                                                   | direction  |
      | Сегодня домой вернулись 307 военнослужащих. Только за эти два дня вернули 697 человек.       | to Russia  |
      | Сьогодні додому повернулися 307 захисників. За 2 дні звільнено 697 українців.                | to Ukraine |

  Scenario Outline: Words set after a dash say who the people counted are, each a figure of the same number
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <first> <value> to Ukraine, read from "<value>"
    And it proposes <second> <value> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                                      | first | second                 | value |
      | Сьогодні повернулися 307 захисників. Усі 307 звільнених – чоловіки, рядові та сержанти.          | men   | privates and sergeants | 307   |
      | Украине отдали 108 женщин – военнослужащих ВСУ.                                                  | women | military               | 108   |

  Scenario: A dash that opens a list's next item says nothing of the number before it
    Given the statement:
      """
      Додому повернулися захисники:
      - ВМС – 11,
      - нацгвардійців 8.
      """
    When the team reads the statement
    Then it proposes navy 11 to Ukraine, read from "11"
    And it proposes national guard 8 to Ukraine, read from "8"

  Scenario Outline: A number given to each of several units counts each of them
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes navy 2 to Ukraine, read from "<words>"
    And it proposes special transport 2 to Ukraine, read from "<words>"

    Examples:
      | statement                                                                                | words |
      | В ходе обмена вернулись 92 бойца ВСУ, трое пограничников и по два представителя ВМС и ГССТ. | два   |
      | Додому повернулися 92 бійці ЗСУ, троє прикордонників і по 2 представники ВМС та ДССТ.        | 2     |

  Scenario: The same number written with a space for its thousands is an even swap, not an uneven one
    Given the statement "Обмен прошёл по формуле 1 000 на 1000."
    When the team reads the statement
    Then it proposes total 1000 each side, read from "1 000"

  Scenario Outline: Figures of yesterday after the lead's are a recap of another day
    Given the statement "<statement>"
    When the team reads the statement
    Then "390" is not taken because it is about another day
    And it proposes military 307 <direction>, read from "307"

    Examples:
      | statement                                                                         | direction  |
      | Сьогодні додому повернулися 307 захисників. Вчора повернулися 390 українців.       | to Ukraine |
      | Сегодня домой вернулись 307 военнослужащих. Накануне вернулись 390 человек.        | to Russia  |

  Scenario: Yesterday named in the lead is the statement's own day
    Given the statement "Накануне домой вернулись 307 военнослужащих. Это второй этап обмена."
    When the team reads the statement
    Then it proposes military 307 to Russia, read from "307"

  Scenario Outline: "Thousands" or "hundreds" said without a numeral count no one
    Given the statement "<statement>"
    When the team reads the statement
    Then nothing is proposed from "<words>"
    And it proposes military 200 <direction>, read from "200"

    Examples:
      | statement                                                                                           | words   | direction  |
      | Сьогодні додому повернулися 200 захисників. У полоні перебувають тисячі росіян.                       | тисячі  | to Ukraine |
      | Сегодня домой вернулись 200 военнослужащих и тысячи гражданских.                                      | тысячи  | to Russia  |
      | Сегодня домой вернулись 200 военнослужащих. Речь идёт о тысячах россиян, которые ещё в плену.         | тысячах | to Russia  |

  Scenario Outline: A sentence set in another month is a recap, and so is a clause that shares its time
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is about another month
    And it proposes total 26 to Russia, read from "26"

    Examples:
      | statement                                                                                                                  | words |
      | 19 декабря Россия получила тела 26 погибших военных. В августе Украина получила 1000 тел, а Россия — 19 тел своих бойцов.      | 19    |
      | 19 грудня Росія отримала тіла 26 загиблих військових. У серпні Україна отримала 1000 тіл, а Росія — 19 тіл своїх бійців.       | 19    |

  Scenario Outline: People a side refused to exchange are not a figure of the exchange
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is a count of people refused for the exchange
    And it proposes total 90 each side, read from "90"

    Examples:
      | statement                                                                                                         | words |
      | Киев не стал обменивать 70 своих военнопленных. Обмен прошёл по формуле 90 на 90.                                   | 70    |
      | Вот список из 70 солдат, которых украинская сторона отказалась менять. Обмен прошёл по формуле 90 на 90.            | 70    |
      | Росія відмовилася обміняти 70 українських військових. Обмін відбувся за формулою 90 на 90.                          | 70    |

  Scenario Outline: Fighters of a republic named after them are a group of their own
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> to Russia, read from "<words>"

    Examples:
      | statement                                                                                 | figure        | value | words |
      | После обмена в Донбасс вернулись 12 бойцов из ДНР.                                          | DPR fighters  | 12    | 12    |
      | Трое военнослужащих Народной милиции ЛНР вернулись из украинского плена.                    | LPR fighters  | 3     | Трое  |
      | Из украинского плена вернулись два бойца ЛНР.                                               | LPR fighters  | 2     | два   |
      | В Донбасс вернулись 12 бойцов Донецкой народной республики.                                 | DPR fighters  | 12    | 12    |
      | Трое военнослужащих Народной милиции Луганской народной республики вернулись из плена.      | LPR fighters  | 3     | Трое  |

  Scenario Outline: Defenders of a party are its people, not the defenders of a place
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 200 to Ukraine, read from "200"

    Examples:
      | statement                                                   |
      | Сьогодні додому повернулися 200 захисників України.           |
      | Сегодня домой вернулись 200 защитников Украины.               |

  Scenario Outline: A second verb joined to the subject says who received the people it counts
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 84 <first>, read from "84"
    And it proposes military 90 <second>, read from "90"

    Examples:
      | statement                                                                          | first      | second     |
      | Россия передала Украине 84 военнопленных и получила 90 своих военнослужащих.         | to Ukraine | to Russia  |
      | Україна передала Росії 84 військовополонених і отримала 90 своїх військових.         | to Russia  | to Ukraine |

  Scenario Outline: "The same day" is the day the sentence before it named
    Given the statement "<statement>"
    When the team reads the statement
    Then "146" is not taken because it is about another day
    And it proposes military 185 to Russia, read from "185"

    Examples:
      | statement                                                                                                                     |
      | 2 октября в Россию вернулись 185 военнослужащих. 24 августа омбудсмен говорила о курянах. В тот же день прошёл обмен по формуле 146 на 146. |
      | 2 октября в Россию вернулись 185 военнослужащих. 24 августа омбудсмен говорила о курянах. В тот же день вернулись 146 военных.    |

  Scenario Outline: "По N" said of the sides in a sentence about an exchange is each side's count
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 185 each side, read from "185"

    Examples:
      | statement                                                                       |
      | Россия и Украина провели обмен пленными, в ходе которого стороны вернули по 185 военных. |
      | Україна та Росія провели обмін полоненими, під час якого сторони повернули по 185 військових. |

  Scenario: Residents of a region counted beside the civilians are drawn from them
    Given the statement "Десять жителей Курской области возвращаются домой. Кроме того, в Россию вернули 20 гражданских лиц."
    When the team reads the statement
    Then the Kursk residents is proposed as 10 within the civilians to Russia, read from "Десять"
    And it proposes civilians 20 to Russia, read from "20"

  Scenario: Residents of a region as many as the civilians are the same people again
    Given the statement "В Россию вернули 20 гражданских лиц. Губернатор встретил в Курске 20 жителей Курской области."
    When the team reads the statement
    Then it proposes civilians 20 to Russia, read from "20"
    And nothing is proposed for the Kursk residents

  Scenario Outline: People who came back are the speaking side's, wherever the statement's other figures went
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 12 <direction>, read from "12"

    Examples:
      | statement                                                                             | direction  |
      | В Донбасс вернулись 12 военнослужащих. Украине отдали 108 женщин и 20 мужчин.           | to Russia  |
      | На Волинь повернулися 12 військових. Росії передали 108 жінок і 20 чоловіків.            | to Ukraine |

  Scenario Outline: A date alone on its line is when the page was written, not the day of the exchange
    Given the statement:
      """
      <date>

      Україна отримала тіла 563 загиблих оборонців.
      """
    When the team reads the statement
    Then no day is proposed

    Examples:
      | date                 |
      | 8 листопада 2024     |
      | 8 листопада 2024, 16:25 |

  Scenario Outline: A swap the sides meant to make is planned, and the smaller one done "only" is the count
    Given the statement "<statement>"
    When the team reads the statement
    Then the total is proposed as 160 planned each side, read from "160"
    And the total is proposed as 90 each side, read from "90"

    Examples:
      | statement                                                                                                             |
      | Днём ранее Россия и Украина собирались провести обмен по формуле 160 на 160, однако Киев согласился лишь на обмен 90 на 90. |
      | Днем раніше Росія та Україна збиралися провести обмін за формулою 160 на 160, проте Київ погодився лише на обмін 90 на 90. |

  Scenario Outline: An ordinal written in digits before "exchange" numbers the exchange, kept as a note
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is the ordinal of an exchange

    Examples:
      | statement                                                                      | words |
      | Відбувся 69-й комбінований обмін полоненими: додому повернулися 185 військових.  | 69-й  |
      | В рамках 68-го обмена домой вернулись 146 военнослужащих.                        | 68-го |

  Scenario Outline: A formula the sides agreed on is the terms, not a stage's count
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes terms of 500 for each side
    And nothing is proposed for each side

    Examples:
      | statement                                                                                         |
      | Тогда стороны условились обменяться пленными по формуле «500 на 500». Сегодня вернулись 200 военных. |
      | Тоді сторони умовилися обмінятися полоненими за формулою «500 на 500». Сьогодні повернулися 200 військових. |

  Scenario Outline: "As many" for the other side repeats the figure before it for the side that clause names
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 185 to Russia, read from "185"
    And it proposes military 185 to Ukraine, read from "<same>"

    Examples:
      | statement                                                                                               | same             |
      | Российской стороне передали 185 военнослужащих, столько же военных получила Украина.                      | столько же       |
      | С подконтрольной Киеву территории возвращены 185 военнослужащих. Россия передала Украине такое же число военнослужащих ВСУ. | такое же число   |
      | Росії передали 185 військовослужбовців, а Україна отримала таку ж кількість військових.                  | таку ж кількість |

  Scenario Outline: A formula that only restates the day's own figures describes the day, not terms agreed for more
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 185 to Russia, read from "185"
    And no terms are proposed

    Examples:
      | statement                                                                                                      |
      | Россия и Украина обменялись пленными «185 на 185». В Россию вернулись 185 военных, Украине передали 185 пленных военнослужащих. |
      | Україна та Росія обмінялися полоненими «185 на 185». Росії передали 185 військовополонених, в Україну повернулися 185 військових. |

  Scenario Outline: A short line with no full stop is a headline of its own: the agreement under it is not its sentence
    Given the statement:
      """
      <headline>
      <subtitle>

      <body>
      """
    When the team reads the statement
    Then no terms are proposed

    Examples:
      | headline                                                       | subtitle                                                    | body                                                                                             |
      | Россия и Украина обменялись военнопленными по формуле «300 на 300» | Обмен прошёл по договорённостям, достигнутым в Женеве        | В ходе обмена Россия вернула 300 военнослужащих, передав взамен Украине 300 солдат ВСУ.            |
      | Україна та Росія обмінялися полоненими за формулою «300 на 300»     | Обмін відбувся за домовленостями, досягнутими в Женеві       | Під час обміну Україна повернула 300 військовослужбовців, передавши натомість Росії 300 військових. |

  Scenario Outline: Each side's figure the sides mean to swap under an agreement is its terms; without one, a plan
    Given the statement "<statement>"
    When the team reads the statement
    Then <outcome>

    Examples:
      | statement                                                                                                   | outcome                                                      |
      | Мединский уточнил, что по женевским договорённостям стороны собираются обменять по 500 военнослужащих с каждой стороны. | it proposes terms of 500 for each side                       |
      | Буданов уточнив, що за женевськими домовленостями сторони збираються обміняти по 500 військовослужбовців з кожного боку. | it proposes terms of 500 for each side                       |
      | Мединский уточнил, что стороны собираются обменять по 500 военнослужащих с каждой стороны.                     | the military is proposed as 500 planned each side, read from "500" |

  Scenario Outline: A numeral is read with or without its "ё", and a collective numeral in any case
    Given the statement "<statement>"
    When the team reads the statement
    Then <outcome>

    Examples:
      | statement                                                                                            | outcome                                                                   |
      | Минобороны России передало Украине 40 военнопленных и, помимо них, четырёх тяжелораненых военнослужащих ВСУ. | the wounded is proposed as 4 in addition to Ukraine, read from "четырёх" |
      | Россия получила троих военнослужащих.                                                                  | it proposes military 3 to Russia, read from "троих"                       |
      | Україна отримала трьох військовослужбовців.                                                             | it proposes military 3 to Ukraine, read from "трьох"                      |

  Scenario Outline: What a body reported "earlier" about a return has the time of the return, as a clause "that" does
    Given the statement:
      """
      <lead>
      <earlier>
      """
    When the team reads the statement
    Then it proposes military 40 <direction>, read from "40"

    Examples:
      | lead                                         | earlier                                                                                          | direction  |
      | Омбудсмен встретила вернувшихся из плена.     | Ранее в среду Минобороны РФ сообщило о возвращении из украинского плена 40 российских военнослужащих. | to Russia  |
      | Омбудсман зустрів звільнених із полону.       | Раніше в середу Міноборони повідомило про повернення з російського полону 40 українських військовослужбовців. | to Ukraine |

  Scenario Outline: The party of people named two nouns on ("тяжелораненых военных ВСУ") says whose they are
    Given the statement "<statement>"
    When the team reads the statement
    Then the wounded is proposed as 4 in addition to Ukraine, read from "четырёх"

    Examples:
      | statement                                                                                   |
      | А четырёх тяжелораненых военных ВСУ министерство обороны России вернуло сверх обмена.          |
      | Кроме того, четырёх тяжелораненых военных ВСУ министерство обороны России вернуло отдельно.    |

  Scenario Outline: Servicemen and civilians named together after a dash are the parts of the count, not each the count
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes total 157 <direction>, read from "157"
    And nothing is proposed for the military
    And nothing is proposed for the civilians

    Examples:
      | statement                                                     | direction  |
      | Додому повернулися 157 українців – військові й цивільні.         | to Ukraine |
      | Домой вернулись 157 россиян – военные и гражданские.             | to Russia  |

  Scenario Outline: A verb of holding ends its own sentence: the count opening the next is not of people held
    Given the statement:
      """
      <headline>

      <body>
      """
    When the team reads the statement
    Then it proposes Kursk residents 3 to Russia, read from "Трое"

    Examples:
      | headline                                                   | body                                                  |
      | В Россию вернули жителей Курской области, которых удерживал Киев | Трое жителей Курской области возвращены в Россию.      |

  Scenario Outline: The day the exchange itself took place on is the stage's, not the day its news was told
    Given the statement:
      """
      <lead>
      <told>
      """
    When the team reads the statement published on 2022-06-30
    Then the stage took place on 2022-06-29

    Examples:
      | lead                                                                    | told                                                                                                    |
      | По указанию президента 144 бойца ВСУ обменяли на 144 военнослужащих России. | Об этом сегодня, 30 июня, сообщил представитель Минобороны; по его словам, обмен прошёл накануне, 29 июня. |
      | На Волинь повернулися 144 військових.                                      | Про це сьогодні, 30 червня, повідомив Коордштаб; за його словами, обмін відбувся напередодні, 29 червня.   |
      | В Донбасс вернулись 12 бойцов.                                            | Обмен по формуле «144 на 144» прошёл 29 июня.                                                         |

  Scenario Outline: Words of the war count over the whole war only after "since" or "from the start", not as a name
    Given the statement "<statement>"
    When the team reads the statement
    Then <outcome>

    Examples:
      | statement                                                                                              | outcome                                                                   |
      | Депутат, который входит в группу по СВО, пишет, что Украина тоже получила из России 20 своих гражданских. | it proposes civilians 20 to Ukraine, read from "20"                        |
      | С начала СВО из плена вернулись 2000 военных, сегодня вернулись 20 военных.                             | "2000" is not taken because it is a count over the whole war, not this exchange |
      | За время СВО из плена вернулись 2000 военных, сегодня вернулись 20 военных.                             | "2000" is not taken because it is a count over the whole war, not this exchange |

  Scenario Outline: A noun of returning ("о возвращении 90") sends the people home as its verb would
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 90 to <home>, read from "90"
    And it proposes military 90 to <other>, read from "90"

    Examples:
      | statement                                                                                         | home    | other   |
      | Министерство обороны России сообщило о возвращении 90 военнослужащих. Взамен передано 90 пленных ВСУ.  | Russia  | Ukraine |
      | Міністерство оборони України повідомило про повернення 90 військовослужбовців. Натомість передано 90 військовополонених. | Ukraine | Russia  |

  Scenario Outline: Staff named by the body they serve ("сотрудников МВД") are that body's group
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes Interior Ministry staff 10 <direction>, read from "10"

    Examples:
      | statement                                                                       | direction  |
      | Из плена возвращены 95 российских военнослужащих, в том числе 10 сотрудников МВД.  | to Russia  |
      | Додому повернулися 95 захисників, серед них 10 працівників МВС.                    | to Ukraine |
      | Додому повернулися 95 захисників, серед них 10 співробітників МВС України.         | to Ukraine |

  Scenario Outline: An ordinal in words above ten, alone or after tens, numbers the exchange and is kept as a note
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is the ordinal of an exchange
    And it proposes military 95 <direction>, read from "95"

    Examples:
      | statement                                                                  | words              | direction  |
      | Состоялся шестьдесят девятый обмен: домой вернулись 95 военных.              | шестьдесят девятый | to Russia  |
      | Это уже двенадцатый такой обмен: домой вернулись 95 военных.                 | двенадцатый        | to Russia  |
      | Відбувся шістдесят дев'ятий обмін: додому повернулися 95 військових.         | шістдесят дев'ятий | to Ukraine |
      | Це вже сімдесятий обмін: додому повернулися 95 військових.                    | сімдесятий         | to Ukraine |

  Scenario Outline: A date with the time of day is when the page was written, wherever it stands
    Given the statement "<statement>"
    When the team reads the statement
    Then no day is proposed

    Examples:
      | statement                                                                                                           |
      | Москва, 1 февраля 2024, 02:09 – ИА Регнум. Военные прибыли в Подмосковье. Минобороны сообщило, что возвратятся 195 российских военнослужащих. |
      | Київ, 5 лютого 2026, 14:30. Додому повернулися 157 українців.                                                          |

  Scenario Outline: A swap in the future tense is planned; people freed who "will return" home are delivered
    Given the statement "<statement>"
    When the team reads the statement
    Then <outcome>

    Examples:
      | statement                                                   | outcome                                                              |
      | Россия передаст Украине 300 военнопленных.                    | the military is proposed as 300 planned to Ukraine, read from "300"   |
      | Україна передасть Росії 300 військовополонених.               | the military is proposed as 300 planned to Russia, read from "300"    |
      | Стороны обменяют 300 военнопленных с каждой стороны.          | the military is proposed as 300 planned each side, read from "300"    |
      | В ближайшее время на родину вернутся 157 военнопленных.       | it proposes military 157 to Russia, read from "157"                   |
