Feature: Who said it: each figure names its origins, counts them, and says how far they corroborate it
  Behaviour: corroboration of accepted figures
  Each accepted figure says who first stated it and through how many outlets: one origin, independent origins, both parties, or disputed.

  Most of what the desk reads is a ministry's or a headquarters' statement carried by news outlets. Four outlets
  repeating one ministry are one piece of evidence, not four sources agreeing: what counts is who first said it
  (the origin: a party, or a mediator, and the body that spoke for it) and whether anyone independent said the
  same. A source written with its origin, "Ukraine / Coordination Headquarters", is the outlet that carried that
  origin's word; "Media / <outlet>" is an outlet's own reporting. Each accepted figure is then stated as the desk
  would note it: the value, who stated it, and one of

  - a single origin (relayed by so many outlets);
  - independent origins (of one party, when all are that party's);
  - confirmed by both parties;
  - disputed (every origin is listed);
  - origin not stated: a source written without an origin (every dossier of version 1, with or without
    "citing") counts as its own origin, and nothing is guessed from the words of "citing".

  A party's statement about what the other party received stays that party's statement: the figure says the
  other party has not confirmed it, until one of that party's own origins gives the same value. Where sources
  agree, the source-agreement check counts origins, not outlets.

  Rule: Both parties' origins giving one value confirm it

    Background:
      Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

    Scenario: Stage 1 of "1,000 for 1,000": Kyiv's headquarters, ombudsman and president, and Moscow's ministry, all say 390
      # tests/real_cases/may-2025-1000-for-1000.yaml, e.g.
      # https://censor.net/en/news/3553965/major-pow-exchange-on-may-23-who-ukraine-brought-back-from-russian-captivity
      # https://gayaone.com/pt/world-events/breaking-news/ukraine-and-russia-complete-first-phase-of-large-scale-prisoner-exchange
      Given these announcements:
        | source           | tier              | origin                              | stage | direction  | total | service                    |
        | Censor.NET       | established media | Ukraine / Coordination Headquarters | 1     | to Ukraine | 390   | military 270, civilian 120 |
        | UNN              | established media | Ukraine / Ombudsman Lubinets        | 1     | to Ukraine | 390   |                            |
        | Euromaidan Press | established media | Ukraine / President Zelensky        | 1     | each side  | 390   |                            |
        | Babel            | established media | Ukraine / President Zelensky        | 1     | to Ukraine | 390   |                            |
        | Gaya One         | aggregator        | Russia / Defence Ministry           | 1     | each side  | 390   | military 270, civilian 120 |
      When the exchange is reconciled
      Then the report says who said the figures of stage 1 to Ukraine:
        | figure           | who said it                                                                                                                                                              |
        | total            | 390: stated by Ukraine's Coordination Headquarters, Ukraine's Ombudsman Lubinets, Ukraine's President Zelensky and Russia's Defence Ministry (confirmed by both parties; 5 outlets) |
        | service:military | 270: stated by Ukraine's Coordination Headquarters and Russia's Defence Ministry (confirmed by both parties; 2 outlets)                                                  |
      And the report says who said the figures of stage 1 to Russia:
        | figure | who said it                                                                                                 |
        | total  | 390: stated by Ukraine's President Zelensky and Russia's Defence Ministry (confirmed by both parties; 2 outlets) |
      And these checks pass:
        | check                               | message                            |
        | source-agreement/1/to Ukraine/total | 4 origins (5 outlets) agree on 390 |

  Rule: Outlets relaying one origin are one piece of evidence

    Background:
      Given TASS (established media) reported that Ukraine and Russia agreed the "230 and 248" exchange: all for all

    Scenario: 3 January 2024: the headquarters' 230 carried by Interfax-Ukraine and by the state's war portal is a single origin
      # tests/real_cases/jan-2024-230-and-248.yaml: https://en.interfax.com.ua/news/general/958342.html and
      # https://war.ukraine.ua/war-news/ukraine-brought-home-230-ukrainian-citizens/
      Given these announcements:
        | source                          | tier              | origin                              | stage          | direction  | total | service                  |
        | Interfax-Ukraine                | established media | Ukraine / Coordination Headquarters | whole exchange | to Ukraine | 230   | military 224, civilian 6 |
        | Ukraine's government war portal | official          | Ukraine / Coordination Headquarters | whole exchange | to Ukraine | 230   | military 224, civilian 6 |
      When the exchange is reconciled
      Then the report says who said the figures of the whole exchange to Ukraine:
        | figure           | who said it                                                                           |
        | total            | 230: stated by Ukraine's Coordination Headquarters (single origin relayed by 2 outlets) |
        | service:civilian | 6: stated by Ukraine's Coordination Headquarters (single origin relayed by 2 outlets)   |
      And the figures of the whole exchange to Ukraine are:
        | figure | accepted | status |
        | total  | 230      | agreed |

    Scenario: Two outlets carrying one origin and a third with an origin of its own are two origins
      Given these announcements:
        | source           | tier              | origin                              | stage | direction  | total |
        | Interfax-Ukraine | established media | Ukraine / Coordination Headquarters | 1     | to Ukraine | 230   |
        | UNN              | established media | Ukraine / Coordination Headquarters | 1     | to Ukraine | 230   |
        | Pledge Times     | established media | Ukraine / President Zelensky        | 1     | to Ukraine | 230   |
      When the exchange is reconciled
      Then the report says who said the figures of stage 1 to Ukraine:
        | figure | who said it                                                                                                                 |
        | total  | 230: stated by Ukraine's Coordination Headquarters and Ukraine's President Zelensky (independent origins of one party; 3 outlets) |
      And these checks pass:
        | check                               | message                            |
        | source-agreement/1/to Ukraine/total | 2 origins (3 outlets) agree on 230 |

  Rule: A party's word on the other party's side stays its own

    Background:
      Given TASS (established media) reported that Ukraine and Russia agreed the "146 for 146" exchange: exactly 146 to each side

    Scenario: 24 August 2025: Moscow's ministry and delegation head say 146 went to Ukraine; Kyiv gave no number for its soldiers
      # tests/real_cases/aug-2025-146-and-civilians.yaml:
      # https://www.hurriyetdailynews.com/russia-and-ukraine-each-send-back-146-pows-moscow-212853 and
      # https://www.nakanune.ru/news/2025/8/24/22834757/
      Given these announcements:
        | source                    | tier              | origin                                              | stage | direction  | total |
        | Hürriyet Daily News (AFP) | established media | Russia / Defence Ministry                           | 1     | to Ukraine | 146   |
        | Nakanune                  | established media | Russia / Presidential aide Medinsky, head of delegation | 1     | each side  | 146   |
      When the exchange is reconciled
      Then the report says who said the figures of stage 1 to Ukraine:
        | figure | who said it                                                                                                                                                                     |
        | total  | 146: stated by Russia's Defence Ministry and Russia's Presidential aide Medinsky, head of delegation (independent origins of one party; 2 outlets; Ukraine has not confirmed it) |
      And the report says who said the figures of stage 1 to Russia:
        | figure | who said it                                                                                   |
        | total  | 146: stated by Russia's Presidential aide Medinsky, head of delegation (single origin; 1 outlet) |

    Scenario: Once one of the other party's own origins gives the same value, both parties confirm it
      Given these announcements:
        | source    | tier              | origin                              | stage | direction  | total |
        | Nakanune  | established media | Russia / Defence Ministry           | 1     | each side  | 146   |
        | LIGA.net  | established media | Ukraine / Coordination Headquarters | 1     | to Ukraine | 146   |
      When the exchange is reconciled
      Then the report says who said the figures of stage 1 to Ukraine:
        | figure | who said it                                                                                                     |
        | total  | 146: stated by Russia's Defence Ministry and Ukraine's Coordination Headquarters (confirmed by both parties; 2 outlets) |
      And the report says who said the figures of stage 1 to Russia:
        | figure | who said it                                                                  |
        | total  | 146: stated by Russia's Defence Ministry (single origin; 1 outlet)             |

  Rule: A source that does not name its origin is its own origin, and says so

    Background:
      Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

    Scenario: The ministry and an outlet citing the headquarters, written without origins, count as two sources
      Given these announcements:
        | source                     | tier              | citing                        | stage | direction  | total |
        | Ukraine's Defence Ministry | official          |                               | 1     | to Ukraine | 390   |
        | Ukrainska Pravda           | established media | the Coordination Headquarters | 1     | to Ukraine | 390   |
      When the exchange is reconciled
      Then the report says who said the figures of stage 1 to Ukraine:
        | figure | who said it                                                                                                                    |
        | total  | 390: stated by Ukraine's Defence Ministry and Ukrainska Pravda (citing the Coordination Headquarters) (origin not stated; 2 outlets) |
      And these checks pass:
        | check                               | message                |
        | source-agreement/1/to Ukraine/total | 2 sources agree on 390 |
