Feature: A stage that took place without anyone giving its headcount
  Some stages are announced only as having happened: "the exchange began today and will go on in several stages",
  "another group of severely wounded came home", numbers withheld until the whole process ends. The desk records
  such a stage with its date and a note and no figures. The stage exists: it is in the report and in the sequence of
  stages, so the next one numbered after it is no gap. Its headcount is unknown, never zero: what rests on it
  cannot be checked yet, and progress is not shown as complete or as nothing received. That nobody gave it is a
  finding of its own, to chase (stage-headcount.feature).

  Scenario: Istanbul, June 2025: four stages of prisoners with no numbers from either side
    # Zelensky on 9 June (https://unn.ua/en/news/ukrainians-are-returning-from-russian-captivity-zelenskyy-announced-the-start-of-an-exchange-in-several-stages-in-the-coming-days);
    # the Coordination Headquarters on 12 June (https://www.pravda.com.ua/eng/news/2025/06/12/7516871/);
    # Babel on 14 June (https://babel.ua/en/news/118829-another-prisoner-exchange-took-place-the-fourth-in-a-week).
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
        zelensky: {name: UNN, tier: established_media, relays: President Zelensky, published: 2025-06-09}
        hq: {name: Ukrainska Pravda, tier: established_media, relays: Coordination Headquarters, published: 2025-06-12}
        babel: {name: Babel, tier: established_media, relays: Coordination Headquarters, published: 2025-06-14}
      claims:
        - {stage: 1, direction: to Ukraine, source: zelensky, took_place_on: 2025-06-09, note: the young and the wounded; no number}
        - {stage: 2, direction: to Ukraine, source: hq, took_place_on: 2025-06-10, note: severely injured and seriously ill; no number}
        - {stage: 3, direction: to Ukraine, source: hq, took_place_on: 2025-06-12, note: another stage of wounded and ill; no number}
        - {stage: 4, direction: to Ukraine, source: babel, took_place_on: 2025-06-14, note: numbers withheld until the process ends}
      """
    When the exchange is reconciled
    Then the report shows stage 1 to Ukraine with no headcount
    And the report shows stage 4 to Ukraine with no headcount
    And these checks pass:
      | check                           | message                                  |
      | stage-sequence/all/-/numbering  | stages 1, 2, 3, 4: numbered without gaps |
    And the report notes without a headcount "stage 2, to Ukraine: Ukrainska Pravda (citing Coordination Headquarters): severely injured and seriously ill; no number"

  Scenario: A stage without a headcount between two counted ones leaves the running total uncheckable, not wrong
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: headcount-example
        title: headcount example
        parties: [Ukraine, Russia]
        terms: {each side: 1000}
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
      claims:
        - {stage: 1, direction: to Ukraine, source: tass, figures: {total: 390}}
        - {stage: 2, direction: to Ukraine, source: tass, took_place_on: 2025-05-24, note: a second group came home}
        - {stage: 3, direction: to Ukraine, source: tass, figures: {total: 303, cumulative: 1000}}
      """
    When the exchange is reconciled
    Then the "cumulative-sum" rule raises no finding
    And the report notes that "cumulative-sum/3/to Ukraine/cumulative" cannot be checked yet: "1,000 cannot be checked yet: stage 2 total unknown"
