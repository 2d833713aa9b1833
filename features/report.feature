Feature: The report of an exchange states its figures the same way in text, Markdown and JSON
  `recon report` is what a fact-checker reads before publishing: for every stage, the figures each side
  received and who announced them; how the parts make up the totals; how far the stages are from what was
  agreed; and a verdict. The text is for reading at a terminal, the Markdown for pasting into a document, the
  JSON for scripts; all three say the same thing.

  The shipped dossier records the "1,000 for 1,000" exchange agreed in Istanbul in May 2025. On its first day
  390 people were returned to Ukraine: 270 military and 120 civilians, or 387 men and 3 women.

  Background:
    Given the shipped "1,000 for 1,000" dossier has been imported

  Scenario Outline: The report in <format> states the first stage's figures, the progress and the verdict
    When the fact-checker reads the report of "1000-for-1000" as <format>
    Then stage 1 to Ukraine has these accepted figures:
      | figure           | accepted |
      | total            | 390      |
      | service:military | 270      |
      | service:civilian | 120      |
      | sex:men          | 387      |
      | sex:women        | 3        |
    And the report shows that "military 270 + civilian 120 = 390" balances for stage 1 to Ukraine
    And the report shows that "men 387 + women 3 = 390" balances for stage 1 to Ukraine
    And Ukraine has received 1,000 of the 1,000 agreed, with none remaining
    And Russia has received 1,000 of the 1,000 agreed, with none remaining
    And the report's verdict is "reconciles"
    And stage 1's claim of version 3, by Ukrainska Pravda, carries the word of "Ukraine / Coordination Headquarters"

    Examples:
      | format   |
      | text     |
      | markdown |
      | json     |
