Feature: A total that leaves out the groups counted in addition is the exchange proper, not a rival figure
  The rules source-agreement, subset-within-base, combined-directions, reciprocity and promised-delivered read a
  stage's total as below.

  Reporting often gives two figures for one direction of one stage: the exchange proper ("120 for 120") and the
  total in all, which adds groups handed over besides it, often one way ("and 12 severely wounded besides: 132").
  When a party's own statements set such a group apart, counting it in addition to the exchange, a total that
  party gives which equals another statement's total in all less those groups is that party's count of the
  exchange proper. It corroborates the total in all through its exchange-proper part and is not a rival value:
  the report says whose figure was read that way. A figure from a source whose party never set the group apart
  may mean everyone, so it stays a rival value, and the finding says that it agrees only if that source left the
  group out (or, for a figure equal to the group alone, only if the source spoke of the group alone).
  Reciprocity and promised-delivered compare what was meant to be alike or promised: each direction's total less
  its groups counted in addition (when those groups are stated in addition by every source that names them), and
  they say which reading they used. Where nobody who counts the group gives the total, the total may count it or
  leave it out: reciprocity then says under which reading it holds. When sources dispute whether a group is among
  the total or in addition to it, a total in all given by a source that counts it in addition is weighed less the
  group: the readings then differ by the group alone, which the group's warning names once with the total in all
  under each reading, and a difference that remains is a dispute of the count.

  Background:
    Given the Kremlin (official) reported that Ukraine and Russia agreed the "120 for 120, and the wounded" exchange: at least 120 to each side

  Scenario: A party's exchange-proper figure corroborates the total in all
    Given these announcements:
      | source          | tier     | origin                              | stage | direction  | total | of whom       | besides    |
      | Kyiv Daily      | official | Ukraine / Coordination Headquarters | 1     | to Ukraine | 132   | exchanged 120 | wounded 12 |
      | Wire Service    | official | Ukraine / President                 | 1     | to Ukraine | 120   |               |            |
      | Moscow Bulletin | official | Russia / Defence Ministry           | 1     | to Ukraine | 132   |               | wounded 12 |
      | Moscow Bulletin | official | Russia / Defence Ministry           | 1     | to Russia  | 120   |               |            |
      | Gulf Courier    | official | Russia / Defence Ministry           | 1     | combined   | 252   |               |            |
    When the exchange is reconciled
    Then the figures of stage 1 to Ukraine are:
      | figure | accepted | status |
      | total  | 132      | agreed |
    And the report says who said the figures of stage 1 to Ukraine:
      | figure | who said it                                                                                                                                                                 |
      | total  | 132: stated by Ukraine's Coordination Headquarters, Ukraine's President and Russia's Defence Ministry (confirmed by both parties; 3 outlets); Ukraine's President gave 120, the exchange proper without wounded 12 in addition |
    And these checks pass:
      | check                                     | message                                                                                    |
      | source-agreement/1/to Ukraine/total       | 3 origins (3 outlets) agree on 132                                                          |
      | subset-within-base/1/to Ukraine/subset:exchanged | exchanged 120 of total 132 less wounded 12 in addition = 120: within its base        |
      | combined-directions/1/combined/total      | to Ukraine 132 + to Russia 120 = 252; combined 252: balances                                |
      | reciprocity/1/-/total                     | to Ukraine 120 (132 less wounded 12 in addition), to Russia 120: reciprocal on the exchange proper |
    And the report lists no findings

  Scenario Outline: A figure from a source whose party never set the group apart stays a rival value (<case>)
    Given these announcements:
      | source          | tier              | origin                    | stage | direction | total   | of whom       | besides   |
      | Moscow Bulletin | official          | Russia / Defence Ministry | 1     | to Russia | 127     | exchanged 120 | wounded 7 |
      | Headline Daily  | established media | Media / Headline Daily    | 1     | to Russia | <other> |               |           |
    When the exchange is reconciled
    Then the finding "source-agreement/1/to Russia/total" reads "<message>"

    Examples:
      | case                                  | other | message                                                                                                                                                                                                             |
      | the total in all less the group       | 120   | Headline Daily (established media, for Headline Daily) 120: accepted 127, stated by Russia's Defence Ministry (sources differ; accepted the official value); 120 is 127 less wounded 7 in addition: it agrees only if Headline Daily left them out |
      | the group in addition alone           | 7     | Headline Daily (established media, for Headline Daily) 7: accepted 127, stated by Russia's Defence Ministry (sources differ; accepted the official value); 7 is wounded 7 in addition alone: it is their count, not the total, only if Headline Daily spoke of them alone |
      | a figure that fits no reading         | 118   | Headline Daily (established media, for Headline Daily) 118: accepted 127, stated by Russia's Defence Ministry (sources differ; accepted the official value)                                |

  Scenario: Reciprocity compares the exchange proper, and says so when the parts differ
    Given these announcements:
      | source          | tier     | origin                              | stage | direction  | total | besides    |
      | Kyiv Daily      | official | Ukraine / Coordination Headquarters | 1     | to Ukraine | 132   | wounded 12 |
      | Moscow Bulletin | official | Russia / Defence Ministry           | 1     | to Russia  | 125   | wounded 7  |
    When the exchange is reconciled
    Then the finding "reciprocity/1/-/total" reads "to Ukraine 120 (132 less wounded 12 in addition), to Russia 118 (125 less wounded 7 in addition): differ by 2 on the exchange proper"

  Scenario: A group some count among the total and others besides it is left in the total reciprocity compares
    Given these announcements:
      | source          | tier     | origin                              | stage | direction  | total | of whom     | besides     |
      | Moscow Bulletin | official | Russia / Defence Ministry           | 1     | each side  | 120   |             |             |
      | Kyiv Daily      | official | Ukraine / President                 | 1     | to Ukraine |       | civilians 8 |             |
      | Wire Service    | official | Ukraine / Coordination Headquarters | 1     | to Ukraine |       |             | civilians 8 |
    When the exchange is reconciled
    Then these checks pass:
      | check                 | message                                 |
      | reciprocity/1/-/total | to Ukraine 120, to Russia 120: reciprocal |

  Scenario: A total in all from a source counting the group besides, while another counts it among, is weighed less the group
    # Made-up figures. Kyiv Daily counts the eight civilians among its 120; Wire Service says 120 were exchanged
    # and the eight came besides, 128 in all. The two differ on where the eight belong, not on how many came: the
    # total is weighed on what both count alike (128 less the 8 = 120), and the group's warning names the total
    # in all under each reading, once.
    Given these announcements:
      | source       | tier     | origin                              | stage | direction  | total | of whom                    | besides     |
      | Kyiv Daily   | official | Ukraine / President                 | 1     | to Ukraine | 120   | civilians 8                |             |
      | Wire Service | official | Ukraine / Coordination Headquarters | 1     | to Ukraine | 128   | exchanged 120              | civilians 8 |
    When the exchange is reconciled
    Then the figures of stage 1 to Ukraine are:
      | figure | accepted | status |
      | total  | 120      | agreed |
    And these checks pass:
      | check                               | message                            |
      | source-agreement/1/to Ukraine/total | 2 origins (2 outlets) agree on 120 |
    And the finding "subset-within-base/1/to Ukraine/subset:civilians" reads "civilians 8: among its base for Kyiv Daily; in addition to it for Wire Service; the total in all is 120 if they are among it, 128 if in addition"
    And the finding "subset-within-base/1/to Ukraine/subset:civilians" rests on:
      | source       | version | figure           | value |
      | Kyiv Daily   | 2       | total            | 120   |
      | Wire Service | 3       | total            | 120   |
      | Kyiv Daily   | 2       | subset:civilians | 8     |
      | Wire Service | 3       | subset:civilians | 8     |

  Scenario: Totals that still differ once the group is set aside are a dispute of the count
    Given these announcements:
      | source       | tier     | origin                              | stage | direction  | total | of whom     | besides     |
      | Kyiv Daily   | official | Ukraine / President                 | 1     | to Ukraine | 120   | civilians 8 |             |
      | Wire Service | official | Ukraine / Coordination Headquarters | 1     | to Ukraine | 130   |             | civilians 8 |
    When the exchange is reconciled
    Then the finding "source-agreement/1/to Ukraine/total" reads "Kyiv Daily (official, for Ukraine's President) 120; Wire Service (official, for Ukraine's Coordination Headquarters) 122 (130 in all less 8): disputed, range 120 to 122"

  Scenario: A total that may or may not count the group in addition makes reciprocity hold under one reading only
    Given these announcements:
      | source          | tier     | origin                              | stage | direction  | total | besides     |
      | Moscow Bulletin | official | Russia / Defence Ministry           | 1     | each side  | 120   |             |
      | Kyiv Daily      | official | Ukraine / Coordination Headquarters | 1     | to Ukraine |       | civilians 8 |
    When the exchange is reconciled
    Then the "reciprocity" rule finds:
      | finding               | severity |
      | reciprocity/1/-/total | warning  |
    And the finding "reciprocity/1/-/total" reads "to Ukraine 120 (112 if it counts civilians 8 in addition), to Russia 120: reciprocal only if the 120 to Ukraine leaves out civilians 8"

  Scenario: A plan for the exchange proper is compared with the exchange proper delivered
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: exchange-and-wounded
        title: 120 for 120, and the wounded
        parties: [Ukraine, Russia]
        terms: {each side: 120}
        source: kremlin
      sources:
        kremlin: {name: Kremlin press service, tier: official, published: 2025-03-18}
        ministry: {name: Russia's Defence Ministry, tier: official, published: 2025-03-19}
      claims:
        - {stage: 1, direction: each side, source: kremlin, planned: {total: 120}}
        - stage: 1
          direction: to Ukraine
          source: ministry
          figures: {total: 132, subsets: {wounded: {count: 12, relation: in_addition}}}
        - {stage: 1, direction: to Russia, source: ministry, figures: {total: 121}}
      """
    When the exchange is reconciled
    Then these checks pass:
      | check                                | message                                                                              |
      | promised-delivered/1/to Ukraine/total | 120 total delivered, as promised, in the exchange proper (132 less wounded 12 in addition) |
    And the finding "promised-delivered/1/to Russia/total" reads "121 total delivered against 120 promised: 1 more"
