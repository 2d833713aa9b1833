Feature: Groups among the total or in addition to it, groups within groups, and numbers kept as notes
  The subset-within-base rule (see subset-within-base.feature), category-breakdown, target-progress and completion
  follow the groups below.

  Announcements single out groups in two ways. A group *among* the people returned ("27 of them defended
  Mariupol") is part of its base. A group *in addition* ("175 exchanged, and besides them 22 severely wounded")
  came home on top of the exchange proper: the total in all counts it (175 + 22 = 197), so the stage's total and the
  combined figure count the 197 that were stated, while the groups among the exchange are drawn from the 175 only.
  Progress against the terms compares like with like: the terms promise the exchange proper, so the 22 besides it
  are shown as received, said to be in addition, and never make the exchange over its terms (197 received, of
  which 22 in addition to the terms: 175 of 175). The same holds whatever the terms and the stages are: terms said
  as a range, a stage whose total is disputed, and a declared completion all count the exchange proper. A group may lie within another group (Azovstal's defenders
  within Mariupol's within the exchanged), each checked against its own base with the chain named; a group may be split by branch like any
  figure; a group may be named without a count (it exists, there is no figure to check). When one source counts
  a group among the total and another in addition to it, the totals they imply differ by the group: the desk
  is warned, with both totals. Numbers that are not headcounts of this exchange (its ordinal number, totals since
  the war began, an earlier exchange) are kept beside the claim and never counted.

  Scenario: 175 exchanged and 22 severely wounded besides, 197 in all (19 March 2025)
    # Ukraine's Coordination Headquarters via K4S News, 20 March 2025:
    # https://news.k4s.uk/2025/03/ukraine-brings-home-22-heavily-wounded-defenders-outside-the-exchange-process
    # and Russia's Defence Ministry via Sputnik Mediabank and UrduPoint (AFP), 19 March 2025. The terms were
    # composite (175 each, and 23 wounded one way); here only the 175 each matter.
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | of whom       | besides              |
      | Coordination Headquarters | official | 1     | to Ukraine | 197   | exchanged 175 | severely wounded 22  |
      | Russia's Defence Ministry | official | 1     | to Russia  | 175   |               |                      |
      | AFP                       | official | 1     | combined   | 372   |               |                      |
    When the exchange is reconciled
    Then these checks pass:
      | check                                                   | message                                                                        |
      | subset-within-base/1/to Ukraine/subset:exchanged        | exchanged 175 of total 197 less severely wounded 22 in addition = 175: within its base |
      | subset-within-base/1/to Ukraine/subset:severely wounded | severely wounded 22, in addition, of total 197: within its base                |
      | combined-directions/1/combined/total                    |                                                                                |
    And the progress towards the terms is:
      | party   | received | in addition | target         | to go | over |
      | Ukraine | 197      | 22          | at least 175   | 0     | 0    |
      | Russia  | 175      |             | at least 175   | 0     | 0    |

  Scenario: A group handed over besides the exchange does not put it over its terms
    # Made-up figures: 120 agreed each way, 120 exchanged and 12 wounded besides, 132 in all.
    Given the Presidential Office (official) reported that Ukraine and Russia agreed the "120 for 120, and the wounded" exchange: exactly 120 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | besides    |
      | Coordination Headquarters | official | 1     | to Ukraine | 132   | wounded 12 |
      | Defence Ministry          | official | 1     | to Russia  | 120   |            |
    When the exchange is reconciled
    Then these checks pass:
      | check                            | message                                                          |
      | target-progress/all/to Ukraine/total | 132 received, of which 12 in addition to the terms: 120 of 120: 0 to go |
    And the progress towards the terms is:
      | party   | received | in addition | target | to go | over |
      | Ukraine | 132      | 12          | 120    | 0     | 0    |
      | Russia  | 120      |             | 120    | 0     | 0    |
    And the progress table shows Ukraine received 132, of which 12 in addition of the target, over by 0

  Scenario: Groups in addition are left out of a shortfall too
    # Made-up figures: 40 of 120 exchanged so far, and 5 wounded besides them.
    Given the Presidential Office (official) reported that Ukraine and Russia agreed the "120 for 120, and the wounded" exchange: exactly 120 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | besides   |
      | Coordination Headquarters | official | 1     | to Ukraine | 45    | wounded 5 |
    When the exchange is reconciled
    Then these checks pass:
      | check                            | message                                                        |
      | target-progress/all/to Ukraine/total | 45 received, of which 5 in addition to the terms: 40 of 120: 80 to go |
    And the progress towards the terms is:
      | party   | received | in addition | target | to go | over |
      | Ukraine | 45       | 5           | 120    | 80    | 0    |
      | Russia  | 0        |             | 120    | 120   | 0    |
    And the progress table shows Ukraine received 45, of which 5 in addition of the target, with 80 to go

  Scenario: Groups in addition are left out of a completion too
    # Made-up figures: 120 agreed each way, 120 exchanged and 12 wounded besides, then declared complete.
    Given the Presidential Office (official) reported that Ukraine and Russia agreed the "120 for 120, and the wounded" exchange: exactly 120 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | besides    |
      | Coordination Headquarters | official | 1     | to Ukraine | 132   | wounded 12 |
      | Defence Ministry          | official | 1     | to Russia  | 120   |            |
    And the Defence Ministry (official) declared the exchange complete
    When the exchange is reconciled
    Then these checks pass:
      | check                           | message                                                                                                              |
      | completion/all/to Ukraine/total | declared complete by Defence Ministry; stages sum to 132, of which 12 in addition to the terms: 120 against 120: matches the target |
    And every "completion" check passes

  Scenario: Groups in addition do not hide a completion that falls short
    # Made-up figures: 113 exchanged and 12 wounded besides, 125 in all, declared complete against 120 each.
    Given the Presidential Office (official) reported that Ukraine and Russia agreed the "120 for 120, and the wounded" exchange: exactly 120 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | besides    |
      | Coordination Headquarters | official | 1     | to Ukraine | 125   | wounded 12 |
      | Defence Ministry          | official | 1     | to Russia  | 120   |            |
    And the Defence Ministry (official) declared the exchange complete
    When the exchange is reconciled
    Then the "completion" rule finds:
      | finding                         | severity | expected | found | difference |
      | completion/all/to Ukraine/total | error    | = 120    | 113   | -7         |
    And the finding "completion/all/to Ukraine/total" reads "declared complete by Defence Ministry; stages sum to 125, of which 12 in addition to the terms: 113 against 120: shortfall of 7"

  Scenario: A stage in dispute leaves the groups in addition of the other stages out
    # Made-up figures: 120 exchanged and 12 wounded besides at stage 1; two officials give 10 and 12 for stage 2.
    Given the Presidential Office (official) reported that Ukraine and Russia agreed the "140 for 140, and the wounded" exchange: exactly 140 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | besides    |
      | Coordination Headquarters | official | 1     | to Ukraine | 132   | wounded 12 |
      | Coordination Headquarters | official | 2     | to Ukraine | 10    |            |
      | Ombudsman                 | official | 2     | to Ukraine | 12    |            |
    When the exchange is reconciled
    Then these checks pass:
      | check                                | message                                                                                        |
      | target-progress/all/to Ukraine/total | 142–144 received, of which 12 in addition to the terms: 130–132 of 140: 8–10 to go (stage 2 disputed) |
    And the progress table shows Ukraine received 142–144, of which 12 in addition of the target, with 8–10 to go

  Scenario: Terms said as a range count the exchange proper too
    # Made-up figures: between 100 and 120 agreed each way; 118 exchanged and 12 wounded besides, 130 in all.
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: between-and-wounded
        title: Between 100 and 120, and the wounded
        parties: [Ukraine, Russia]
        terms: {each side: {low: 100, high: 120}}
        source: agency
      sources:
        agency: {name: Agency, tier: official, published: 2025-08-01}
      claims:
        - stage: 1
          direction: to Ukraine
          source: agency
          figures: {total: 130, subsets: {wounded: {count: 12, relation: in_addition}}}
        - {stage: 1, direction: to Russia, source: agency, figures: {total: 118}}
      completion: [agency]
      """
    When the exchange is reconciled
    Then these checks pass:
      | check                                | message                                                                                                         |
      | target-progress/all/to Ukraine/total | 130 received, of which 12 in addition to the terms: 118 of 100–120: 0–2 to go                                  |
      | completion/all/to Ukraine/total      | declared complete by Agency; stages sum to 130, of which 12 in addition to the terms: 118 against 100–120: within the target |
    And the progress table shows Ukraine received 130, of which 12 in addition of the target, with 0–2 to go

  Scenario: A group among the exchange that overlaps the group in addition
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | of whom       | besides             |
      | Coordination Headquarters | official | 1     | to Ukraine | 197   | exchanged 180 | severely wounded 22 |
    When the exchange is reconciled
    Then the "subset-within-base" rule finds:
      | finding                                          | severity | expected | found | difference |
      | subset-within-base/1/to Ukraine/subset:exchanged | error    | <= 175   | 180   | +5         |
    And the finding "subset-within-base/1/to Ukraine/subset:exchanged" reads "exchanged 180 of total 197 less severely wounded 22 in addition = 175: exceeds its base by 5"

  Scenario: Eight civilians among the 146 for one side, besides them for the other (24 August 2025)
    # Russia's Defence Ministry via Hürriyet Daily News (AFP): 146 to Ukraine, no civilians mentioned;
    # https://www.hurriyetdailynews.com/russia-and-ukraine-each-send-back-146-pows-moscow-212853
    # President Zelensky via LIGA.net: soldiers and civilians came home, eight civilians among them;
    # Ukraine's Coordination Headquarters via Interfax-Ukraine: eight civilians released besides the servicemen.
    # https://en.interfax.com.ua/news/general/1099162.html
    Given the Istanbul delegation (official) reported that Ukraine and Russia agreed the "146 for 146, and eight civilians" exchange: at least 1,200 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | of whom     | besides     |
      | Russia's Defence Ministry | official | 1     | to Ukraine | 146   |             |             |
      | President Zelensky        | official | 1     | to Ukraine |       | civilians 8 |             |
      | Coordination Headquarters | official | 1     | to Ukraine |       |             | civilians 8 |
    When the exchange is reconciled
    Then the "subset-within-base" rule finds:
      | finding                                          | severity |
      | subset-within-base/1/to Ukraine/subset:civilians | warning  |
    And the finding "subset-within-base/1/to Ukraine/subset:civilians" reads "civilians 8: among its base for President Zelensky; in addition to it for Coordination Headquarters; the total in all is 146 if they are among it, 154 if in addition"
    And the finding "subset-within-base/1/to Ukraine/subset:civilians" rests on:
      | source                    | version | figure            | value |
      | Russia's Defence Ministry | 2       | total             | 146   |
      | President Zelensky        | 3       | subset:civilians  | 8     |
      | Coordination Headquarters | 4       | subset:civilians  | 8     |

  Scenario: A part of one source's breakdown is the group another source counts besides the total
    # Made-up figures. One statement splits the 120 by citizenship, 8 of them foreigners; another says the
    # foreigners came besides the exchange. The dossier states that the group is the same people as the part
    # ("same as citizenship:foreign"): recon never pairs a group with a part by its name or its count alone.
    Given the Presidential Office (official) reported that Ukraine and Russia agreed the "120, and the foreigners" exchange: at least 100 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | besides                                    | citizenship              |
      | Presidential Office       | official | 1     | to Ukraine | 120   |                                            | ukrainian 112, foreign 8 |
      | Coordination Headquarters | official | 1     | to Ukraine |       | foreigners 8 (same as citizenship:foreign) |                          |
    When the exchange is reconciled
    Then the "subset-within-base" rule finds:
      | finding                                           | severity |
      | subset-within-base/1/to Ukraine/subset:foreigners | warning  |
    And the finding "subset-within-base/1/to Ukraine/subset:foreigners" reads "foreigners 8: among its base for Presidential Office (as citizenship foreign); in addition to it for Coordination Headquarters; the total in all is 120 if they are among it, 128 if in addition"
    And the finding "subset-within-base/1/to Ukraine/subset:foreigners" rests on:
      | source                    | version | figure              | value |
      | Presidential Office       | 2       | total               | 120   |
      | Coordination Headquarters | 3       | subset:foreigners   | 8     |
      | Presidential Office       | 2       | citizenship:foreign | 8     |

  Scenario: Sources that agree the group came besides the exchange raise nothing
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier              | stage | direction  | total | besides             |
      | Coordination Headquarters | official          | 1     | to Ukraine | 197   | severely wounded 22 |
      | Reuters                   | established media | 1     | to Ukraine | 197   | severely wounded 22 |
    When the exchange is reconciled
    Then every "subset-within-base" check passes

  Scenario: Azovstal's 18 within Mariupol's 31 within the 175 exchanged (19 March 2025)
    # The Coordination Headquarters' breakdown of the 175, via K4S News (address above); the Kursk operation's
    # defenders are named without a count.
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | of whom                                                                                                              | besides             |
      | Coordination Headquarters | official | 1     | to Ukraine | 197   | exchanged 175; Mariupol defenders 31 of exchanged; Azovstal defenders 18 of Mariupol defenders; Kursk defenders of exchanged | severely wounded 22 |
    When the exchange is reconciled
    Then these checks pass:
      | check                                                     | message                                                                 |
      | subset-within-base/1/to Ukraine/subset:Mariupol defenders | Mariupol defenders 31 of exchanged 175: within its base                 |
      | subset-within-base/1/to Ukraine/subset:Azovstal defenders | Azovstal defenders 18 of Mariupol defenders 31 (within exchanged): within its base |
    And every "subset-within-base" check passes

  Scenario Outline: A group checked against its own base, not the total (<case>)
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | of whom                                                                                        |
      | Coordination Headquarters | official | 1     | to Ukraine | 175   | Mariupol defenders <mariupol>; Azovstal defenders <azovstal> of Mariupol defenders |
    When the exchange is reconciled
    Then the "subset-within-base" rule finds:
      | finding                                                   | expected   | found      | difference   |
      | subset-within-base/1/to Ukraine/subset:Azovstal defenders | <expected> | <azovstal> | <difference> |

    Examples:
      | case                                           | mariupol | azovstal | expected | difference |
      | more than Mariupol's, fewer than the total     | 31       | 40       | <= 31    | +9         |
      | more than Mariupol's and more than the total   | 31       | 180      | <= 31    | +149       |

  Scenario: A group within a group named without a count is checked against the next base up
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | of whom                                              |
      | Coordination Headquarters | official | 1     | to Ukraine | 175   | plant defenders; regiment 180 of plant defenders |
    When the exchange is reconciled
    Then the finding "subset-within-base/1/to Ukraine/subset:regiment" reads "regiment 180 of total 175 (within plant defenders): exceeds its base by 5"

  Scenario: The 22 severely wounded split by branch, 21 + 1 (19 March 2025)
    # The Coordination Headquarters via K4S News (address above): 21 of the Armed Forces and one border guard.
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | besides             | branch of severely wounded         |
      | Coordination Headquarters | official | 1     | to Ukraine | 197   | severely wounded 22 | armed forces 21, border guard 1    |
    When the exchange is reconciled
    Then these checks pass:
      | check                                              | message                                                                                              |
      | category-breakdown/1/to Ukraine/branch             | armed forces 21 + border guard 1 = 22; complete branch breakdown makes up severely wounded 22: balances |

  Scenario Outline: An agency's group split by branch (<case>)
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "175 for 175, plus the severely wounded" exchange: at least 175 to each side
    And these announcements:
      | source                    | tier     | stage | direction  | total | of whom                                      | branch of agency staff |
      | Coordination Headquarters | official | 1     | to Ukraine | 175   | agency staff 86; naval unit 20 of agency staff | <branches>            |
    When the exchange is reconciled
    Then the "category-breakdown" rule finds:
      | finding                                | expected | found   | difference   |
      | category-breakdown/1/to Ukraine/branch | = 86     | <found> | <difference> |

    Examples:
      | case                     | branches               | found | difference |
      | one short of the 86      | army 55, navy 30       | 85    | -1         |
      | one over the 86          | army 56, navy 31       | 87    | +1         |

  Scenario: The 68th exchange and 6,400 freed since 2022 are notes, never counted (24 August 2025)
    # Presidential aide Medinsky via Nakanune: https://www.nakanune.ru/news/2025/8/24/22834757/
    # the Coordination Headquarters via Interfax-Ukraine (address above), and Zelensky's running count via Magyar Nemzet:
    # https://magyarnemzet.hu/kulfold/2025/08/orosz-ukran-fogolycsere
    Given the Istanbul delegation (official) reported that Ukraine and Russia agreed the "146 for 146, and eight civilians" exchange: at least 1,200 to each side
    And these announcements:
      | source                    | tier              | stage | direction | total | notes                                                                                           |
      | Nakanune                  | established media | 1     | each side | 146   | 1,000: the prisoners Kyiv chose from, per Medinsky                                               |
      | Coordination Headquarters | official          | 1     | each side | 146   | 68: the exchange's ordinal number; 6,400: Ukrainians freed since 2022 (more than this)          |
    When the exchange is reconciled
    Then the progress towards the terms is:
      | party   | received | target         | to go | over |
      | Ukraine | 146      | at least 1,200 | 1,054 | 0    |
      | Russia  | 146      | at least 1,200 | 1,054 | 0    |
    And stage 1 keeps these notes beside its claims:
      | source                    | number | meaning                                            |
      | Nakanune                  | 1,000  | the prisoners Kyiv chose from, per Medinsky        |
      | Coordination Headquarters | 68     | the exchange's ordinal number                      |
      | Coordination Headquarters | 6,400  | Ukrainians freed since 2022 (more than this)       |
    And the report lists no findings
