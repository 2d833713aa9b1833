Feature: The morning list: every open finding across every exchange
  `recon findings` puts the findings of every exchange in one list, errors first; with `--open` it leaves out
  those a reviewer has acknowledged, which gives the desk its morning list of what still needs work. The list is
  the same, in the same order, as GET /findings and the reading room's morning page: errors, then warnings, then
  notes, across every exchange; within a severity, exchanges in the order they were agreed.

  A desk editor starts the day with one question: which figures, in which exchanges, still do not add up?
  A report answers it for one exchange; the morning list answers it for all of them at once. Every exchange's
  latest report is kept by following the record announcement by announcement, so asking for the list never
  reconciles every exchange again, and it can always be rebuilt from the record alone. A finding a reviewer acknowledged stays on the
  full list with the reviewer's note, but leaves the morning list until the figures behind it change.

  Background:
    Given a dossier "istanbul.yaml" about the exchange "istanbul-2025" with these claims:
      | stage | direction  | source                     | tier              | total | military | civilian |
      | 1     | to Ukraine | Ukraine's Defence Ministry | official          | 390   | 271      | 120      |
      | 1     | to Russia  | TASS                       | established media | 389   |          |          |
      | 2     | to Russia  | TASS                       | established media | 307   |          |          |
      | 2     | to Russia  | Interfax                   | established media | 308   |          |          |
    And a dossier "geneva.yaml" about the exchange "geneva-2024" with these claims:
      | stage | direction  | source           | tier              | total | military | civilian |
      | 1     | to Ukraine | Ukrainska Pravda | established media | 300   | 200      | 101      |
      | 1     | to Russia  | TASS             | established media | 300   |          |          |
    And the shipped "1,000 for 1,000" dossier has been imported
    And the fact-checker has imported "istanbul.yaml"
    And the fact-checker has imported "geneva.yaml"

  Scenario: The morning list gives every open finding of every exchange, errors first
    When the desk editor reads the morning list
    Then it lists these findings, in this order:
      | exchange      | severity | finding                            | state |
      | istanbul-2025 | error    | breakdown-sum/1/to Ukraine/service | open  |
      | istanbul-2025 | error    | source-agreement/2/to Russia/total | open  |
      | geneva-2024   | error    | breakdown-sum/1/to Ukraine/service | open  |
      | istanbul-2025 | warning  | reciprocity/1/-/total              | open  |
    And it says "4 open findings in 2 exchanges (3 errors)"

  Scenario: An acknowledged finding leaves the morning list but stays on the full list with its note
    Given Olena Kovalenko has acknowledged the finding "breakdown-sum/1/to Ukraine/service" of "geneva-2024" noting "one civilian counted twice; correction requested"
    When the desk editor reads the morning list
    Then it lists these findings, in this order:
      | exchange      | severity | finding                            | state |
      | istanbul-2025 | error    | breakdown-sum/1/to Ukraine/service | open  |
      | istanbul-2025 | error    | source-agreement/2/to Russia/total | open  |
      | istanbul-2025 | warning  | reciprocity/1/-/total              | open  |
    When the desk editor reads every finding
    Then it lists these findings, in this order:
      | exchange      | severity | finding                            | state        |
      | istanbul-2025 | error    | breakdown-sum/1/to Ukraine/service | open         |
      | istanbul-2025 | error    | source-agreement/2/to Russia/total | open         |
      | geneva-2024   | error    | breakdown-sum/1/to Ukraine/service | acknowledged |
      | istanbul-2025 | warning  | reciprocity/1/-/total              | open         |
    And the finding "breakdown-sum/1/to Ukraine/service" of "geneva-2024" carries Olena Kovalenko's note "one civilian counted twice; correction requested"
    And it says "4 findings in 2 exchanges: 3 open (2 errors), 1 acknowledged"

  Scenario: The ministry's own total changes the figures behind an acknowledged finding, which returns to the morning list
    Given Olena Kovalenko has acknowledged the finding "breakdown-sum/1/to Ukraine/service" of "geneva-2024" noting "correction requested"
    And the desk editor has read the morning list
    And the dossier "geneva.yaml" gains these claims:
      | stage | direction  | source                     | tier     | total | military | civilian |
      | 1     | to Ukraine | Ukraine's Defence Ministry | official | 302   |          |          |
    And the fact-checker has imported "geneva.yaml"
    When the desk editor reads the morning list
    Then it lists these findings, in this order:
      | exchange      | severity | finding                             | state    |
      | istanbul-2025 | error    | breakdown-sum/1/to Ukraine/service  | open     |
      | istanbul-2025 | error    | source-agreement/2/to Russia/total  | open     |
      | geneva-2024   | error    | breakdown-sum/1/to Ukraine/service  | reopened |
      | istanbul-2025 | warning  | reciprocity/1/-/total               | open     |
      | geneva-2024   | warning  | reciprocity/1/-/total               | open     |
      | geneva-2024   | warning  | source-agreement/1/to Ukraine/total | open     |
    And the finding "breakdown-sum/1/to Ukraine/service" of "geneva-2024" carries Olena Kovalenko's note "correction requested"

  Scenario Outline: The desk narrows the list to <case>
    When the desk editor reads the findings with <options>
    Then it lists exactly <listed>

    Examples:
      | case                | options                                        | listed                                                                                           |
      | one exchange        | --exchange istanbul-2025                       | istanbul-2025 breakdown-sum/1/to Ukraine/service, istanbul-2025 source-agreement/2/to Russia/total, istanbul-2025 reciprocity/1/-/total |
      | one rule            | --rule breakdown-sum                           | istanbul-2025 breakdown-sum/1/to Ukraine/service, geneva-2024 breakdown-sum/1/to Ukraine/service |
      | warnings            | --severity warning                             | istanbul-2025 reciprocity/1/-/total                                                              |
      | open errors of one  | --open --severity error --exchange geneva-2024 | geneva-2024 breakdown-sum/1/to Ukraine/service                                                   |
      | a rule with nothing | --rule completion                              | nothing                                                                                          |

  Scenario Outline: A filter the desk mistyped is refused, naming it (<option> <value>)
    When the desk editor reads the findings with <option> <value>
    Then the request is refused with exit status <status> and a message beginning "<message>"

    Examples:
      | option     | value          | status | message                                                                              |
      | --rule     | breakdown      | 2      | error: --rule: unknown rule 'breakdown': `recon rules` lists them                    |
      | --severity | critical       | 2      | error: --severity: unknown severity 'critical': choose error, warning                |
      | --severity | info           | 2      | error: --severity: 'info' marks notes, which are not findings: choose error, warning |
      | --exchange | abu-dhabi-2025 | 3      | error: --exchange: no exchange abu-dhabi-2025                                        |

  Scenario: The list carries on from where it stopped, and rebuilt from the record alone it is the same
    Given the desk editor has read the morning list
    And the dossier "istanbul.yaml" gains these claims:
      | stage | direction  | source                     | tier              | total | military | civilian |
      | 3     | to Ukraine | Ukraine's Defence Ministry | official          | 303   | 300      | 3        |
      | 3     | to Russia  | TASS                       | established media | 303   |          |          |
    And the fact-checker has imported "istanbul.yaml"
    When the list is brought up to date by `recon project`
    Then it took in the 2 announcements recorded since, and no more
    When the desk editor reads every finding
    And the desk editor reads every finding again, with the list rebuilt from the record
    Then both lists are the same, each as of the last event recorded
