Feature: A disputed figure still gets checked, for every value it may have
  When equally reliable sources give a figure different values, nobody can yet say which is right, but the
  checks that use the figure must not fall silent. Each check is tried with every value the most reliable
  sources give. A check that holds whichever value is right passes; one that fails whichever value is right
  is a finding at its rule's usual severity, and says so; one that holds for some values only is a warning
  that names the values it needs ("balances only if total is 56"), so the desk knows which source to call.

  Scenario: Medvedchuk and 55: Russia got back 56 people by one Ukrainian official's count, 55 by another's
    Given Ukrainian News (established media) reported that Ukraine and Russia agreed the "215 for Medvedchuk and 55" exchange: all for all
    And these announcements:
      | source                                    | tier     | stage          | direction | total | group                        | of whom        |
      | Ukraine's Head of the Presidential Office | official | whole exchange | to Russia | 56    | Medvedchuk 1, prisoners 55   | prisoners 55   |
      | President Zelensky                        | official | whole exchange | to Russia | 55    |                              | Medvedchuk 1   |
    When the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                          | severity | expected | found | difference |
      | breakdown-sum/all/to Russia/group | warning  | = 55–56  | 56    | none       |
    And the finding "breakdown-sum/all/to Russia/group" reads "Medvedchuk 1 + prisoners 55 = 56; complete group breakdown makes up total 55–56: balances only if total is 56"
    And these checks pass:
      | check                                             | message                                                                  |
      | subset-within-base/all/to Russia/subset:prisoners  | prisoners 55 of total 55–56: within its base, whichever total figure is right  |
      | subset-within-base/all/to Russia/subset:Medvedchuk | Medvedchuk 1 of total 55–56: within its base, whichever total figure is right  |

  Scenario: Branches short of the servicemen whichever border-guard figure is right
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | service                | branch of military                      |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | military 880 (partial) | army 500, navy 318, border guards 56    |
      | State Border Guard Service | official | 1     | to Ukraine |                        | army 500, navy 318, border guards 55    |
    When the exchange is reconciled
    Then the "category-breakdown" rule finds:
      | finding                                  | severity | expected | found   | difference |
      | category-breakdown/1/to Ukraine/branch   | error    | = 880    | 873–874 | none       |
    And the finding "category-breakdown/1/to Ukraine/branch" reads "army 500 + navy 318 + border guards 55–56 = 873–874; complete branch breakdown makes up military 880: off by -7 to -6, whichever border guards figure is right"

  Scenario Outline: A group drawn from a disputed total (<case>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total    | of whom                 |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | 303      | Mariupol defenders <n>  |
      | Coordination Headquarters  | official | 2     | to Ukraine | 307      |                         |
    When the exchange is reconciled
    Then the finding "subset-within-base/2/to Ukraine/subset:Mariupol defenders" reads "<message>"

    Examples:
      | case                 | n   | message                                                                                               |
      | it depends           | 305 | Mariupol defenders 305 of total 303–307: within its base only if total is 307                        |
      | too many either way  | 310 | Mariupol defenders 310 of total 303–307: exceeds its base by 3 to 7, whichever total figure is right |

  Scenario: Both directions against a combined figure when one direction is disputed
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total |
      | Ukraine's Defence Ministry | official | 1     | combined   | 780   |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390   |
      | Russia's Defence Ministry  | official | 1     | to Russia  | 390   |
      | Coordination Headquarters  | official | 1     | to Russia  | 389   |
    When the exchange is reconciled
    Then the "combined-directions" rule finds:
      | finding                              | severity | expected | found   | difference |
      | combined-directions/1/combined/total | warning  | = 780    | 779–780 | none       |
    And the finding "combined-directions/1/combined/total" reads "to Ukraine 390 + to Russia 389–390 = 779–780; combined 780: balances only if total to Russia is 390"

  Scenario: Progress while a stage's total is disputed is a range, never 0 for that stage
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390   |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | 303   |
      | Coordination Headquarters  | official | 2     | to Ukraine | 307   |
    When the exchange is reconciled
    Then the progress table shows Ukraine received 693–697 of the target, with 303–307 to go
    And the progress table shows Russia received 0 of the target, with 1,000 to go

  Scenario Outline: Progress against an exact target while a stage's total is disputed (<case>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total    |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | <first>  |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | <one>    |
      | Coordination Headquarters  | official | 2     | to Ukraine | <other>  |
    When the exchange is reconciled
    Then the "target-progress" rule finds:
      | finding                               | severity   | expected | found   | difference |
      | target-progress/all/to Ukraine/total  | <severity> | <= 1,000 | <found> | none       |
    And the finding "target-progress/all/to Ukraine/total" reads "<message>"

    Examples:
      | case             | first | one | other | severity | found       | message                                                                                                          |
      | over either way  | 710   | 303 | 307   | error    | 1,013–1,017 | 1,013–1,017 received against a target of 1,000: 13 to 17 over (stage 2 disputed)                                |
      | over if 307      | 697   | 303 | 307   | warning  | 1,000–1,004 | 1,000–1,004 received against a target of 1,000: within it only if stage 2's total is 303 (stage 2 disputed) |

  Scenario: Progress within an exact target while a stage's total is disputed
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390   |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | 303   |
      | Coordination Headquarters  | official | 2     | to Ukraine | 307   |
    When the exchange is reconciled
    Then these checks pass:
      | check                                | message                                                   |
      | target-progress/all/to Ukraine/total | 693–697 of 1,000: 303–307 to go (stage 2 disputed)        |
