Feature: Sources agree on who mediated a stage
  Rule id: mediator-agreement
  A mediator that neither party nor that mediator itself names, against one that they do name, is a finding.

  Statements often say who brokered a swap. When the mediator itself, or either party, says who mediated, the
  desk takes that as the record; an outlet's own recap that credits someone else (another country, another venue)
  is a disagreement on the mediator, not a second mediator. The figures are not touched by it. Several
  mediators may each broker a part of one exchange: a mediator that names itself, or that a party names, is
  never flagged, even beside another. Where nobody but outlets names a mediator, there is nothing to weigh
  them against, and nothing is flagged.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "115 each" exchange: exactly 115 to each side

  Scenario: Both parties name one mediator, an outlet's recap three weeks later credits another
    # The pattern of tests/real_cases/aug-2024-115-each.yaml, in made-up figures.
    Given these announcements:
      | source      | tier              | origin                       | stage | direction | total | mediated by          |
      | Interfax    | official          | Russia / Defence Ministry    | 1     | each side | 115   | United Arab Emirates |
      | Ukrinform   | official          | Ukraine / President Zelensky | 1     | each side | 115   | United Arab Emirates |
      | TRT World   | established media | Media / TRT World            | 1     | each side | 115   | Türkiye              |
    When the exchange is reconciled
    Then the "mediator-agreement" rule finds:
      | finding                                 | severity | expected                           | found   |
      | mediator-agreement/1/-/mediator:Türkiye | warning  | United Arab Emirates, as named by the parties or the mediator | Türkiye |
    And the finding "mediator-agreement/1/-/mediator:Türkiye" reads "TRT World names Türkiye as mediator; Russia's Defence Ministry and Ukraine's President Zelensky name United Arab Emirates, and neither a party nor Türkiye itself names Türkiye"
    And the finding "mediator-agreement/1/-/mediator:Türkiye" rests on:
      | source    | version |
      | TRT World | 4       |
      | Interfax  | 2       |
      | Ukrinform | 3       |

  Scenario: Two mediators, each naming its own part, and an outlet naming one of them
    Given these announcements:
      | source       | tier              | origin                            | stage | direction | total | mediated by  |
      | Daily Sabah  | official          | Ukraine / President Zelensky      | 1     | combined  | 230   | Türkiye      |
      | Khaleej      | official          | Russia / Defence Ministry         | 1     | combined  | 230   | Saudi Arabia |
      | Global News  | established media | Media / Reuters newsroom          | 1     | combined  | 230   | Saudi Arabia |
    When the exchange is reconciled
    Then the "mediator-agreement" rule does not apply

  Scenario: Outlets alone name mediators: nothing to weigh them against
    Given these announcements:
      | source      | tier              | origin             | stage | direction | total | mediated by          |
      | TRT World   | established media | Media / TRT World  | 1     | each side | 115   | Türkiye              |
      | Gulf News   | established media | Media / Gulf News  | 1     | each side | 115   | United Arab Emirates |
    When the exchange is reconciled
    Then the "mediator-agreement" rule does not apply
