Feature: What changed between two points of an exchange's history, and which events changed it
  Behaviour: comparing two points of the history
  Between two versions (or two recording instants) the figures whose accepted value or status changed and the findings raised, cleared, changed, acknowledged or reopened are listed, each with the events responsible.

  A verification team that published after stage 1 needs to know what to update after stage 3: which figures
  are new or different, which inconsistencies appeared or went away, and which announcements, corrections
  or acknowledgements are responsible. The comparison looks at the two ends only: a conflict raised and
  cleared in between leaves no difference (the timeline shows it). The later point cannot come first.

  Rule: Two points of the record are compared figure by figure and finding by finding

    Background:
      Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
      And these announcements:
        | source                     | tier              | citing                    | stage | direction  | total | running total | service                    |
        | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 390   |               | military 270, civilian 120 |
        | TASS                       | established media | Russia's Defence Ministry | 1     | each side  |       |               | military 270, civilian 120 |
      And the desk notes the time as "after stage 1"
      And these announcements:
        | source     | tier              | citing                    | stage | direction  | total | running total |
        | Censor.NET | established media |                           | 2     | to Ukraine | 307   | 697           |
        | TASS       | established media | Russia's Defence Ministry | 2     | to Russia  | 307   |               |
        | Censor.NET | established media |                           | 3     | to Ukraine | 303   |               |
        | TASS       | established media | Russia's Defence Ministry | 3     | to Russia  | 303   |               |
      And the desk notes the time as "after stage 3"

    Scenario: From after stage 1 to after stage 3: stages 2 and 3 appear, each figure with the announcement behind it
      When the team compares version 3 with version 7
      Then the comparison runs from "as of version 3" at version 3 to "as of version 7" at version 7
      And the figures that changed are:
        | figure                          | before  | after        | events |
        | stage 2, to Ukraine, total      | unknown | 307 (agreed) | v4     |
        | stage 2, to Ukraine, cumulative | unknown | 697 (agreed) | v4     |
        | stage 2, to Russia, total       | unknown | 307 (agreed) | v5     |
        | stage 3, to Ukraine, total      | unknown | 303 (agreed) | v6     |
        | stage 3, to Russia, total       | unknown | 303 (agreed) | v7     |
      And no finding was raised, cleared or changed

    Scenario: The same comparison between the times the desk noted
      When the team compares the time noted "after stage 1" with the time noted "after stage 3"
      Then the comparison runs from version 3 to version 7
      And the figures that changed are:
        | figure                          | before  | after        | events |
        | stage 2, to Ukraine, total      | unknown | 307 (agreed) | v4     |
        | stage 2, to Ukraine, cumulative | unknown | 697 (agreed) | v4     |
        | stage 2, to Russia, total       | unknown | 307 (agreed) | v5     |
        | stage 3, to Ukraine, total      | unknown | 303 (agreed) | v6     |
        | stage 3, to Russia, total       | unknown | 303 (agreed) | v7     |

    Scenario: An outlet's 304 for stage 3 raises a dispute, and 1,001 received if it is right; its correction clears both
      Given these announcements:
        | source           | tier              | stage | direction  | total |
        | Kyiv Independent | established media | 3     | to Ukraine | 304   |
      When Olena Kovalenko corrects the announcement because "the outlet fixed a typo":
        | source           | tier              | stage | direction  | total |
        | Kyiv Independent | established media | 3     | to Ukraine | 303   |
      And the team compares version 7 with version 8
      Then the figures that changed are:
        | figure                     | before       | after    | events |
        | stage 3, to Ukraine, total | 303 (agreed) | disputed | v8     |
      And the findings that changed are:
        | finding                              | severity | change | events |
        | target-progress/all/to Ukraine/total | warning  | raised | v8     |
        | reciprocity/3/-/total                | warning  | raised | v8     |
        | source-agreement/3/to Ukraine/total  | error    | raised | v8     |
      When the team compares version 8 with version 9
      Then the figures that changed are:
        | figure                     | before   | after        | events |
        | stage 3, to Ukraine, total | disputed | 303 (agreed) | v9     |
      And the findings that changed are:
        | finding                              | severity | change  | events |
        | target-progress/all/to Ukraine/total | warning  | cleared | v9     |
        | reciprocity/3/-/total                | warning  | cleared | v9     |
        | source-agreement/3/to Ukraine/total  | error    | cleared | v9     |
      When the team compares version 7 with version 9
      Then no figure changed
      And no finding was raised, cleared or changed

    Scenario: Acknowledgements are each responsible for the finding they acknowledge, even when a note names another
      Given these announcements:
        | source   | tier              | stage | direction  | total | service                  | sex              |
        | LIGA.net | established media | 2     | to Ukraine | 307   | military 306, civilian 0 | men 306, women 0 |
      And Olena Kovalenko acknowledges the finding "breakdown-sum/2/to Ukraine/sex" noting "the soldier missing here is missing from breakdown-sum/2/to Ukraine/service too"
      And Olena Kovalenko acknowledges the finding "breakdown-sum/2/to Ukraine/service" noting "the outlet has not named one soldier yet"
      When the team compares version 8 with version 10
      Then no figure changed
      And the findings that changed are:
        | finding                            | severity | change       | events |
        | breakdown-sum/2/to Ukraine/service | error    | acknowledged | v10    |
        | breakdown-sum/2/to Ukraine/sex     | error    | acknowledged | v9     |

    Scenario: A later point cannot come first
      When the team compares version 7 with version 3
      Then it is refused as malformed input, naming the field "from"
      And the refusal says "the start (as of version 7) comes after the end (as of version 3)"

  Rule: `recon diff` names the events responsible by their versions

    Background:
      Given the shipped "1,000 for 1,000" dossier has been imported

    Scenario: The shipped dossier from after stage 1 (version 5) to the first announcement of stage 3 (version 9)
      When the fact-checker runs "recon diff 1000-for-1000 --from 5 --to 9 --format json"
      Then the diff lists these figures with the events responsible:
        | figure                                         | before  | after         | events |
        | stage 2, to Ukraine, total                     | unknown | 307 (agreed)  | v6     |
        | stage 2, to Ukraine, service:military          | unknown | 307 (agreed)  | v6     |
        | stage 2, to Ukraine, sex:men                   | unknown | 307 (agreed)  | v7     |
        | stage 2, to Ukraine, sex:women                 | unknown | 0 (agreed)    | v7     |
        | stage 2, to Ukraine, subset:mariupol_defenders | unknown | 27 (agreed)   | v7     |
        | stage 2, to Ukraine, cumulative                | unknown | 697 (agreed)  | v6     |
        | stage 2, to Russia, total                      | unknown | 307 (derived) | v8     |
        | stage 2, to Russia, service:military           | unknown | 307 (agreed)  | v8     |
        | stage 3, to Ukraine, total                     | unknown | 303 (agreed)  | v9     |

    Scenario: A --from after the --to is refused
      When the fact-checker runs "recon diff 1000-for-1000 --from 9 --to 5"
      Then the command is refused with exit status 2, explaining "the start (as of version 9) comes after the end (as of version 5)"
