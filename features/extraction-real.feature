Feature: Reading published statements as they are written, in English, Ukrainian and Russian
  Real announcements are not tidy. A figure's receiver is named in its own clause or sentence, while other
  sentences of the same text speak of other exchanges, earlier days, the whole war or the people still held.
  Counts come rounded or as bounds, some are only expected, some groups are added on top of the exchange, and
  the first announcements are usually in Ukrainian or Russian, with nouns inflected for case and number. The
  reader proposes each figure in its own form, takes who received the people from the figure's own clause,
  and sets the background aside with its reason, so that it never blocks the stage's own figures.

  Scenario Outline: A Ukrainian or Russian head noun finds its figure whatever its case
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> <direction>, read from "<words>"

    Examples:
      | statement                                                | figure    | value | direction  | words |
      | Додому повернулися 212 наших оборонців.                  | military  | 212   | to Ukraine | 212   |
      | Серед звільнених – 14 цивільних і 3 жінки.                | civilians | 14    | to Ukraine | 14    |
      | Из плена вернулись 212 российских военнослужащих.        | military  | 212   | to Russia  | 212   |
      | Украинской стороне передали 212 военнопленных ВСУ.       | military  | 212   | to Ukraine | 212   |
      | Стороны обменялись по 212 военнопленных.                 | military  | 212   | each side  | 212   |
      | Украина освободила из российского плена 212 защитников.  | military  | 212   | to Ukraine | 212   |
      | Україна повернула з російського полону 212 захисників.   | military  | 212   | to Ukraine | 212   |
      | Додому повернулися двісті дванадцять наших захисників.   | military  | 212   | to Ukraine | двісті дванадцять |
      | Додому повернулися 230 наших людей, переважно чоловіки (212). | men  | 212   | to Ukraine | 212   |
      | Ukraine got back 230 people. Most are men (212).         | men       | 212   | to Ukraine | 212   |

  Scenario Outline: An English head noun of a service or branch finds its figure
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                        | figure          | value |
      | Ukraine got back 150 soldiers: 87 army soldiers, 43 national guards and 20 sailors. | ground forces   | 87    |
      | Ukraine got back 150 soldiers: 87 army soldiers, 43 national guards and 20 sailors. | national guard  | 43    |
      | Ukraine got back 58 men of the Interior Ministry: 34 guards and 24 border guards. | national guard  | 34    |
      | Ukraine brought home 497 representatives of the Ground Forces.                   | ground forces   | 497   |
      | Ukraine got back 95 soldiers, 56 national guardsmen and 1 police officer.        | national police | 1     |
      | Russia handed over 140 Ukrainian service personnel.                              | military        | 140   |
      | Ukraine got back 90 warriors.                                                    | military        | 90    |

  Scenario: A list of units after dashes gives each branch, and defenders are named by the place they held
    Given the statement:
      """
      Додому повернулися 60 захисників, серед них 12 захисників «Азовсталі». Серед звільнених:
      - 41 – воїни ЗСУ,
      - 7 – тероборони,
      - 12 – Нацгвардії.
      """
    When the team reads the statement
    Then it proposes these figures to Ukraine:
      | figure                | value | words |
      | military              | 60    | 60    |
      | defenders of Azovstal | 12    | 12    |
      | armed forces          | 41    | 41    |
      | territorial defence   | 7     | 7     |
      | national guard        | 12    | 12    |
    And nothing else is proposed as a headcount

  Scenario: A list of the regions where they fought gives a group for each region
    Given the statement:
      """
      Ukraine brought home 120 defenders from Russian captivity. Where they fought:
      - Donetsk region – 80;
      - Kharkiv region – 40.
      """
    When the team reads the statement
    Then it proposes these figures to Ukraine:
      | figure            | value | words |
      | military          | 120   | 120   |
      | Donetsk region    | 80    | 80    |
      | Kharkiv region    | 40    | 40    |
    And nothing else is proposed as a headcount

  Scenario: A headline's figure is kept only for a direction the body does not give
    Given the statement:
      """
      Домой вернулись 64 российских военных

      Взамен украинской стороне передали 64 военнопленных.
      """
    When the team reads the statement
    Then it proposes military 64 to Russia, read from "64"
    And it proposes military 64 to Ukraine, read from "64"

  Scenario: An English list of branches after dashes gives each branch
    Given the statement:
      """
      Ukraine has freed 70 soldiers from Russian captivity. Of the 70 freed:
      41 – National Guard,
      17 – Armed Forces,
      12 – Territorial Defence.
      """
    When the team reads the statement
    Then it proposes these figures to Ukraine:
      | figure              | value | words |
      | military            | 70    | 70    |
      | national guard      | 41    | 41    |
      | armed forces        | 17    | 17    |
      | territorial defence | 12    | 12    |

  Scenario Outline: A party that frees people brings them home from captivity, or gives them to the other side
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes military 58 <direction>, read from "58"

    Examples:
      | statement                                                 | direction  |
      | Ukraine has freed 58 soldiers from Russian captivity.     | to Ukraine |
      | Russia released 58 soldiers.                              | to Ukraine |
      | In return, 58 prisoners of war of Ukraine's armed forces were handed back. | to Ukraine |
      | In return, 58 prisoners of war of the Ukrainian armed forces were handed over. | to Ukraine |
      | Russia has brought home 61 soldiers and has handed over 58 soldiers to Ukraine. | to Ukraine |

  Scenario Outline: People once listed as missing are a group of their own, not the service figure
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes <figure> <value> to Ukraine, read from "<value>"
    And it proposes listed as missing 48 to Ukraine, read from "48"

    Examples:
      | statement                                                                                       | figure   | value |
      | Ukraine brought home 130 soldiers, 48 who had been listed as missing.                           | military | 130   |
      | Украине передали 130 военнопленных. 48 освобождённых военных числились пропавшими без вести.          | military | 130   |

  Scenario Outline: Ranks singled out are groups of their own
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes officers 7 to Ukraine, read from "7"
    And it proposes privates and sergeants 53 to Ukraine, read from "53"

    Examples:
      | statement                                                                          |
      | Ukraine got back 60 soldiers: 7 officers and 53 privates and sergeants.           |
      | Додому повернулися 60 військових. Серед них 7 офіцерів і 53 рядових та сержантів. |

  Scenario: The receiver is read from the figure's own clause, not from elsewhere in the sentence
    Given the statement "Kyiv got back 64 soldiers, and the swap also covered 9 civilians from each side."
    When the team reads the statement
    Then it proposes military 64 to Ukraine, read from "64"
    And it proposes civilians 9 each side, read from "9"

  Scenario: A receiver named in the figure's own clause outweighs 'each' in the sentence
    Given the statement:
      """
      Russia and Ukraine each exchanged 146 prisoners of war on Sunday. Alongside the servicemen, Moscow also received eight civilians.

      The eight civilians were met in Belarus.
      """
    When the team reads the statement
    Then it proposes military 146 each side, read from "146"
    And it proposes civilians 8 to Russia, read from "eight"
    And nothing is proposed for each side but military

  Scenario: People sent to a party are that party's
    Given the statement "Today we also sent the Russians 11 of their civilian sailors."
    When the team reads the statement
    Then it proposes civilians 11 to Russia, read from "11"

  Scenario: An each-side figure that both directions give is not counted twice
    Given the statement "Each side got 70 servicemen back: 70 Russian servicemen came back and 70 Ukrainian servicemen came home."
    When the team reads the statement
    Then it proposes military 70 to Russia, read from "70"
    And it proposes military 70 to Ukraine, read from "70"
    And nothing is proposed for each side

  Scenario: A swap of both directions together is proposed as combined
    Given the statement "Kyiv and Moscow swapped 260 prisoners in a deal brokered by Qatar."
    When the team reads the statement
    Then it proposes total 260 combined, read from "260"

  Scenario: A headline that has both parties swap a number is a figure for both directions
    Given the statement "Russia and Ukraine swap 190 prisoners of war in a deal brokered by the UAE"
    When the team reads the statement
    Then it proposes military 190 combined, read from "190"

  Scenario: A count twice the each-side count of its sentence is both directions together
    Given the statement "The two sides announced another exchange: 214 people in all, 107 on each side."
    When the team reads the statement
    Then it proposes total 214 combined, read from "214"
    And it proposes total 107 each side, read from "107"

  Scenario Outline: Background figures are set aside with their reason and the stage's own figure is kept
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is <reason>
    And it proposes <figure> <value> to Ukraine, read from "<kept>"

    Examples:
      | statement                                                                 | words | reason                                      | figure | value | kept |
      | As of 2 March, 2,900 Ukrainians had come home; 64 more Ukrainians came home today. | 2,900 | a count over the whole war                  | total  | 64    | 64   |
      | Russia holds 5,900 Ukrainians, Kyiv says; 64 Ukrainians came home.        | 5,900 | a count of people held captive              | total  | 64    | 64   |
      | From the start of the invasion to August 7, 2023, 2 598 Ukrainians came home. Today 64 Ukrainians came home. | 2 598 | a count over the whole war | total | 64 | 64 |
      | Додому повернулися 77 воїнів. З початку повномасштабної війни повернули 4100 людей. | 4100 | a count over the whole war | military | 77 | 77 |
      | Україні передали 700 тіл загиблих. Додому повернулися 77 воїнів.          | 700   | counts bodies, not living people            | military | 77  | 77   |
      | Україні передали тіла 700 загиблих. Додому повернулися 77 воїнів.         | 700   | counts the bodies of the dead               | military | 77  | 77   |
      | Додому повернулися 77 воїнів. З березня 2022 року визволили 4100 людей.   | 4100  | a count over the whole war                  | military | 77  | 77   |
      | 64 Ukrainians came home; 4,100 people have been freed in these exchanges. | 4,100 | a count over the whole war                  | total  | 64    | 64   |
      | 64 Ukrainians came home. The previous swap saw 95 Ukrainians come home.   | 95    | about an earlier exchange                   | total  | 64    | 64   |
      | 64 Ukrainians came home. In the previous swap, on Dec. 31, 95 Ukrainians came home. | 95 | about an earlier exchange         | total  | 64    | 64   |
      | 64 Ukrainians came home; this year 356 more people came home than last year. | 356 | a difference between two counts         | total  | 64    | 64   |

  Scenario Outline: A statement about the bodies of the dead alone proposes its counts as bodies
    Given the statement "<statement>"
    When the team reads the statement
    Then it proposes total <value> <direction>, read from "<value>"
    And every claim proposed counts bodies

    Examples:
      | statement                                                                                  | value | direction  |
      | Україна повернула тіла 254 загиблих оборонців. Серед них 25 загиблих бійців із Запорізького напрямку. | 254 | to Ukraine |
      | Украине передали 1000 тел, а Россия получила 31 тело.                                      | 31    | to Russia  |
      | Ukraine has received the bodies of 909 fallen defenders, the Coordination Headquarters said. | 909 | to Ukraine |

  Scenario: Bodies beside living people are set aside, and the people's claim counts people
    Given the statement "95 Ukrainian soldiers came home. Russia also handed back the bodies of 501 Ukrainian soldiers."
    When the team reads the statement
    Then "501" is set aside: it counts the bodies of the dead
    And it proposes military 95 to Ukraine, read from "95"
    And every claim proposed counts people

  Scenario Outline: Terms for bodies, terms only called for, or the manner of a swap are not the exchange's terms
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is <reason>
    And it proposes total 64 to Ukraine, read from "64"

    Examples:
      | statement                                                                | words         | reason                          |
      | They agreed on 2000 for 2000 for the bodies of the fallen; 64 Ukrainians came home. | 2000 for 2000 | terms for the bodies of the dead |
      | Kyiv keeps urging an exchange of all for all; 64 Ukrainians came home.  | all for all   | terms called for, not agreed    |
      | They agreed to swap soldiers on a 40 for 40 basis; 64 Ukrainians came home. | 40 for 40 | the manner of an exchange       |

  Scenario Outline: Terms for the bodies of the dead or for one group of people are not the exchange's terms
    Given the statement "<statement>"
    When the team reads the statement
    Then "<words>" is not taken because it is <reason>

    Examples:
      | statement                                                                                      | words           | reason                                |
      | In Istanbul the sides agreed to exchange the bodies of the fallen 6,000 for 6,000.              | 6,000 for 6,000 | terms for the bodies of the dead      |
      | What was agreed in Istanbul: “all for all” for the severely wounded and the young.           | all for all     | terms for one group, not the exchange's |

  Scenario: A figure of another day than the stage's, too far back to be a stage of it, is an earlier exchange's
    Given the statement "64 Ukrainians came home today. On 2 March, 50 Ukrainians had come home."
    When the team reads the statement published on 2025-03-12
    Then "50" is not taken because it is about an earlier exchange, not this one
    And it proposes total 64 to Ukraine, read from "64"

  Scenario: An earlier day of the same exchange named with its figures is a stage of its own, with its day
    Given the statement:
      """
      On 25 June Ukraine brought 90 citizens home: 32 national guards and 18 border guards among them.
      Then on 28 June 10 more citizens came back. In all, 100 Ukrainian citizens came home in this exchange.
      """
    When the team reads the statement published on 2024-06-28
    Then the statement proposes these stages:
      | took place on | to         | figures                                                        |
      | 2024-06-25    | to Ukraine | total 90, branch:national_guard 32, branch:border_guard 18     |
      | 2024-06-28    | to Ukraine | total 10, cumulative 100                                       |

  Scenario: A day more than a few days before the statement's is an earlier exchange, its figure set aside
    Given the statement "64 Ukrainians came home on 12 March. On 2 March, 50 Ukrainians had come home."
    When the team reads the statement published on 2025-03-12
    Then "50" is not taken because it is about an earlier exchange, not this one
    And the statement proposes these stages:
      | took place on | to         | figures  |
      | 2025-03-12    | to Ukraine | total 64 |

  Scenario: A count of those already home is a tally over the war, not a stage's figure
    Given the statement "53 exchanges. 3310 of our citizens are already home. Today 10 citizens came back to Ukraine."
    When the team reads the statement
    Then it proposes total 10 to Ukraine, read from "10"
    And "3310" is not taken because it is a count over the whole war, not this exchange

  Scenario: What follows a word of recalling is a recap
    Given the statement:
      """
      Додому повернулися 303 захисники.
      Нагадаємо: 24 травня додому повернулися 307 українців.
      """
    When the team reads the statement published on 2025-05-25
    Then it proposes military 303 to Ukraine, read from "303"
    And "307" is not taken because it is a recap

  Scenario: A figure of a stage recalled later is set aside; the stage the statement reports is kept
    Given the statement:
      """
      Завершився третій етап обміну: додому повернулися 88 воїнів.
      Під час другого етапу додому повернулися 66 воїнів.
      """
    When the team reads the statement
    Then it proposes military 88 to Ukraine, read from "88"
    And "66" is not taken because it is about stage 2

  Scenario Outline: A count that is not exact is proposed in its own form
    Given the statement "<statement>"
    When the team reads the statement
    Then the <figure> is proposed as <bound> <direction>, read from "<words>"

    Examples:
      | statement                                         | figure   | bound             | direction  | words |
      | Some 213 Ukrainians came home on Friday.          | total    | about 213         | to Ukraine | 213   |
      | More than 500 Ukrainians came home on Friday.     | total    | at least 501      | to Ukraine | 500   |
      | Up to 250 Ukrainians came home on Friday.         | total    | at most 250       | to Ukraine | 250   |
      | Додому повернулися понад 300 захисників.          | military | at least 301      | to Ukraine | 300   |
      | Around 120 civilians and 270 servicemen are back in Russia. | military | about 270 | to Russia | 270 |

  Scenario: People the other side has captured are held, not returned
    Given the statement "The deal would bring home nearly all of the roughly 1,300 Russian soldiers Ukraine has captured."
    When the team reads the statement
    Then "1,300" is not taken because it is a count of people held captive

  Scenario: A rounded count that an exact one restates is set aside, and the exact one counts the same people
    Given the statement "Over 100 Ukrainian soldiers are home. The 116 Ukrainians freed include medics."
    When the team reads the statement
    Then it proposes military 116 to Ukraine, read from "116"
    And "100" is not taken because it is an approximate service:military; the text gives it exactly (116)

  Scenario: A rounded count given after the exact one is a part of it, and leaves the exact one's people alone
    Given the statement "In the end Ukraine received exactly 390 people, more than 100 of them civilians."
    When the team reads the statement
    Then it proposes total 390 to Ukraine, read from "390"

  Scenario: People singled out by the place they defended are a group of their own
    Given the statement "Ukraine brought home 144 service members; 95 of them defended Azovstal and 74 of whom had defended the Mariupol port."
    When the team reads the statement
    Then it proposes military 144 to Ukraine, read from "144"
    And it proposes defenders of Azovstal 95 to Ukraine, read from "95"

  Scenario: The base of a list that restates a figure already given is not a second figure
    Given the statement:
      """
      Ukraine brought home 144 service members.
      Of the 144 freed:
      100 – National Guard,
      44 – Armed Forces.
      """
    When the team reads the statement
    Then it proposes military 144 to Ukraine, read from "144"
    And no total is proposed

  Scenario: An exact count that names its people keeps its own key beside the rounded one
    Given the statement "Over 100 Ukrainian soldiers are home. The 116 freed include 12 civilians."
    When the team reads the statement
    Then it proposes total 116 to Ukraine, read from "116"

  Scenario: People of a party named in the possessive are that party's
    Given the statement "185 of Ukraine's military personnel have come home."
    When the team reads the statement
    Then it proposes military 185 to Ukraine, read from "185"

  Scenario: A party's own people are the party that speaks
    Given the statement "Moscow said it handed over 95 Ukrainian prisoners and got 95 of its own servicemen back."
    When the team reads the statement
    Then it proposes total 95 to Ukraine, read from "95"
    And it proposes military 95 to Russia, read from "95"

  Scenario: A party's own people are those of the party that speaks just before them
    Given the statement "Moscow says it got 195 of its own soldiers back, while Kyiv says it got 207 of its own people back."
    When the team reads the statement
    Then it proposes total 207 to Ukraine, read from "207"

  Scenario Outline: People counted by the place they held or were defending are a group singled out
    Given the statement "<statement>"
    When the team reads the statement
    Then the <group> is proposed as <form> to Ukraine, read from "<words>"

    Examples:
      | statement                                                                                      | group                 | form                                 | words |
      | Ukraine brought 130 people home, among them 87 defenders of Mariupol, 71 of whom held the Azovstal plant. | defenders of Azovstal | 71 within the defenders of Mariupol | 71    |
      | Ukraine brought 90 people home. 35 of them had been defending Bakhmut.                         | defenders of Bakhmut  | 35                                   | 35    |
      | Ukraine brought 60 people home; 20 took part in the defence of Mariupol.                       | defenders of Mariupol | 20                                   | 20    |

  Scenario: A figure that is only expected is proposed as planned, never as delivered
    Given the statement "90 Ukrainians came home today; 300 servicemen are expected to follow tomorrow."
    When the team reads the statement
    Then it proposes total 90 to Ukraine, read from "90"
    And the military is proposed as 300 planned to Ukraine, read from "300"

  Scenario Outline: A figure of a swap that only could or may happen is planned, never delivered
    Given the statement "<statement>"
    When the team reads the statement
    Then the total is proposed as <value> planned each side, read from "<value>"

    Examples:
      | statement                                                                                  | value |
      | A swap of 500 prisoners from each side could take place next week, an official said.      | 500   |
      | Officials said 200 people on each side may be exchanged in the coming days.                 | 200   |
      | A further 150 on each side are due to come home soon, the ombudsman said.                   | 150   |

  Scenario: A group handed over besides the exchange is counted in addition, not among its total
    Given the statement "Додому повернулися 90 воїнів. Крім того, окремо передали 12 тяжкопоранених."
    When the team reads the statement
    Then the wounded is proposed as 12 in addition to Ukraine, read from "12"

  Scenario: A group freed on top of the exchange is counted in addition, in English too
    Given the statement "Ukraine got back 175 soldiers. Moscow said it had freed 22 more severely wounded Ukrainian captives as a goodwill gesture."
    When the team reads the statement
    Then it proposes military 175 to Ukraine, read from "175"
    And the severely wounded is proposed as 22 in addition to Ukraine, read from "22"

  Scenario Outline: A group drawn from another group is proposed within that group, not within the whole
    Given the statement "<statement>"
    When the team reads the statement
    Then the <group> is proposed as <value> within the <parent> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                                                 | group          | value | parent                |
      | Ukraine brought home 144 service members. 95 of them defended Azovstal, 43 of those are fighters of the Azov Regiment. | Azov regiment  | 43    | defenders of Azovstal |
      | Ukraine got back 115 soldiers, among them 82 defenders of Mariupol, 50 of whom defended Azovstal.        | defenders of Azovstal | 50 | defenders of Mariupol |
      | Додому повернулися 144 військових, з них 95 захисників «Азовсталі», серед них 43 бійці полку «Азов».      | Azov           | 43    | defenders of Azovstal |
      | Серед звільнених 35 – захисниці ЗСУ, 8 – Нацгвардії, з них 2 з «Азову», 4 – Держприкордонслужби.           | Azov           | 2     | national guard        |

  Scenario Outline: A group drawn from the servicemen themselves, or from a whole list, is a group of the whole
    Given the statement "<statement>"
    When the team reads the statement
    Then the defenders of Azovstal is proposed as <value> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                                          | value |
      | Ukraine brought home 144 service members. 95 of them defended Azovstal.                           | 95    |
      | Six officers and 101 privates and sergeants came back to Ukraine, 74 of whom had defended Azovstal. | 74    |

  Scenario Outline: A sentence set before the statement's own time recalls an earlier exchange
    Given the statement "<statement>"
    When the team reads the statement published on 2024-07-17
    Then "<words>" is not taken because it is about an earlier exchange
    And it proposes total 95 each side, read from "95"

    Examples:
      | statement                                                                                            | words |
      | Each side freed 95 people. In January, Ukraine handed back 248 Russians and Russia freed 230 Ukrainians. | 230   |
      | Each side freed 95 people. At the end of June, Ukraine also handed five seriously wounded soldiers to Russia. | five |
      | Each side freed 95 people. In December 2023 the sides swapped 64 prisoners.                          | 64    |
      | Each side freed 95 people. Last Monday the sides said 106 Russian prisoners had been released.       | 106   |

  Scenario: A month of the statement's own time is not an earlier exchange
    Given the statement "In July, after weeks of talks, each side freed 95 people."
    When the team reads the statement published on 2024-07-17
    Then it proposes total 95 each side, read from "95"

  Scenario Outline: People named by the region they live in are a group of their own, however long they were held
    Given the statement "<statement>"
    When the team reads the statement
    Then the Kursk residents is proposed as <form> to Russia, read from "восемь"

    Examples:
      | statement                                                                                          | form          |
      | В Россию вернули восемь жителей Курской области, которых с февраля 2025 года удерживали на Украине. | 8             |
      | Помимо этого, домой вернулись восемь граждан России – жителей Курской области.                      | 8 in addition |

  Scenario: People still held are not people returned, in Russian too
    Given the statement "На Украине по-прежнему удерживают 13 жителей Курской области. В Россию вернулись 20 гражданских."
    When the team reads the statement
    Then "13" is not taken because it is a count of people held captive
    And it proposes civilians 20 to Russia, read from "20"

  Scenario Outline: Servicemen and civilians counted together are everyone, and "all of them are men" counts men
    Given the statement "<statement>"
    When the team reads the statement
    Then the <figure> is proposed as <form> to Ukraine, read from "<words>"

    Examples:
      | statement                                                                  | figure          | form          | words |
      | Ukraine got back more than 200 soldiers and civilians.                     | total           | at least 201  | 200   |
      | З полону повернули понад 200 наших воїнів і цивільних.                     | total           | at least 201  | 200   |
      | Ukraine got 307 servicemen back. All 307 freed defenders are men.          | men             | 307           | 307   |
      | Додому повернулися 230 воїнів. Ще 48 з них вважалися безвісти зниклими.    | listed as missing | 48          | 48    |

  Scenario: An English headline's figure is set aside when the body gives the statement's own
    Given the statement:
      """
      Ukraine brings home over 200 prisoners of war and civilians

      Ukraine has brought back 185 soldiers and 20 civilians held in Russian captivity.
      """
    When the team reads the statement
    Then "200" is not taken because it is a headline's figure
    And it proposes military 185 to Ukraine, read from "185"

  Scenario: A figure of the previous exchange is set aside, in Russian too
    Given the statement "Украине отдали 108 военнослужащих. Предыдущий крупный обмен состоялся в конце сентября: тогда в Россию доставили 56 военнослужащих."
    When the team reads the statement
    Then "56" is not taken because it is about an earlier exchange
    And it proposes military 108 to Ukraine, read from "108"

  Scenario Outline: Sailors of merchant ships are a group of their own, not the navy
    Given the statement "<statement>"
    When the team reads the statement
    Then the merchant sailors is proposed as 72 to Russia, read from "72"

    Examples:
      | statement                                                                   |
      | Среди россиян, вернувшихся из украинского плена, 72 моряка гражданских судов. |
      | Серед росіян, які повернулися з українського полону, 72 моряки торговельних суден. |

  Scenario: A formula named with a stage is the whole exchange's terms, not the stage's count
    Given the statement "Другий етап обміну: 24 травня в Україну повернулися ще 307 військовослужбовців. Це другий етап обміну за формулою «1000 на 1000»."
    When the team reads the statement
    Then it proposes military 307 to Ukraine, read from "307"
    And nothing is proposed for each side

  Scenario: The total in all of those exchanged and a group handed over besides is not a second total
    Given the statement "Вдалося повернути додому 197 наших громадян. За обміном додому їдуть 175 наших громадян. Крім того, росіяни окремо передали 22 тяжкопоранених."
    When the team reads the statement
    Then it proposes total 175 to Ukraine, read from "175"
    And the wounded is proposed as 22 in addition to Ukraine, read from "22"
    And "197" is not taken because it is the total in all

  Scenario: A figure whose sentence names no receiver goes where its sentence's figures go, and Ukraine's own branches are Ukraine's
    Given the statement:
      """
      Russia's Defence Ministry said 246 Russian soldiers had come back. Zelenskyy said 277 Ukrainian defenders were freed.
      Russian media said 31 wounded Ukrainians were traded for 15 injured Russian servicemen.
      The minister said many of the returned belong to his ministry: 73 National Guard members and 4 border guards.
      """
    When the team reads the statement
    Then it proposes national guard 73 to Ukraine, read from "73"
    And it proposes border guard 4 to Ukraine, read from "4"

  Scenario: People going home to their countries are both directions together
    Given the statement "More than 500 people went home to their countries in one of the largest exchanges between Russia and Ukraine."
    When the team reads the statement
    Then the total is proposed as at least 501 combined, read from "500"

  Scenario Outline: Those freed in the exchange itself and those freed outside it are groups of their own
    Given the statement "<statement>"
    When the team reads the statement
    Then the <group> is proposed as <value> to Ukraine, read from "<value>"

    Examples:
      | statement                                                                                                  | group            | value |
      | Додому повернулися 277 українських військових: 246 з них звільнили за обміном, а 31 – поза ним.             | exchanged        | 246   |
      | Додому повернулися 277 українських військових: 246 з них звільнили за обміном, а 31 – поза ним.             | outside exchange | 31    |
      | 277 Ukrainian defenders came home; 246 of them were freed in the exchange itself.                          | exchanged        | 246   |

  Scenario: A round of talks is not a stage of the exchange
    Given the statement "64 Ukrainians came home today. The swap follows the second round of talks in Istanbul."
    When the team reads the statement
    Then it proposes total 64 to Ukraine, read from "64"
    And no stage is proposed

  Scenario: A ministry named with its party's adjective speaks for that party's own people
    Given the statement "Earlier in the day the Russian Defence Ministry said 146 of its prisoners of war had come back."
    When the team reads the statement
    Then it proposes military 146 to Russia, read from "146"

  Scenario: Ukraine's Coordination Headquarters speaks for Ukraine
    Given the statement "Russia said 146 of its soldiers had come back. The Coordination Headquarters said eight civilians were among those freed."
    When the team reads the statement
    Then it proposes civilians 8 to Ukraine, read from "eight"

  Scenario: A day written without its year takes the year of the publication
    Given the statement "On 24 May, 307 Ukrainians came home."
    When the team reads the statement published on 2025-05-25
    Then the stage took place on 2025-05-24

  Scenario: A stage dated only to its month keeps the month, never a made-up day
    Given the statement "During the exchange held in May 2025, Ukraine handed over to Russia 30 civilians."
    When the team reads the statement
    Then the stage took place in the month 2025-05
    And it proposes civilians 30 to Russia, read from "30"

  Scenario: A month that starts a span of time is not the stage's
    Given the statement "The exchange, the 58th since February 2022, saw 150 Ukrainians freed."
    When the team reads the statement
    Then it proposes total 150 to Ukraine, read from "150"
    And "February 2022" is not taken because it is a month, not the stage's

  Scenario: A month named beside the stage's day is not the stage's
    Given the statement "On 24 May 2025, 307 Ukrainians came home, the second stage agreed in May 2025."
    When the team reads the statement
    Then the stage took place on 2025-05-24
    And "May 2025" is not taken because it is a month, not the stage's

  Scenario: The lead's day is the stage's, and a day announced ahead of the publication never is
    Given the statement "The sides will swap 500 prisoners each on 9 June. In the swap on 4 June, 41 Ukrainians came home."
    When the team reads the statement published on 2025-06-04
    Then the stage took place on 2025-06-04
    And "9 June" is not taken because it is a day after the publication

  Scenario Outline: A month abbreviated as the wires write it is still a day
    Given the statement "<statement>"
    When the team reads the statement published on <published>
    Then the stage took place on <day>

    Examples:
      | statement                                                              | published  | day        |
      | Yermak said on Oct. 26 that ten prisoners of war came home.            | 2022-10-26 | 2022-10-26 |
      | Ukraine got back 50 soldiers on Jan. 8, the president's office said.   | 2023-01-08 | 2023-01-08 |
      | On 21 Sept 2022, 215 Ukrainians were freed.                            | 2022-09-22 | 2022-09-21 |

  Scenario: The day of an earlier exchange is not the stage's day
    Given the statement "Ukraine got 95 soldiers back on Oct. 18. It follows a swap on Sept. 14, in which 49 came home."
    When the team reads the statement published on 2024-10-18
    Then the stage took place on 2024-10-18
    And "Sept. 14" is not taken because it is the day of an earlier exchange

  Scenario: The day an agreement was reached is not the stage's day, and a sum of the exchange so far is a recap
    Given the statement:
      """
      Фомин заявил, что договорённости, достигнутые в Стамбуле 16 мая, выполнены. 25 мая вернулись ещё 303 российских военных.
      Тем самым Россия вернула 880 своих военнослужащих и 120 мирных жителей.
      """
    When the team reads the statement published on 2025-05-25
    Then it proposes military 303 to Russia, read from "303"
    And the stage took place on 2025-05-25
    And "880" is not taken because it is a recap: the text sums up the exchange so far
    And "120" is not taken because it is a recap: the text sums up the exchange so far

  Scenario: The count that sums up the parts named before it is the one taken
    Given the statement "An officer and nine soldiers were among those released; in all, Ukraine got 10 prisoners of war back."
    When the team reads the statement
    Then it proposes military 10 to Ukraine, read from "10"

  Scenario: A figure of the previous swap is set aside, whatever words describe that swap
    Given the statement "Ukraine got 10 prisoners of war back. In the previous large swap, 108 Ukrainian women were freed."
    When the team reads the statement
    Then it proposes military 10 to Ukraine, read from "10"
    And "108" is not taken because it is about an earlier exchange

  Scenario: A dossier written from an approximate reading is a version-2 dossier that keeps the count as said
    Given the statement file "statement.txt":
      """
      Some 213 Ukrainians came home on Friday, among them 120 civilians.
      """
    When the team extracts "statement.txt" as the official "Ministry" into "claim.yaml"
    Then the file "claim.yaml" says "      total: {about: 213}"
    And "claim.yaml" is a recon-dossier/2 dossier once a person writes the terms and the stage
