Feature: Every rule that makes sense for bodies checks the bodies too, apart from the people
  An agreement may cover prisoners and the remains of the dead at once. A verification desk checks each unit's
  figures as it checks the prisoners': sources agree on a handover of remains, its breakdowns add up, its stages add
  up to the running totals, it keeps within what was promised, and progress is read against the bodies' own target.
  The rules run in each unit on that unit's figures only, so a figure of bodies never counts toward a target of
  people. A finding about bodies names its unit (its id ends in "/bodies"); a finding about the exchange's own unit
  keeps the id it always had, so the acknowledgements already given still hold. The rules about the exchange as a
  whole run once: how its terms are stated, its completion, its notes and mediators, and its stage numbers (a
  handover of bodies in the exchange's stage 2 leaves no gap in the bodies' stages). In a unit other than the
  exchange's own, a party's target is the one every statement of the terms in that unit gives it: where they
  differ, that party has no target there, and terms-agreement reports the dispute.

  Background:
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: remains-and-prisoners
        title: Prisoners and remains
        parties: [Ukraine, Russia]
        terms: {each side: 300}
        source: kyiv
      sources:
        kyiv: {name: Kyiv Desk, tier: official, origin: Ukraine / Coordination Headquarters, published: 2025-03-01}
        moscow: {name: Moscow Desk, tier: official, origin: Russia / Defence Ministry, published: 2025-03-01}
      terms:
        - {source: kyiv, form: per_direction, unit: bodies, per_direction: {to Ukraine: 2000}}
        - {source: moscow, form: per_direction, unit: bodies, per_direction: {to Ukraine: 2000}}
      claims:
        - {stage: 1, direction: each side, source: kyiv, figures: {total: 150}}
        - {stage: 1, direction: each side, source: moscow, figures: {total: 150}}
        - {stage: 1, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 1000}}
        - {stage: 1, direction: to Ukraine, source: moscow, unit: bodies, figures: {total: 1003}}
        - {stage: 2, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 900, cumulative: 1850}}
        - {stage: 2, direction: to Ukraine, source: moscow, unit: bodies, figures: {total: 900}}
        - {stage: 3, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 200, breakdowns: {service: {military: 150, civilian: 40}}}}
        - {stage: 3, direction: to Ukraine, source: moscow, unit: bodies, figures: {total: 200}, planned: {total: 250}}
      """

  Scenario: A handover of remains announced as 1,000 by one side and 1,003 by the other
    When the exchange is reconciled
    Then the "source-agreement" rule finds:
      | finding                                    | severity | expected                    | found         | difference |
      | source-agreement/1/to Ukraine/total/bodies | error    | one value from every source | 1,000 / 1,003 | 3          |
    And the finding "source-agreement/1/to Ukraine/total/bodies" rests on:
      | source      | version | value |
      | Kyiv Desk   | 4       | 1,000 |
      | Moscow Desk | 5       | 1,003 |

  Scenario: A running total of remains is checked against the handovers before it
    When the exchange is reconciled
    Then the "cumulative-sum" rule finds:
      | finding                                       | severity |
      | cumulative-sum/2/to Ukraine/cumulative/bodies | error    |

  Scenario: A breakdown of remains that does not make up its handover
    When the exchange is reconciled
    Then the "breakdown-sum" rule finds:
      | finding                                      | severity |
      | breakdown-sum/3/to Ukraine/service/bodies    | error    |

  Scenario: Remains promised for a handover and fewer delivered
    When the exchange is reconciled
    Then the "promised-delivered" rule finds:
      | finding                                        | severity |
      | promised-delivered/3/to Ukraine/total/bodies   | warning  |

  Scenario: Bodies are never counted toward the prisoners' target, and prisoners' findings keep their ids
    When the exchange is reconciled
    Then the progress table shows Ukraine received 150 of the target, with 150 to go
    And the "target-progress" rule finds:
      | finding                                    | severity |
      | target-progress/all/to Ukraine/total/bodies | error    |
    And the report shows progress "bodies to Ukraine: 2,100–2,103 received of 2,000, 100–103 over"
    And every "reciprocity" check passes

  Scenario: A stage of the exchange in which only bodies were handed over is no gap in its numbering
    Given the desk imports this dossier:
      """
      format: recon-dossier/2
      exchange:
        id: remains-between-stages
        title: Prisoners, then remains, then prisoners
        parties: [Ukraine, Russia]
        terms: {each side: 300}
        source: kyiv
      sources:
        kyiv: {name: Kyiv Desk, tier: official, origin: Ukraine / Coordination Headquarters, published: 2025-03-01}
      claims:
        - {stage: 1, direction: each side, source: kyiv, figures: {total: 150}}
        - {stage: 2, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 900}}
        - {stage: 2, direction: to Ukraine, source: kyiv, unit: bodies, planned: {total: 950}}
        - {stage: 3, direction: each side, source: kyiv, figures: {total: 150}}
        - {stage: 5, direction: to Ukraine, source: kyiv, unit: bodies, planned: {total: 100}}
      """
    When the exchange is reconciled
    Then these checks pass:
      | check                          | message                               |
      | stage-sequence/all/-/numbering | stages 1, 2, 3: numbered without gaps |
