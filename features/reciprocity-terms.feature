Feature: Reciprocity is checked only under numeric symmetric terms in one unit
  "N for N" promises each side the same number, so a lopsided stage is worth a second look. Without such a
  promise there is nothing to be reciprocal to: terms that were never announced, all for all, composite terms
  that are one-sided by design, or figures in another unit than the exchange's. 230 against 248 is then what
  each side said it received, not a shortfall.

  Scenario: Istanbul, June 2025: 1,212 bodies against 27, with no numbers announced for the bodies
    # Medinsky via TASS on 11 June 2025 (https://tass.com/politics/1971825).
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: jun-2025-bodies
        title: Istanbul repatriation of the dead
        parties: [Ukraine, Russia]
        terms: not announced
        unit: bodies
        source: tass
      sources:
        tass: {name: TASS, tier: established_media, relays: Presidential aide Medinsky, published: 2025-06-11}
      claims:
        - {stage: 1, direction: to Ukraine, source: tass, figures: {total: 1212}}
        - {stage: 1, direction: to Russia, source: tass, figures: {total: 27}}
      """
    When the exchange is reconciled
    Then the "reciprocity" rule does not apply
    And the report lists no findings

  Scenario Outline: Terms under which a lopsided stage is or is not a finding
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: reciprocity-example
        title: reciprocity example
        parties: [Ukraine, Russia]
        terms: <terms>
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
      claims:
        - {stage: 1, direction: to Ukraine, source: tass, figures: {total: 230}}
        - {stage: 1, direction: to Russia, source: tass, figures: {total: 248}}
      """
    When the exchange is reconciled
    Then the exchange has <count> "reciprocity" findings

    Examples:
      | terms                                | count |
      | {each side: 248}                     | 1     |
      | {each side: {at_least: 200}}         | 1     |
      | not announced                        | 0     |
      | all for all                          | 0     |
      | {to Ukraine: 215, to Russia: 56}     | 0     |
