Feature: A relay saying its origin gave no figure does not outweigh the figure other relays carry
  Rule id: relayed-silence
  A relay that says its origin gave no figure is contradicted by another relay of that origin carrying one.

  Outlets sometimes report that a ministry "gave no exact number" for a stage, while other outlets quote the same
  ministry's figure. The silence is the relay's claim, not the origin's: the desk keeps the figure the origin is
  quoted as giving, and flags the relay that says there was none, with both relays as its evidence. A relay whose
  origin nobody else quotes with a figure is left as it is.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "246 each" exchange: exactly 246 to each side

  Scenario: One outlet says the ministry gave no number for the Russians returned; another quotes the ministry's 246
    # The pattern of tests/real_cases/apr-2025-easter-246.yaml, in made-up figures.
    Given these announcements:
      | source           | tier     | origin                    | stage | direction | total | origin gave no |
      | Business Standard | official | Russia / Defence Ministry | 1     | to Russia | 246   |                |
      | NewsX            | official | Russia / Defence Ministry | 1     | to Russia |       | total          |
    When the exchange is reconciled
    Then the "relayed-silence" rule finds:
      | finding                             | severity | expected                          | found |
      | relayed-silence/1/to Russia/total   | warning  | the figure the origin is quoted as giving | none  |
    And the finding "relayed-silence/1/to Russia/total" reads "NewsX says Russia's Defence Ministry gave no total; Business Standard quotes it giving 246"
    And the finding "relayed-silence/1/to Russia/total" rests on:
      | source            | version |
      | NewsX             | 3       |
      | Business Standard | 2       |

  Scenario: A relay's silence that no other relay of its origin contradicts is left as it is
    Given these announcements:
      | source            | tier     | origin                       | stage | direction | total | origin gave no |
      | Business Standard | official | Ukraine / President Zelensky | 1     | to Russia | 246   |                |
      | NewsX             | official | Russia / Defence Ministry    | 1     | to Russia |       | total          |
    When the exchange is reconciled
    Then the "relayed-silence" rule does not apply
