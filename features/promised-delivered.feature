Feature: What was promised before a stage is compared with what it delivered
  Rule id: promised-delivered
  Figures announced before a stage took place are delivered as promised, neither short nor over.

  Parties and mediators often announce a stage's figures before it happens ("175 for 175, and 23 severely wounded
  besides"). Those planned figures are a promise, not a delivery: they never count towards progress, and once the
  stage has taken place the desk compares them with what the sources say was delivered. A shortfall or an excess is
  worth a line in the story, so it is a warning.

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
