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
