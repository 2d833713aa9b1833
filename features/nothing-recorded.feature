Feature: An exchange with no figures yet says so, rather than that it reconciles
  An agreement is often reported days before anybody is exchanged: in Istanbul on 2 June 2025 the parties
  agreed to exchange all severely wounded and young prisoners, and the first figures came a week later. Until a
  claim states a figure there is nothing to check, and a verdict of "reconciles" would read as though the
  figures had been checked and found sound. The verdict says "nothing recorded yet" instead. Figures in any unit
  count: an exchange of prisoners whose only figures so far are bodies handed over has figures the rules checked.

  Scenario: The Istanbul agreement of June 2025 before any stage was reported
    Given Reuters (established media) reported that Ukraine and Russia agreed the "Istanbul, June 2025" exchange: all for all
    When the exchange is reconciled
    Then the verdict is "nothing recorded yet"

  Scenario: The first figure turns the verdict into one about the figures
    Given Reuters (established media) reported that Ukraine and Russia agreed the "Istanbul, June 2025" exchange: all for all
    And Ukraine's Coordination Headquarters (official) announced for stage 1 to Ukraine: 390 in total
    When the exchange is reconciled
    Then the verdict is "reconciles"

  Scenario: An exchange whose only figures count bodies has figures to check
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: remains-only
        title: Remains handed over under a prisoners' agreement
        parties: [Ukraine, Russia]
        terms: all for all
        source: kyiv
      sources:
        kyiv: {name: Kyiv Desk, tier: official, published: 2025-03-01}
        moscow: {name: Moscow Desk, tier: official, published: 2025-03-01}
      claims:
        - {stage: 1, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 900}}
        - {stage: 1, direction: to Ukraine, source: moscow, unit: bodies, figures: {total: 900}}
      """
    When the exchange is reconciled
    Then the verdict is "reconciles"
