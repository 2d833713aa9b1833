Feature: What was promised before a stage is compared with what it delivered
  Rule id: promised-delivered
  Figures announced in advance, for a stage or the whole exchange, are delivered as promised, neither short nor over.

  Parties and mediators often announce a stage's figures before it happens ("175 for 175, and 23 severely wounded
  besides"). Those planned figures are a promise, not a delivery: they never count towards progress, and once the
  stage has taken place the desk compares them with what the sources say was delivered. A shortfall or an excess is
  worth a line in the story, so it is a warning.

  A promise said loosely ("about 30 civilians", "at least 1,200 each") is kept as the range it allows, and any
  delivery within it is as promised; plans that differ (500 from one side, a list of 640 from the other) are each a
  reading of the promise. A delivery known only as a range, or disputed, is compared for each of its values: a
  promise it meets for some only is a warning naming that. A promise for the whole exchange is compared with the
  whole-exchange figure, or else with the stages delivered so far: the desk wants a promise falling behind in view
  before the last stage, not after. When the stage took place and nobody gave the number promised, the promise
  cannot be checked, and the desk is told so, as a warning to chase; a stage nobody has reported yet is only a note.

  Scenario: March 2025: 23 severely wounded promised, 22 delivered
    # The Kremlin's readout of 18 March (https://www.pravda.com.ua/eng/news/2025/03/18/7503481/); Russia's Defence
    # Ministry on 19 March (https://www.urdupoint.com/en/world/russia-ukraine-swap-372-pows-russian-defenc-1947680.html).
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: mar-2025-175-plus-wounded
        title: 175 for 175, plus the severely wounded
        parties: [Ukraine, Russia]
        terms: {each side: 175}
        source: kremlin
      sources:
        kremlin: {name: Kremlin press service, tier: official, published: 2025-03-18}
        ministry: {name: Russia's Defence Ministry, tier: official, published: 2025-03-19}
      claims:
        - {stage: 1, direction: to Russia, source: kremlin, planned: {total: 175}}
        # 175 for 175, and the 23 severely wounded on top: 198 to Ukraine.
        - {stage: 1, direction: to Ukraine, source: kremlin, planned: {total: 198, subsets: {severely_wounded: 23}}}
        - stage: 1
          direction: to Ukraine
          source: ministry
          figures: {total: 197, subsets: {severely_wounded: 22}}
        - {stage: 1, direction: to Russia, source: ministry, figures: {total: 175}}
      """
    When the exchange is reconciled
    Then the "promised-delivered" rule finds:
      | finding                                                    | severity | expected          | found         | difference |
      | promised-delivered/1/to Ukraine/subset:severely_wounded    | warning  | 23 as promised    | 22 delivered  | -1         |
      | promised-delivered/1/to Ukraine/total                      | warning  | 198 as promised   | 197 delivered | -1         |
    And the finding "promised-delivered/1/to Ukraine/subset:severely_wounded" reads "22 of the 23 severely wounded promised: short by 1"
    And the finding "promised-delivered/1/to Ukraine/subset:severely_wounded" rests on:
      | source                    | version | figure                   | value |
      | Kremlin press service     | 3       | subset:severely_wounded  | 23    |
      | Russia's Defence Ministry | 4       | subset:severely_wounded  | 22    |
    And the finding "promised-delivered/1/to Ukraine/total" reads "197 of the 198 total promised: short by 1"
    And these checks pass:
      | check                                  | message                                |
      | promised-delivered/1/to Russia/total   | 175 total delivered, as promised       |

  Scenario: Planned figures never count as delivered
    # Zelensky on 4 June 2025 (https://news.online.ua/en/zelenskyy-announced-a-large-scale-prisoner-exchange-with-russia-894027/):
    # Russia could hand over 500 on the first weekend. Nothing had been delivered yet.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: jun-2025-istanbul
        title: Istanbul, the wounded, the young and the dead
        parties: [Ukraine, Russia]
        terms: {each side: {at_least: 1000}}
        source: medinsky
      sources:
        medinsky: {name: RT, tier: established_media, relays: Presidential aide Medinsky, published: 2025-06-02}
        zelensky: {name: Online.ua, tier: established_media, relays: President Zelensky, published: 2025-06-04}
      claims:
        - {stage: 1, direction: to Ukraine, source: zelensky, planned: {total: 500}}
      """
    When the exchange is reconciled
    Then the progress table shows Ukraine received 0 of the target, with 1,000 to go
    And the "promised-delivered" rule does not apply
    And the report notes that "promised-delivered/1/to Ukraine/total" cannot be checked yet: "500 total promised cannot be checked yet: stage 1, to Ukraine not reported yet"

  Scenario: Istanbul, June 2025: promised for a stage whose headcount nobody gave
    # Zelensky on 4 June (https://news.online.ua/en/zelenskyy-announced-a-large-scale-prisoner-exchange-with-russia-894027/):
    # Russia offered 500 for the first weekend; Russia's ministry on 7 June
    # (https://sputnikglobe.com/20250607/russia-ready-to-hand-over-bodies-of-ukrainian-military-personnel-1122205979.html):
    # a list of 640 names; Zelensky on 9 June (https://unn.ua/en/news/ukrainians-are-returning-from-russian-captivity-zelenskyy-announced-the-start-of-an-exchange-in-several-stages-in-the-coming-days):
    # the exchange began, no number.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: jun-2025-istanbul
        title: Istanbul, the wounded, the young and the dead
        parties: [Ukraine, Russia]
        terms: {each side: {at_least: 1000}}
        source: medinsky
      sources:
        medinsky: {name: RT, tier: official, published: 2025-06-02}
        zelensky: {name: Online.ua, tier: official, published: 2025-06-04}
        ministry: {name: Sputnik, tier: official, published: 2025-06-07}
        unn: {name: UNN, tier: official, published: 2025-06-09}
      claims:
        - {stage: 1, direction: to Ukraine, source: zelensky, planned: {total: 500}}
        - {stage: 1, direction: to Ukraine, source: ministry, planned: {total: 640}}
        - {stage: 1, direction: to Ukraine, source: unn, took_place_on: 2025-06-09, note: the exchange began; no number}
      """
    When the exchange is reconciled
    Then the "promised-delivered" rule finds:
      | finding                               | severity | expected              | found        |
      | promised-delivered/1/to Ukraine/total | warning  | 500 or 640 as promised | no headcount |
    And the finding "promised-delivered/1/to Ukraine/total" reads "500 or 640 total promised; stage 1, to Ukraine took place and no source gave how many: the promise cannot be checked"
    And the finding "promised-delivered/1/to Ukraine/total" rests on:
      | source    | version | figure | value |
      | Online.ua | 2       | total  | 500   |
      | Sputnik   | 3       | total  | 640   |

  Scenario: August 2025: about 30 civilians promised for the whole exchange, 8 delivered so far
    # Medinsky on 23 July (https://www.aa.com.tr/en/russia-ukraine-war/in-istanbul-talks-with-ukraine-russia-proposes-exchanging-1-200-more-soldiers-being-held-prisoner/3640218);
    # Russia's Defence Ministry on 24 August (https://sputnikglobe.com/20250824/146-russian-servicemen-returned-from-ukraine-controlled-territory-in-pow-exchange---mod-1122668794.html).
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: aug-2025-146
        title: 146 and civilians
        parties: [Ukraine, Russia]
        terms: {each side: {at_least: 1200}}
        source: medinsky
      sources:
        medinsky: {name: Anadolu Agency, tier: official, published: 2025-07-23}
        ministry: {name: Sputnik, tier: official, published: 2025-08-24}
      claims:
        - direction: to Russia
          source: medinsky
          planned: {subsets: {kursk_civilians: {count: {about: 30}, relation: in_addition}}}
        - stage: 1
          direction: to Russia
          source: ministry
          figures: {total: 154, subsets: {servicemen: 146, kursk_civilians: {count: 8, relation: in_addition}}}
      """
    When the exchange is reconciled
    Then the "promised-delivered" rule finds:
      | finding                                                  | severity | expected          | found       |
      | promised-delivered/all/to Russia/subset:kursk_civilians  | warning  | 28–32 as promised | 8 delivered |
    And the finding "promised-delivered/all/to Russia/subset:kursk_civilians" reads "8 kursk civilians delivered over the stages so far against 28–32 promised: short by 20 to 24"
    And the finding "promised-delivered/all/to Russia/subset:kursk_civilians" rests on:
      | source         | version | figure                  |
      | Anadolu Agency | 2       | subset:kursk_civilians  |
      | Sputnik        | 3       | subset:kursk_civilians  |

  Scenario Outline: A promise or a delivery known as a range, or disputed
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: promise-ranges
        title: promise ranges
        parties: [Ukraine, Russia]
        terms: {each side: 1000}
        source: tass
      sources:
        tass: {name: TASS, tier: official}
        hq: {name: Coordination Headquarters, tier: official}
        ombudsman: {name: Ombudsman, tier: official}
      claims:
        - {stage: 1, direction: to Ukraine, source: tass, planned: {total: <planned>}}
        - {stage: 1, direction: to Ukraine, source: hq, figures: {total: <delivered>}}
        - {stage: 1, direction: to Ukraine, source: ombudsman, figures: {total: <also>}}
      """
    When the exchange is reconciled
    Then the exchange has <count> "promised-delivered" findings

    Examples:
      | planned        | delivered      | also | count |
      | {about: 200}   | 195            | 195  | 0     |
      | {about: 200}   | 250            | 250  | 1     |
      | {at_least: 200} | 250           | 250  | 0     |
      | 200            | {about: 200}   | 200  | 0     |
      | 200            | 200            | 210  | 1     |
      | 200            | 205            | 210  | 1     |

  Scenario Outline: Delivered against promised
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: promise-example
        title: promise example
        parties: [Ukraine, Russia]
        terms: {each side: 192}
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
        hq: {name: Coordination Headquarters, tier: official}
      claims:
        - {stage: 1, direction: each side, source: tass, planned: {total: <planned>}}
        - {stage: 1, direction: to Ukraine, source: hq, figures: {total: <delivered>}}
      """
    When the exchange is reconciled
    Then the exchange has <count> "promised-delivered" findings

    Examples:
      | planned | delivered | count |
      | 192     | 192       | 0     |
      | 192     | 195       | 1     |
      | 192     | 190       | 1     |

  Scenario: September 2022: 200 announced for both sides together, the two directions delivered more
    # Erdogan to PBS, through Rudaw (https://rudaw.net/english/middleeast/turkey/20092022-amp): 200 to be swapped;
    # Yermak (https://ukranews.com/en/news/883451-ukraine-returns-215-defenders-from-russian-captivity-in-exchange-for-medvedchuk-and-55-russian):
    # 215 came home and 55 went to Russia.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: sep-2022-azovstal
        title: 215 for 55
        parties: [Ukraine, Russia]
        terms: not announced
        source: erdogan
      sources:
        erdogan: {name: Rudaw, tier: official, published: 2022-09-21}
        yermak: {name: Ukrainian News, tier: official, published: 2022-09-22}
        ministry: {name: Global News (Reuters), tier: official, published: 2022-09-22}
      claims:
        - {stage: 1, direction: combined, source: erdogan, planned: {total: 200}}
        - {stage: 1, direction: to Ukraine, source: yermak, figures: {total: 215}}
        - {stage: 1, direction: to Russia, source: ministry, figures: {total: 55}}
      """
    When the exchange is reconciled
    Then the "promised-delivered" rule finds:
      | finding                              | severity | expected        | found         | difference |
      | promised-delivered/1/combined/total  | warning  | 200 as promised | 270 delivered | 70         |
    And the finding "promised-delivered/1/combined/total" reads "270 total delivered against 200 promised: 70 more"
