Feature: A check fails when a figure does not add up
  `recon check` answers one question for a script, a scheduled job or a fact-checker about to publish: is any
  finding of error severity still open? It exits with status 0 when none is, and 1 when at least one is, in
  every output format. Warnings, such as two sides of a stage that differ, are listed but do not fail it.

  Scenario Outline: The exit status tells whether an error is open (<case>, as <format>)
    Given a dossier "stage-1.yaml" about the exchange "istanbul-2025" with these claims:
      | stage | direction  | source                     | tier     | total     | military   | civilian |
      | 1     | to Ukraine | Ukraine's Defence Ministry | official | 390       | <military> | 120      |
      | 1     | to Russia  | Russia's Defence Ministry  | official | <russia>  |            |          |
    And the fact-checker has imported "stage-1.yaml"
    When the fact-checker checks every exchange as <format>
    Then the check exits with status <status>
    And the check gives "istanbul-2025" the verdict "<verdict>" with <errors> open errors

    Examples: Both sides received 390, and the parts make up the total
      | case                  | format   | military | russia | status | verdict        | errors |
      | figures add up        | text     | 270      | 390    | 0      | reconciles     | 0      |
      | figures add up        | markdown | 270      | 390    | 0      | reconciles     | 0      |
      | figures add up        | json     | 270      | 390    | 0      | reconciles     | 0      |

    Examples: The military and civilians add up to 391, one more than the total of 390
      | case                  | format   | military | russia | status | verdict        | errors |
      | parts exceed total    | text     | 271      | 390    | 1      | errors open    | 1      |
      | parts exceed total    | markdown | 271      | 390    | 1      | errors open    | 1      |
      | parts exceed total    | json     | 271      | 390    | 1      | errors open    | 1      |

    Examples: Russia received 389, one fewer than Ukraine: a warning, not an error
      | case                  | format   | military | russia | status | verdict        | errors |
      | sides differ          | text     | 270      | 389    | 0      | findings open  | 0      |
      | sides differ          | json     | 270      | 389    | 0      | findings open  | 0      |

  Scenario: The error that fails the check is stated with what was expected, what was found and the difference
    Given a dossier "stage-1.yaml" about the exchange "istanbul-2025" with these claims:
      | stage | direction  | source                     | tier     | total | military | civilian |
      | 1     | to Ukraine | Ukraine's Defence Ministry | official | 390   | 271      | 120      |
    And the fact-checker has imported "stage-1.yaml"
    When the fact-checker checks "istanbul-2025" as text
    Then the check exits with status 1
    And the check lists the open error "breakdown-sum" on "stage 1, to Ukraine, service" with the difference "+1"
