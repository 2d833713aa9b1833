Feature: Importing dossiers is all or nothing, and importing again changes nothing
  A fact-checker records what sources announced by importing dossier files with `recon import`. Every file is
  checked before anything is written: one malformed entry, in any file, means nothing at all is recorded, and the
  message says which file, which line and which field to fix. A dossier can be imported again after it grows:
  claims already recorded are recognised and kept once.

  Background:
    Given a dossier "istanbul.yaml" about the exchange "istanbul-2025" with these claims:
      | stage | direction  | source                     | tier     | total |
      | 1     | to Ukraine | Ukraine's Defence Ministry | official | 390   |
      | 1     | to Russia  | Russia's Defence Ministry  | official | 390   |

  Scenario: A malformed entry in one dossier means nothing from any dossier is recorded
    Given a dossier "broken.yaml" about the exchange "abu-dhabi-2025" with these claims:
      | stage | direction  | source                     | tier     | total |
      | 1     | to Ukraine | Ukraine's Defence Ministry | official | 84    |
      | 1     | to Russia  | Russia's Defence Ministry  | official | -5    |
    When the fact-checker imports "istanbul.yaml" and "broken.yaml"
    Then the import is refused with exit status 2
    And the message names the file "broken.yaml", the line where "total: -5" is written and the field "claims[1].figures.total"
    And no exchange is recorded

  Scenario: Importing the same dossier again records nothing new
    Given the fact-checker has imported "istanbul.yaml"
    When the fact-checker imports "istanbul.yaml"
    Then the import succeeds and says "istanbul-2025: nothing new (2 claims already known, version 3)"
    And the exchange "istanbul-2025" holds 2 claims at version 3

  Scenario: A dossier that has grown adds only its new claims
    Given the fact-checker has imported "istanbul.yaml"
    And the dossier "istanbul.yaml" gains these claims:
      | stage | direction  | source           | tier              | total |
      | 1     | to Ukraine | Kyiv Independent | established media | 390   |
    When the fact-checker imports "istanbul.yaml"
    Then the import succeeds and says "istanbul-2025: 1 claim recorded, 2 already known (version 4)"
    And the exchange "istanbul-2025" holds 3 claims at version 4

  Scenario Outline: A version 1 dossier that uses what only version 2 holds is refused, naming it (<what>)
    Given a dossier "old.yaml" reading:
      """
      format: recon-dossier/1
      exchange:
        id: old
        title: An exchange written down as version 1
        parties: [Ukraine, Russia]
        terms: <terms>
        source: hq
      sources:
        hq: {name: Coordination Headquarters, tier: official<source>}
      claims:
        - {stage: 1, direction: to Ukraine, source: hq, figures: {total: <total>}<claim>}
      """
    When the fact-checker imports "old.yaml"
    Then the import is refused with exit status 2
    And the message names the file "old.yaml", the line where "<written>" is written and the field "<path>"
    And the message says "<what> needs format: recon-dossier/2; this file says format: recon-dossier/1"
    And no exchange is recorded

    Examples:
      | what                                      | terms                     | source                                        | total         | claim                                        | written        | path                            |
      | `origin`                                  | all for all               | , origin: Ukraine / Coordination Headquarters | 390           |                                              | origin:        | sources.hq.origin               |
      | a date without a day                      | all for all               | , published: "2025-05"                        | 390           |                                              | published:     | sources.hq.published            |
      | `terms: not announced`                    | not announced             |                                               | 390           |                                              | not announced  | exchange.terms                  |
      | `about` in a target (terms said as a range) | {each side: {about: 400}} |                                             | 390           |                                              | about: 400     | exchange.terms.each side.about  |
      | a count said with its uncertainty         | all for all               |                                               | {about: 390}  |                                              | about: 390     | claims[0].figures.total         |
      | `notes`                                   | all for all               |                                               | 390           | , notes: [{value: 68, meaning: ordinal}]     | notes:         | claims[0].notes                 |

  Scenario: The same file says version 2 and is imported
    Given a dossier "new.yaml" reading:
      """
      format: recon-dossier/2
      exchange:
        id: new
        title: An exchange written down as version 2
        parties: [Ukraine, Russia]
        terms: {each side: {about: 400}}
        source: hq
      sources:
        hq: {name: Coordination Headquarters, tier: official, origin: Ukraine / Coordination Headquarters}
      claims:
        - {stage: 1, direction: to Ukraine, source: hq, figures: {total: {about: 390}}, notes: [{value: 68, meaning: ordinal}]}
      """
    When the fact-checker imports "new.yaml"
    Then the import succeeds and says "new: new exchange, 1 claim recorded (version 2)"
