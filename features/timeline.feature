Feature: The timeline lists every event of an exchange with what it changed
  Behaviour: the timeline of an exchange
  Every event is listed in order with what it changed: figures accepted or disputed, findings raised, changed, cleared or reopened, and the progress against the target, in every unit the exchange counts (bodies beside the people).

  When a figure is questioned, the verification team asks where it came from: "which announcement made this
  conflict appear, and which correction cleared it?" The timeline answers event by event. Each entry gives
  the event's version, what it records (an announcement with its figures; a correction, a retraction or an
  acknowledgement with who made it and why) and what it changed: each figure whose accepted value or status
  moved, each finding it raised, changed, cleared or reopened, and how far each side stood from its target
  afterwards. An event that changes nothing says so.

  Rule: Each event says what it changed

    Background:
      Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side

    Scenario: The three stages of "1,000 for 1,000", event by event
      Given these announcements:
        | source                     | tier              | citing                    | stage | direction  | total | running total | service                    |
        | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   |               | military 270, civilian 120 |
        | TASS                       | established media | Russia's Defence Ministry | 1     | each side  |       |               | military 270, civilian 120 |
        | Censor.NET                 | established media |                           | 2     | to Ukraine | 307   | 697           |                            |
        | TASS                       | established media | Russia's Defence Ministry | 2     | to Russia  | 307   |               |                            |
        | Censor.NET                 | established media |                           | 3     | to Ukraine | 303   |               |                            |
        | TASS                       | established media | Russia's Defence Ministry | 3     | to Russia  | 303   |               |                            |
      When the team reads the timeline
      Then the timeline lists these events in order:
        | version | event          | what                                                                                                      |
        | 1       | ExchangeAgreed | 1,000 for 1,000 agreed between Ukraine and Russia (to Ukraine 1,000; to Russia 1,000), per TASS           |
        | 2       | ClaimRecorded  | Ukraine's Defence Ministry on stage 1, to Ukraine: total 390, service:military 270, service:civilian 120  |
        | 3       | ClaimRecorded  | TASS (citing Russia's Defence Ministry) on stage 1, each side: service:military 270, service:civilian 120 |
        | 4       | ClaimRecorded  | Censor.NET on stage 2, to Ukraine: total 307, cumulative 697                                              |
        | 5       | ClaimRecorded  | TASS (citing Russia's Defence Ministry) on stage 2, to Russia: total 307                                  |
        | 6       | ClaimRecorded  | Censor.NET on stage 3, to Ukraine: total 303                                                              |
        | 7       | ClaimRecorded  | TASS (citing Russia's Defence Ministry) on stage 3, to Russia: total 303                                  |
      And the progress after each event is:
        | version | Ukraine | Russia |
        | 1       | 0       | 0      |
        | 2       | 390     | 0      |
        | 3       | 390     | 390    |
        | 4       | 697     | 390    |
        | 5       | 697     | 697    |
        | 6       | 1,000   | 697    |
        | 7       | 1,000   | 1,000  |
      And the timeline shows at version 3:
        | what changed                                                  |
        | stage 1, to Russia, service:military: unknown -> 270 (agreed) |
        | stage 1, to Russia, service:civilian: unknown -> 120 (agreed) |
        | stage 1, to Russia, total: unknown -> 390 (derived)           |
        | progress: to Ukraine 390 of 1,000; to Russia 390 of 1,000     |
      And no event raised or cleared a finding

    Scenario: Two outlets disagreeing on stage 2 make its total disputed at the second announcement
      Given these announcements:
        | source     | tier              | stage | direction  | total |
        | Censor.NET | established media | 2     | to Ukraine | 307   |
        | LIGA.net   | established media | 2     | to Ukraine | 308   |
      When the team reads the timeline
      Then the timeline shows at version 3:
        | what changed                                                                                                                                       |
        | stage 2, to Ukraine, total: 307 (agreed) -> disputed                                                                                               |
        | raised error source-agreement/2/to Ukraine/total: Censor.NET (established media) 307; LIGA.net (established media) 308: disputed, range 307 to 308 |
        | progress: to Ukraine 307–308 of 1,000 (a stage's total is a range); to Russia 0 of 1,000                                                           |

    Scenario: An outlet's 391 raises a finding at its version; the outlet's correction clears it at its own
      Given these announcements:
        | source                     | tier              | stage | direction  | total |
        | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |
        | Kyiv Independent           | established media | 1     | to Ukraine | 391   |
      When Olena Kovalenko corrects the announcement because "the outlet updated its article to 390":
        | source           | tier              | stage | direction  | total |
        | Kyiv Independent | established media | 1     | to Ukraine | 390   |
      And the team reads the timeline
      Then the finding "source-agreement/1/to Ukraine/total" was raised at version 3 and cleared at version 4
      And version 3 is the announcement by Kyiv Independent for stage 1 to Ukraine
      And version 4 records that Olena Kovalenko corrected the announcement by Kyiv Independent for stage 1 to Ukraine because "the outlet updated its article to 390"
      And the timeline shows at version 3:
        | what changed                                                                                                                                                                                        |
        | stage 1, to Ukraine, total: 390 (agreed) -> 390 (resolved)                                                                                                                                          |
        | raised warning source-agreement/1/to Ukraine/total: Kyiv Independent (established media) 391: accepted 390, stated by Ukraine's Defence Ministry (sources differ; accepted the official value) |
        | progress: to Ukraine 390 of 1,000; to Russia 0 of 1,000                                                                                                                                             |
      And the timeline shows at version 4:
        | what changed                                               |
        | stage 1, to Ukraine, total: 390 (resolved) -> 390 (agreed) |
        | cleared source-agreement/1/to Ukraine/total                |
        | progress: to Ukraine 390 of 1,000; to Russia 0 of 1,000    |

    Scenario: The same 391, retracted, is cleared at the retraction's version
      Given these announcements:
        | source                     | tier              | stage | direction  | total |
        | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |
        | Kyiv Independent           | established media | 1     | to Ukraine | 391   |
      When Olena Kovalenko retracts the announcement by Kyiv Independent for stage 1 to Ukraine because "the outlet withdrew its figure"
      And the team reads the timeline
      Then the finding "source-agreement/1/to Ukraine/total" was raised at version 3 and cleared at version 4
      And version 4 records that Olena Kovalenko retracted the announcement by Kyiv Independent for stage 1 to Ukraine because "the outlet withdrew its figure"

    Scenario: A correction and a retraction name the announcement they changed, as its recording did
      Given these announcements:
        | source                     | tier              | stage | direction  | total |
        | Ukraine's Defence Ministry | official          | 1     | to Ukraine | 390   |
        | Kyiv Independent           | established media | 1     | to Ukraine | 391   |
        | Ukrainska Pravda           | established media | 1     | to Ukraine | 389   |
      When Olena Kovalenko corrects the announcement because "the outlet updated its article to 390":
        | source           | tier              | stage | direction  | total |
        | Kyiv Independent | established media | 1     | to Ukraine | 390   |
      And Olena Kovalenko retracts the announcement by Ukrainska Pravda for stage 1 to Ukraine because "the outlet withdrew its figure"
      And the team reads the timeline
      Then version 5 names the announcement "Kyiv Independent on stage 1, to Ukraine"
      And version 6 names the announcement "Ukrainska Pravda on stage 1, to Ukraine"

    Scenario: An acknowledged finding reopens at the announcement that changes its figures
      Given these announcements:
        | source           | tier              | stage | direction  | total | service                    |
        | Ukrainska Pravda | established media | 1     | to Ukraine | 390   | military 270, civilian 121 |
      And Olena Kovalenko acknowledges the finding "breakdown-sum/1/to Ukraine/service" noting "one civilian counted twice; correction requested"
      And these announcements:
        | source                     | tier     | stage | direction  | total |
        | Ukraine's Defence Ministry | official | 1     | to Ukraine | 392   |
      When the team reads the timeline
      Then the finding "breakdown-sum/1/to Ukraine/service" was raised at version 2
      And version 3 records that Olena Kovalenko acknowledged the finding "breakdown-sum/1/to Ukraine/service" noting "one civilian counted twice; correction requested"
      And the timeline shows at version 3:
        | what changed                         |
        | no change to the figures or findings |
      And the timeline shows at version 4:
        | what changed                                                                                                                                                                                        |
        | stage 1, to Ukraine, total: 390 (agreed) -> 392 (resolved)                                                                                                                                          |
        | raised warning source-agreement/1/to Ukraine/total: Ukrainska Pravda (established media) 390: accepted 392, stated by Ukraine's Defence Ministry (sources differ; accepted the official value) |
        | changed breakdown-sum/1/to Ukraine/service: military 270 + civilian 121 = 391; complete service breakdown makes up total 392: off by -1                                                             |
        | reopened breakdown-sum/1/to Ukraine/service                                                                                                                                                         |
        | progress: to Ukraine 392 of 1,000; to Russia 0 of 1,000                                                                                                                                             |

    Scenario: Bodies handed over beside the prisoners have their progress on the line too
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: remains-in-the-timeline
          title: Prisoners and remains, event by event
          parties: [Ukraine, Russia]
          terms: {each side: 300}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, origin: Ukraine / Coordination Headquarters, published: 2025-03-01}
        terms:
          - {source: kyiv, form: per_direction, unit: bodies, per_direction: {to Ukraine: 2000}}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 150}}
          - {stage: 2, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 900}}
        """
      When the team reads the timeline
      Then the timeline shows at version 3:
        | what changed                                                                    |
        | stage 2, to Ukraine, total, in bodies: unknown -> 900 (agreed)                  |
        | progress: to Ukraine 150 of 300; to Russia 150 of 300; bodies to Ukraine 900; bodies to Russia 0 |
      And the timeline describes version 3 as "Kyiv Desk on stage 2, to Ukraine, in bodies: total 900"
      And the timeline describes version 2 as "Kyiv Desk on stage 1, each side: total 150"

    Scenario: An exchange of the dead alone names its claims' unit too
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: remains-alone-in-the-timeline
          title: Remains for remains
          parties: [Ukraine, Russia]
          unit: bodies
          terms: {each side: 500}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, published: 2025-03-01}
        claims:
          - {stage: 1, direction: to Ukraine, source: kyiv, figures: {total: 480}}
        """
      When the team reads the timeline
      Then the timeline describes version 2 as "Kyiv Desk on stage 1, to Ukraine, in bodies: total 480"

    Scenario: Groups handed over in addition show on the progress line, and the terms count the exchange proper
      # Made-up figures: 120 agreed each way, 120 exchanged and 12 wounded besides, 132 in all.
      Given the Presidential Office (official) reported that Ukraine and Russia agreed the "120 for 120, and the wounded" exchange: exactly 120 to each side
      And these announcements:
        | source                    | tier     | stage | direction  | total | besides    |
        | Coordination Headquarters | official | 1     | to Ukraine | 132   | wounded 12 |
      When the team reads the timeline
      Then the timeline shows at version 2:
        | what changed                                                                   |
        | stage 1, to Ukraine, subset:wounded: unknown -> 12 (agreed)                    |
        | stage 1, to Ukraine, total: unknown -> 132 (agreed)                            |
        | progress: to Ukraine 132, of which 12 in addition: 120 of 120; to Russia 0 of 120 |

    Scenario: A stage whose total the best sources dispute counts on the progress line as a range, never as nothing
      # Made-up figures: 200 on the first stage; two official sources give 150 and 160 for the second.
      Given the Presidential Office (official) reported that Ukraine and Russia agreed the "500 for 500" exchange: exactly 500 to each side
      And these announcements:
        | source                    | tier     | stage | direction  | total |
        | Coordination Headquarters | official | 1     | to Ukraine | 200   |
        | Coordination Headquarters | official | 2     | to Ukraine | 150   |
        | Ombudsman                 | official | 2     | to Ukraine | 160   |
      When the team reads the timeline
      Then the timeline shows at version 4:
        | what changed                                                                   |
        | stage 2, to Ukraine, total: 150 (agreed) -> disputed                                                                                     |
        | raised error source-agreement/2/to Ukraine/total: Coordination Headquarters (official) 150; Ombudsman (official) 160: disputed, range 150 to 160 |
        | progress: to Ukraine 350–360 of 500 (a stage's total is a range); to Russia 0 of 500                                                     |

    Scenario: A declaration or denial about the remains alone says so on its line
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: remains-declared-in-the-timeline
          title: Prisoners and remains, declared complete apart
          parties: [Ukraine, Russia]
          terms: {each side: 300}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, origin: Ukraine / Coordination Headquarters, published: 2025-03-01}
          moscow: {name: Moscow Desk, tier: official, origin: Russia / Defence Ministry, published: 2025-03-02}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 150}}
          - {stage: 1, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 900}}
        completion:
          - {source: kyiv, unit: bodies}
          - {source: moscow, says: continuing, unit: bodies}
          - {source: moscow, says: continuing}
        """
      When the team reads the timeline
      Then the timeline describes version 4 as "Moscow Desk said the exchange continues"
      And the timeline describes version 5 as "Kyiv Desk declared the exchange complete in bodies"
      And the timeline describes version 6 as "Moscow Desk said the exchange continues in bodies"

  Rule: The progress line counts the stages the report counts

    Once a source declared the exchange complete, the stages up to that declaration are the exchange as declared: a
    stage first reported after it is not counted towards the target, in the timeline as in the report, and it is not
    dropped either: the progress line names it as after the declared completion, from the declaration's event on.

    Scenario: Declared complete at 500 each, then a third stage of 80 a month later
      # Made-up figures: 300 and 200 exchanged each way by 20 May, declared complete that day, 80 more in June.
      Given the desk imports this dossier:
        """
        format: recon-dossier/2
        exchange:
          id: declared-then-a-third-stage
          title: declared, then a third stage
          parties: [Ukraine, Russia]
          terms: {each side: 500}
          source: kyiv
        sources:
          kyiv: {name: Kyiv Desk, tier: official, published: 2025-05-20}
          june: {name: Evening Desk, tier: official, published: 2025-06-21}
        claims:
          - {stage: 1, direction: each side, source: kyiv, figures: {total: 300}}
          - {stage: 2, direction: each side, source: kyiv, figures: {total: 200}}
          - {stage: 3, direction: each side, source: june, figures: {total: 80}}
        completion: [kyiv]
        """
      When the team reads the timeline
      Then the progress after each event is:
        | version | Ukraine | Russia |
        | 1       | 0       | 0      |
        | 2       | 300     | 300    |
        | 3       | 500     | 500    |
        | 4       | 580     | 580    |
        | 5       | 500     | 500    |
      And the timeline shows at version 5:
        | what changed                                                                                                                                          |
        | raised warning completion-agreement/all/-/completion: declared complete by Kyiv Desk, denied by nobody; stage 3 came after the declared completion (2025-05-20) |
        | cleared target-progress/all/to Russia/total                                                                                                           |
        | cleared target-progress/all/to Ukraine/total                                                                                                          |
        | progress: to Ukraine 500 of 500 (stage 3 after the declared completion, not counted); to Russia 500 of 500 (stage 3 after the declared completion, not counted) |
      When the exchange is reconciled
      Then the progress towards the terms is:
        | party   | received | target | to go | over |
        | Ukraine | 500      | 500    | 0     | 0    |
        | Russia  | 500      | 500    | 0     | 0    |

  Rule: `recon timeline` gives the same entries as text, Markdown and JSON

    Background:
      Given the shipped "1,000 for 1,000" dossier has been imported

    Scenario: The shipped dossier's thirteen events, with each side's progress after each stage
      When the fact-checker runs "recon timeline 1000-for-1000 --format json"
      Then the timeline has 13 entries, versions 1 to 13 in order
      And after version 5 (stage 1) each side had received 390
      And after version 8 (stage 2) each side had received 697
      And after version 11 (stage 3) each side had received 1,000

    Scenario Outline: The timeline as <format> lists every version with what it changed
      When the fact-checker runs "recon timeline 1000-for-1000 --format <format>"
      Then the <format> timeline lists versions 1 to 13, and at version 9 "stage 3, to Ukraine, total: unknown -> 303 (agreed)"

      Examples:
        | format   |
        | text     |
        | markdown |
