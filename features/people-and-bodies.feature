Feature: Prisoners and the bodies of the dead under one agreement are counted apart
  Some agreements cover the living and the dead at once: Istanbul in June 2025 agreed prisoners by category and
  6,000 bodies for 6,000. A claim says what it counts: people, or bodies. Figures in a unit other than the
  exchange's own have stage tables and a progress table of their own in the report, in every format, and are never
  added to the exchange's figures: 1,212 bodies returned are not 1,212
  prisoners, and they do not make a stage of prisoners lopsided. Each unit has its own progress, against the targets
  every statement of that unit's terms gives alike. Reciprocity is checked within one unit only.

  Scenario: Istanbul, June 2025: the first bodies handed over beside the first prisoners
    # Medinsky via TASS on 11 June 2025 (https://tass.com/politics/1971825): 1,212 bodies to Ukraine, 27 to Russia.
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
        tass: {name: TASS, tier: established_media, relays: Presidential aide Medinsky, published: 2025-06-11}
        hq: {name: Coordination Headquarters, tier: official, published: 2025-06-12}
      terms:
        - {source: medinsky, form: per_direction, unit: bodies, per_direction: {to Ukraine: 6000}}
      claims:
        - {stage: 1, direction: to Ukraine, source: tass, unit: bodies, figures: {total: 1212}}
        - {stage: 1, direction: to Russia, source: tass, unit: bodies, figures: {total: 27}}
        - {stage: 1, direction: to Ukraine, source: hq, figures: {total: 307}}
        - {stage: 1, direction: to Russia, source: hq, figures: {total: 307}}
      """
    When the exchange is reconciled
    Then the progress table shows Ukraine received 307 of the target, with 693 to go
    And the report's bodies stage 1 shows the total to Ukraine as "1,212"
    And every "reciprocity" check passes
    And the "terms-agreement" rule does not apply
    And the report shows progress "bodies to Ukraine: 1,212 received of 6,000, 4,788 to go"
    And the report shows progress "bodies to Russia: 27 received of no target"

  Scenario: A repatriation counted in bodies counts the bodies
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: bodies-example
        title: bodies example
        parties: [Ukraine, Russia]
        terms: {to Ukraine: 6000}
        unit: bodies
        source: tass
      sources:
        tass: {name: TASS, tier: established_media}
      claims:
        - {stage: 1, direction: to Ukraine, source: tass, figures: {total: 1212}}
        - {stage: 1, direction: to Ukraine, source: tass, unit: people, figures: {total: 5}}
      """
    When the exchange is reconciled
    Then the progress table shows Ukraine received 1,212 of the target, with 4,788 to go
    And the report's people stage 1 shows the total to Ukraine as "5"

  Scenario: The bodies have stage tables and progress of their own, in every format of the report
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: remains-beside-prisoners
        title: Prisoners and remains, stage by stage
        parties: [Ukraine, Russia]
        terms: {each side: 300}
        source: kyiv
      sources:
        kyiv: {name: Kyiv Desk, tier: official, origin: Ukraine / Coordination Headquarters, published: 2025-03-01}
        moscow: {name: Moscow Desk, tier: official, origin: Russia / Defence Ministry, published: 2025-03-01}
      terms:
        - {source: kyiv, form: per_direction, unit: bodies, per_direction: {to Ukraine: 2000}}
      claims:
        - {stage: 1, direction: each side, source: kyiv, figures: {total: 150}}
        - {stage: 1, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 1000}}
        - {stage: 1, direction: to Ukraine, source: moscow, unit: bodies, figures: {total: 1003}}
        - {stage: 2, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 900}}
        - {stage: 2, direction: to Russia, source: moscow, unit: bodies, figures: {total: 40}}
      """
    When the exchange is reconciled
    Then the report's bodies stage 2 shows the total to Ukraine as "900"
    And the report's bodies stage 1 shows the total to Ukraine as "— (1,000 to 1,003)"
    And the report's bodies progress table shows Ukraine received "1,900–1,903" of "2,000", with "97–100" to go
    And the report's bodies progress table shows Russia received "40" of "no numeric target", with "—" to go
    And the progress table shows Ukraine received 150 of the target, with 150 to go
    And the report shows progress "bodies to Ukraine: 1,900–1,903 received of 2,000, 97–100 to go"
    And the report shows progress "bodies to Russia: 40 received of no target (stage 1 unknown)"
    And the text and Markdown reports show "Stage 2, in bodies" and "Progress in bodies against the terms stated for them"
    And the JSON report lists the bodies stages 1 and 2 and their progress to Ukraine and Russia
