Feature: Terms said as a range are met by any number within it
  Rule ids: target-progress, completion
  A target said approximately ("about 1,200 each") or as a range ("1,100 to 1,300") is met by any number within
  its range: progress counts towards it, only going over its highest is over, and a completion is short only
  below its lowest.

  Negotiators rarely promise an exact number: "about 1,200 from each side" is what the desk hears. Such terms are
  written as a dossier writes any count said with its uncertainty, `{about: 1200}` (5% either side by default, or
  the range the statement gives) or `{low: 1100, high: 1300}`, and the rules read them as the range they allow,
  whatever the stages hold: a check that fails for every value the stages may have is a finding at the rule's
  severity, one that holds only for some of them a warning naming them. The figures are illustrations.

  Scenario: About 1,200 each, 1,180 delivered and declared complete: within the target
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: about-1200
        title: About 1,200 for 1,200
        parties: [Ukraine, Russia]
        terms: {each side: {about: 1200}}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - {stage: 1, direction: each side, source: agency, figures: {total: 1180}}
      completion: [agency]
      """
    When the exchange is reconciled
    Then the report's terms read "to Ukraine about 1,200 (1,140–1,260); to Russia about 1,200 (1,140–1,260) (people)"
    And these checks pass:
      | check                                | message                                                                                |
      | target-progress/all/to Ukraine/total | 1,180 of about 1,200 (1,140–1,260): 0–80 to go                                         |
      | completion/all/to Ukraine/total      | declared complete by Agency; stages sum to 1,180 against about 1,200 (1,140–1,260): within the target |

  Scenario: What remains of a target said as a range runs from what its lowest value needs to what its highest needs
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: between-so-far
        title: Between 1,100 and 1,300, so far
        parties: [Ukraine, Russia]
        terms: {each side: {low: 1100, high: 1300}}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - {stage: 1, direction: to Ukraine, source: agency, figures: {total: 980}}
        - {stage: 1, direction: to Russia, source: agency, figures: {total: {low: 1150, high: 1200}}}
      """
    When the exchange is reconciled
    Then the progress table shows Ukraine received 980 of the target, with 120–320 to go
    And the progress table shows Russia received 1,150–1,200 of the target, with 0–150 to go
    And the report's progress to Ukraine has 120 to go to the target's lowest value and 320 to its highest

  Scenario: 1,000 delivered against 1,100 to 1,300 and declared complete: short of the lowest
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: between
        title: Between 1,100 and 1,300
        parties: [Ukraine, Russia]
        terms: {each side: {low: 1100, high: 1300}}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - {stage: 1, direction: each side, source: agency, figures: {total: 1000}}
      completion: [agency]
      """
    When the exchange is reconciled
    Then the "completion" rule finds:
      | finding                           | severity | expected    | found | difference |
      | completion/all/to Ukraine/total   | error    | 1,100–1,300 | 1,000 | -100       |
      | completion/all/to Russia/total    | error    | 1,100–1,300 | 1,000 | -100       |
    And the finding "completion/all/to Ukraine/total" reads "declared complete by Agency; stages sum to 1,000 against 1,100–1,300: shortfall of 100 below its lowest"

  Scenario: Stages over the highest value of "about 100"
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: about-100
        title: About 100 each
        parties: [Ukraine, Russia]
        terms: {to Ukraine: {about: 100}, to Russia: 100}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - {stage: 1, direction: to Ukraine, source: agency, figures: {total: 60}}
        - {stage: 2, direction: to Ukraine, source: agency, figures: {total: 50}}
      """
    When the exchange is reconciled
    Then the "target-progress" rule finds:
      | finding                              | severity | expected | found | difference |
      | target-progress/all/to Ukraine/total | error    | <= 105   | 110   | +5         |
    And the finding "target-progress/all/to Ukraine/total" reads "110 received against a target of about 100 (95–105): 5 over its highest"

  Scenario: A stage said as a range that may go over the highest value of the terms
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: about-100-ranged
        title: About 100 each
        parties: [Ukraine, Russia]
        terms: {each side: {about: 100}}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - {stage: 1, direction: to Ukraine, source: agency, figures: {total: {low: 100, high: 110}}}
      """
    When the exchange is reconciled
    Then the "target-progress" rule finds:
      | finding                              | severity | expected | found   | difference |
      | target-progress/all/to Ukraine/total | warning  | <= 105   | 100–110 |            |
    And the finding "target-progress/all/to Ukraine/total" reads "100–110 received against a target of about 100 (95–105): within it only if stage 1's total is 100–105"

  Scenario Outline: At most 250 each: anything up to 250 keeps within it, more is over (<delivered> delivered)
    # "At most" caps a side's number and sets no floor: it is the range from nothing up to its number.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: at-most-250
        title: At most 250 each
        parties: [Ukraine, Russia]
        terms: {each side: {at_most: 250}}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - {stage: 1, direction: each side, source: agency, figures: {total: <delivered>}}
      completion: [agency]
      """
    When the exchange is reconciled
    Then the report's terms read "to Ukraine at most 250; to Russia at most 250 (people)"
    And the exchange has <count> "target-progress" findings
    And the exchange has <count> "completion" findings

    Examples:
      | delivered | count |
      | 0         | 0     |
      | 250       | 0     |
      | 251       | 2     |

  Scenario: At most 250 each, 300 delivered: over its highest
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: at-most-250
        title: At most 250 each
        parties: [Ukraine, Russia]
        terms: {each side: {at_most: 250}}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - {stage: 1, direction: each side, source: agency, figures: {total: 300}}
      """
    When the exchange is reconciled
    Then the finding "target-progress/all/to Ukraine/total" reads "300 received against a target of at most 250: 50 over its highest"
