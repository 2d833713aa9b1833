Feature: The checks across stages count a stage known only as a range as that range
  A stage's headcount is often said loosely at first: "about 300", "more than 300", "between 200 and 250", or two
  equally reliable sources give two values. The running totals, the figures for the whole exchange, the completion
  against the terms and the comparison of both sides of a stage do not wait for an exact figure: such a stage takes
  part in the sum as its range. A check that fails whichever value is right is a finding at the rule's usual
  severity; one that holds only for some values is a warning that names them, so the desk knows which figure to
  confirm; one that holds for every value passes. Only a stage nobody gave any figure for leaves the check waiting,
  and that is noted apart from the findings.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

  Scenario: A running total holds only if the loosely stated stage had the value it needs
    Given these announcements:
      | source                     | tier              | stage | direction  | total     | running total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390       |               |
      | Censor.NET                 | established media | 2     | to Ukraine | about 300 | 697           |
    When the exchange is reconciled
    Then the "cumulative-sum" rule finds:
      | finding                                | severity |
      | cumulative-sum/2/to Ukraine/cumulative | warning  |
    And the finding "cumulative-sum/2/to Ukraine/cumulative" reads "390 + 285–315 = 675–705; running total 697: balances only if stage 2's total is 307"
    And the report notes nothing that cannot be checked yet

  Scenario: A running total below the stages whatever the loosely stated stage held
    Given these announcements:
      | source                     | tier              | stage | direction  | total         | running total |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390           |               |
      | Censor.NET                 | established media | 2     | to Ukraine | more than 300 | 650           |
    When the exchange is reconciled
    Then the "cumulative-sum" rule finds:
      | finding                                | severity |
      | cumulative-sum/2/to Ukraine/cumulative | error    |
    And the finding "cumulative-sum/2/to Ukraine/cumulative" reads "390 + 301 or more = 691 or more; running total 650: off by -41 or less, whichever value is right"

  Scenario: A figure for the whole exchange balances only for one value of a stage said as a lower bound
    Given these announcements:
      | source                     | tier              | stage          | direction  | total         |
      | Ukraine's Defence Ministry | official          | 1              | to Ukraine | 390           |
      | Ukraine's Defence Ministry | official          | 2              | to Ukraine | 307           |
      | Censor.NET                 | established media | 3              | to Ukraine | more than 300 |
      | Kyiv Independent           | established media | whole exchange | to Ukraine | 1000          |
    When the exchange is reconciled
    Then the "exchange-total" rule finds:
      | finding                             | severity |
      | exchange-total/all/to Ukraine/total | warning  |
    And the finding "exchange-total/all/to Ukraine/total" reads "390 + 307 + 301 or more = 998 or more over 3 stages; whole exchange 1,000: balances only if stage 3's total is 303"

  Scenario: A completion declared while the last stage is known only as a range short of the terms
    Given these announcements:
      | source                     | tier     | stage | direction  | total   |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390     |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | 307     |
      | Ukraine's Defence Ministry | official | 3     | to Ukraine | 200–250 |
    And Ukraine's Defence Ministry (official) declared the exchange complete
    When the exchange is reconciled
    Then the "completion" rule finds:
      | finding                         | severity |
      | completion/all/to Ukraine/total | error    |
    And the finding "completion/all/to Ukraine/total" reads "declared complete by Ukraine's Defence Ministry; stages sum to 897–947 against 1,000: shortfall of 53–103"
    And the progress table shows stage 3 to Ukraine as "200–250"
    And the progress table shows stage 2 to Ukraine as "307"

  Scenario: Both sides of a stage are the same only if the approximate side had the exact side's value
    Given these announcements:
      | source                     | tier              | stage | direction  | total     |
      | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390       |
      | TASS                       | established media | 1     | to Russia  | about 390 |
    When the exchange is reconciled
    Then the "reciprocity" rule finds:
      | finding               | severity |
      | reciprocity/1/-/total | warning  |
    And the finding "reciprocity/1/-/total" reads "to Ukraine 390, to Russia 370–410: reciprocal only if the total to Russia is 390"
