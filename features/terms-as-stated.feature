Feature: Composite terms and terms never announced
  Not every exchange is "N for N". Some are composite: "175 for 175, and 23 severely wounded handed over one way";
  "200 for one man, and 5 for 55". Some had no terms announced at all: the mediator said only that the exchange
  took place. The desk writes what was said: composite terms with their parts, or "not announced", which is not
  "all for all" (a promise of everyone, by category) and sets no target. The report shows each statement of the
  terms with its source.

  Scenario: March 2025: 175 for 175 plus the severely wounded, as the Kremlin and Zelensky put it
    # The Kremlin, 18 March (https://www.pravda.com.ua/eng/news/2025/03/18/7503481/); Zelensky via AP, 19 March
    # (https://montreal.citynews.ca/2025/03/19/russia-and-ukraine-swap-hundreds-of-prisoners-in-one-of-the-wars-largest-exchanges).
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
        kremlin: {name: Ukrainska Pravda, tier: established_media, relays: Kremlin press service, published: 2025-03-18}
        zelensky: {name: CityNews, tier: established_media, relays: President Zelensky, published: 2025-03-19}
      terms:
        - source: kremlin
          form: composite
          each_side: 175
          parts: ["175 each side", "23 severely wounded to Ukraine, nothing in return"]
        - source: zelensky
          form: composite
          each_side: 175
          parts: ["175 each side", "severely wounded to Ukraine under a separate negotiation"]
      """
    When the exchange is reconciled
    Then the report states the terms as "composite: 175 each side; 23 severely wounded to Ukraine, nothing in return (people), stated by Ukrainska Pravda (citing Kremlin press service)"
    And the "terms-agreement" rule finds:
      | finding                             | severity | expected               | found                         | difference |
      | terms-agreement/all/-/people terms  | warning  | statements that agree  | 3 statements, 1 pair at odds  | +1         |

  Scenario: January 2024: 230 and 248, no terms announced by anyone
    # The UAE's foreign ministry announced only that the exchange succeeded (https://en.interfax.com.ua/news/general/958342.html).
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: jan-2024-230-and-248
        title: 230 and 248 on 3 January 2024
        parties: [Ukraine, Russia]
        terms: not announced
        source: hq
      sources:
        hq: {name: Interfax-Ukraine, tier: established_media, relays: Coordination Headquarters, published: 2024-01-03}
        ministry: {name: Russia's Defence Ministry, tier: official, published: 2024-01-03}
      claims:
        - {stage: 1, direction: to Ukraine, source: hq, figures: {total: 230}}
        - {stage: 1, direction: to Russia, source: ministry, figures: {total: 248}}
      """
    When the exchange is reconciled
    Then the report's terms read "not announced (people)"
    And the report lists no findings
    And the progress table shows Ukraine received 230 of the target, with — to go
