Feature: Figures said with their uncertainty are checked over every value they allow
  Announcements rarely give every figure exactly: "more than 200", "about fifty", "up to 60", "200 to 250". Such a
  figure is recorded as the range it allows ("about N" without a range of its own is read as N less 5% to N plus
  5%, rounded outward, and never narrower than N - 1 to N + 1). Claims agree when one value satisfies them all, and
  the desk accepts what all of them allow. Every rule reasons over the whole range: a check that holds for every
  value passes, one that fails for every value is a finding at its rule's usual severity, and one that holds for
  some values only is a warning that names the values it needs. Progress is never shown as 0 for a figure known
  only as a range: it is shown as the range.

  # https://censor.net/en/news/3506404/obmin_polonenymy_24_serpnya_zvilneno_115_zahysnykiv and
  # https://babel.ua/en/news/110205-115-ukrainian-defenders-returned-from-russian-captivity (24 August 2024)
  Scenario: Fifty and "half a hundred" Azovstal defenders are one figure read two ways
    Given the Coordination Headquarters (official) reported that Ukraine and Russia agreed the "115 for 115" exchange: exactly 115 to each side
    And these announcements:
      | source                                | tier     | stage | direction  | total | of whom                                            |
      | Coordination Headquarters (Censor.NET) | official | 1     | to Ukraine |       | Mariupol defenders 82; Azovstal defenders 50       |
      | Coordination Headquarters (Babel)      | official | 1     | to Ukraine | 115   | Mariupol defenders 82; Azovstal defenders about 50 |
    When the exchange is reconciled
    Then these checks pass:
      | check                                                      | message                                   |
      | source-agreement/1/to Ukraine/subset:Azovstal defenders    | 2 sources agree on 50                     |
      | subset-within-base/1/to Ukraine/subset:Azovstal defenders  | Azovstal defenders 50 of total 115: within its base |

  Scenario Outline: An approximate figure against an exact one (<case>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total | of whom                   |
      | Ukraine's Defence Ministry | official | 2     | to Ukraine | 307   | Mariupol defenders <said> |
    When the exchange is reconciled
    Then the finding "subset-within-base/2/to Ukraine/subset:Mariupol defenders" reads "<message>"

    Examples:
      | case                 | said      | message                                                                                                          |
      | over whatever it is  | about 400 | Mariupol defenders 380–420 of total 307: exceeds its base by 73 to 113, for any value Mariupol defenders may have |
      | it depends           | about 300 | Mariupol defenders 285–315 of total 307: within its base only if Mariupol defenders is 285–307                    |

  # https://www.i24news.tv/en/news/international/ukraine-russia-war/1704305126-ukraine-russia-conduct-largest-prisoner-swap-since-start-of-war
  # and https://unn.ua/en/news/uae-helped-organize-the-latest-exchange-of-prisoners-of-war-budanov (3 January 2024)
  Scenario: "More than 200" and 230 agree, and 230 is accepted as what both allow
    Given Budanov (official) reported that Ukraine and Russia agreed the "230 and 248" exchange: all for all
    And these announcements:
      | source            | tier     | stage | direction  | total         | qualitative                        |
      | President Zelensky | official | 1     | to Ukraine | more than 200 | service: military and civilian     |
      | Budanov            | official | 1     | to Ukraine | 230           |                                    |
    When the exchange is reconciled
    Then these checks pass:
      | check                                 | message                   |
      | source-agreement/1/to Ukraine/total   | 2 sources agree on 230    |
    And the figures of stage 1 to Ukraine are:
      | figure | accepted | status |
      | total  | 230      | agreed |

  Scenario: A lower bound alone is accepted as a range, and a breakdown holds only for the value its parts give
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total          | service                         |
      | Euromaidan Press           | official | 1     | to Ukraine | more than 500  |                                 |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine |                | military 400, civilian 138      |
    When the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                          | severity | expected      | found | difference |
      | breakdown-sum/1/to Ukraine/service | warning  | = 501 or more | 538   | none       |
    And the finding "breakdown-sum/1/to Ukraine/service" reads "military 400 + civilian 138 = 538; complete service breakdown makes up total 501 or more: balances only if total is 538"

  Scenario: Progress over a stage whose total is a range is shown as that range, never as 0
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total      |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390        |
      | Coordination Headquarters  | official | 2     | to Ukraine | 200–250    |
    When the exchange is reconciled
    Then the progress table shows Ukraine received 590–640 of the target, with 360–410 to go

  Scenario: A stage total known only as a lower bound may overshoot an exact target by any amount from its least
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total           |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390             |
      | Coordination Headquarters  | official | 2     | to Ukraine | more than 700   |
    When the exchange is reconciled
    Then the progress table shows Ukraine received 1,091 or more of the target, over by 91 or more

  # https://thesun.my/world/115-servicemen-returned-to-russian-in-prisoner-of-war-swap-EK12903733 (24 August 2024)
  Scenario: "115 servicemen" says every one of the 115 is military
    Given the Coordination Headquarters (official) reported that Ukraine and Russia agreed the "115 for 115" exchange: exactly 115 to each side
    And these announcements:
      | source                    | tier     | stage | direction | total | qualitative            |
      | Russia's Defence Ministry | official | 1     | each side | 115   | service: only military |
    When the exchange is reconciled
    Then the figures of stage 1 to Russia are:
      | figure           | accepted | status |
      | total            | 115      | agreed |
      | service:military | 115      | agreed |

  Scenario Outline: A count against what a source said without counts (<case>)
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source                     | tier     | stage | direction  | total | qualitative   | service   |
      | Russia's Defence Ministry  | official | 1     | to Ukraine | 390   | service: <said> |           |
      | Ukraine's Defence Ministry | official | 1     | to Ukraine | 390   |               | <counted> |
    When the exchange is reconciled
    Then the "source-agreement" rule finds:
      | finding                                        | severity |
      | source-agreement/1/to Ukraine/<figure>         | error    |

    Examples:
      | case                                       | said                    | counted                     | figure           |
      | civilians among "only servicemen"          | only military           | military 270, civilian 120  | service:military |
      | no civilians where "military and civilians" | military and civilian   | military 390, civilian 0    | service:civilian |

  Scenario: A breakdown and a group written as lists keep their uncertainty
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: listed
        title: 307 each
        parties: [Ukraine, Russia]
        terms: {each side: 307}
        source: ministry
      sources:
        ministry: {name: Ukraine's Defence Ministry, tier: official, published: 2025-05-24}
      claims:
        - stage: 1
          direction: to Ukraine
          source: ministry
          figures:
            total: 307
            breakdowns:
              - {dimension: branch, complete: false, parts: {navy: {about: 50}, border_guards: {up_to: 60}}}
            subsets:
              - {name: Mariupol defenders, count: {about: 300}}
              - {name: wounded, count: {low: 20, high: 25}, within: Mariupol defenders}
      """
    When the exchange is reconciled
    Then the finding "subset-within-base/1/to Ukraine/subset:Mariupol defenders" reads "Mariupol defenders 285–315 of total 307: within its base only if Mariupol defenders is 285–307"
    And these checks pass:
      | check                             | message |
      | breakdown-sum/1/to Ukraine/branch | navy 47–53 + border_guards 0–60 = 47–113; partial branch breakdown does not exceed total 307: balances, for any value navy and border_guards may have |
