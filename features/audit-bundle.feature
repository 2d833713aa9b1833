Feature: An audit bundle lets a partner check that an exchange's history is complete and unaltered
  Partner organisations that republish our figures want to check them for themselves, from the very record we
  reconcile. `recon export` writes an exchange's complete history to a bundle: the agreement and every
  announcement, correction, retraction and acknowledgement exactly as recorded, in order, each record sealed with
  the SHA-256 of the one before it, under a manifest that counts the records and gives the hash of the last one,
  the head. We publish the head beside the bundle. The partner runs `recon verify`, which names the first record
  altered, missing, inserted or reordered, and `recon import-bundle`, which loads only a bundle that verifies into
  a store of their own, where the report reads exactly as ours.

  The worked example is the shipped "1,000 for 1,000" dossier: the agreement and twelve announcements, 13 records.
  The record at position 2 is the Defence Ministry's first stage, 390 returned to Ukraine. Line 1 of a bundle is
  its manifest, so the record at position N is on line N + 1.

  Background:
    Given the shipped "1,000 for 1,000" dossier has been imported
    And the team has exported "1000-for-1000" to "istanbul.bundle" and published its head

  Scenario: The bundle as exported verifies, holding the whole history under the head the team published
    When the partner verifies "istanbul.bundle" against the published head
    Then the bundle is intact, holding 13 records of "1000-for-1000" under the published head

  Scenario: Exporting the same history again gives the same bundle, byte for byte
    When the team exports "1000-for-1000" again to "again.bundle"
    Then "again.bundle" is byte for byte "istanbul.bundle"

  Scenario Outline: Any change to the bundle is found, and the first record it affects is named
    Given "istanbul.bundle" reached the partner with <change>
    When the partner verifies "istanbul.bundle"
    Then verification fails with exit status 2 at line <line>: "<problem>"

    Examples:
      | change                                      | line | problem                                                               |
      | the ministry's 390 at position 2 made 391   | 3    | altered: position 2, version 2 hashes to                              |
      | the record at position 5 removed            | 6    | missing: expected position 5, found position 6                        |
      | the records at positions 3 and 4 swapped    | 4    | reordered: expected position 3, found position 4                      |
      | the record at position 3 repeated           | 5    | inserted: expected position 4, found position 3 again                 |
      | its last record cut off                     | 14   | missing: expected the record at position 13 of 13, found the end      |
      | the manifest's tool changed                 | 1    | altered: the manifest's fields hash to                                |

  Scenario: A bundle rewritten whole with new hashes is caught by the published head
    Given "istanbul.bundle" reached the partner cut to its first 12 records and sealed again
    When the partner verifies "istanbul.bundle" against the published head
    Then verification fails with exit status 2 at line 1: "altered: the history's head is"

  Scenario: A partner loads the bundle into a store of its own and reads the same report
    When the partner imports "istanbul.bundle" into a store of its own
    Then the import says "Imported 1000-for-1000 from istanbul.bundle: 13 records"
    And the partner's report of "1000-for-1000" is byte for byte the team's, as text, Markdown and JSON

  Scenario: A bundle that fails verification is refused whole, and nothing is imported
    Given "istanbul.bundle" reached the partner with the ministry's 390 at position 2 made 391
    When the partner imports "istanbul.bundle" into a store of its own
    Then the import is refused with exit status 2 at line 3: "altered: position 2, version 2"
    And the partner's store holds no exchange

  Scenario: Importing the same history again changes nothing
    Given the partner has imported "istanbul.bundle"
    When the partner imports "istanbul.bundle" into a store of its own
    Then the import says "1000-for-1000: nothing new (this store already holds the same 13 records)."
    And the partner's history of "1000-for-1000" is as it was

  Scenario: A bundle is never merged into a history the partner recorded differently
    Given the partner has imported the shipped dossier into its own store
    When the partner imports "istanbul.bundle" into a store of its own
    Then the import is refused with exit status 4: "exchange 1000-for-1000 is already recorded with a different history"
    And the partner's history of "1000-for-1000" is as it was
