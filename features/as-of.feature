Feature: The report as it stood: as of a version, as recorded before an instant, as announced before an instant
  Behaviour: reports as of a point of the history
  A report can describe an exchange as its first events left it, as the team had recorded it by an instant, or as sources had announced it by an instant.

  Verification teams are asked what was known when: "on the evening of 24 May, before stage 3 was announced,
  what did the figures say and which inconsistencies were open?" Nothing in the record is ever edited, so the
  report can be read at any earlier point, in three ways:

  - as of a version: the exchange as its first N events left it;
  - as recorded before an instant: only what the team had entered by then;
  - as announced before an instant: only what sources had published by then, whenever the team entered it.

  The last two differ when a statement is entered late. A publication date counts from the start of that day
  (UTC); an announcement whose source gives no publication date, or only its month, counts by the rules of
  undated-statements.feature (from the day its stage took place, for one), never from its import; a correction
  or retraction without a date of its own counts from when it was recorded. Versions stay those of the record:
  a report as announced before an instant is at the version of the last event it includes. A point before
  anything was known of the exchange is refused with a reason, never answered with an empty report.

  The "1,000 for 1,000" exchange was carried out over three days: 390 to each side on Friday 23 May, 307 on
  Saturday 24 May (697 so far), 303 on Sunday 25 May. Below, the desk records each day's announcements and
  notes the time after each day's work. The ministry gave no publication date: its figures count from the day
  of stage 1.

  Rule: Any point of the recorded history can be read back

    Background:
      Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange on 16 May 2025: exactly 1,000 to each side
      And these announcements, with the day each source published them:
        | source                     | tier              | citing                    | stage | direction  | date       | published  | total |
        | Ukraine's Defence Ministry | official          |                           | 1     | to Ukraine | 2025-05-23 |            | 390   |
        | TASS                       | established media | Russia's Defence Ministry | 1     | to Russia  | 2025-05-23 | 2025-05-23 | 390   |
      And the desk notes the time as "after stage 1"
      And these announcements, with the day each source published them:
        | source     | tier              | citing                    | stage | direction  | date       | published  | total | running total |
        | Censor.NET | established media |                           | 2     | to Ukraine | 2025-05-24 | 2025-05-24 | 307   | 697           |
        | TASS       | established media | Russia's Defence Ministry | 2     | to Russia  | 2025-05-24 | 2025-05-24 | 307   |               |
      And the desk notes the time as "after stage 2"
      And these announcements, with the day each source published them:
        | source     | tier              | citing                    | stage | direction  | date       | published  | total |
        | Censor.NET | established media |                           | 3     | to Ukraine | 2025-05-25 | 2025-05-25 | 303   |
        | TASS       | established media | Russia's Defence Ministry | 3     | to Russia  | 2025-05-25 | 2025-05-25 | 303   |
      And the desk notes the time as "after stage 3"

    Scenario Outline: After stage <stage> each side had received <received>, whichever way the question is asked
      When the team reads the report as of version <version>
      Then the report describes the exchange "as of version <version>", at version <version>
      And each side has received <received> of the 1,000 agreed, with <remaining> to go
      When the team reads the report as announced before <evening>
      Then the report describes the exchange "as announced before <instant>", at version <version>
      And each side has received <received> of the 1,000 agreed, with <remaining> to go
      When the team reads the report as recorded before the time noted "after stage <stage>"
      Then the report describes the exchange as recorded before the time noted "after stage <stage>", at version <version>
      And each side has received <received> of the 1,000 agreed, with <remaining> to go
      And the report lists no findings

      Examples:
        | stage | version | evening                  | instant              | received | remaining |
        | 1     | 3       | 23 May 2025 at 20:00 UTC | 2025-05-23 20:00 UTC | 390      | 610       |
        | 2     | 5       | 24 May 2025 at 20:00 UTC | 2025-05-24 20:00 UTC | 697      | 303       |
        | 3     | 7       | 25 May 2025 at 20:00 UTC | 2025-05-25 20:00 UTC | 1,000    | 0         |

    Scenario: The ministry's undated figures count from the day of stage 1, a date from the start of that day
      When the team reads the report as announced before 23 May 2025 at 00:01 UTC
      Then the report describes the exchange "as announced before 2025-05-23 00:01 UTC", at version 3
      And the progress towards the terms is:
        | party   | received | target | to go |
        | Ukraine | 390      | 1,000  | 610   |
        | Russia  | 390      | 1,000  | 610   |
      When the team reads the report as announced before 23 May 2025
      Then the report describes the exchange "as announced before 2025-05-23 00:00 UTC", at version 1
      And the exchange counts 0 announcements and 0 retracted, at version 1

    Scenario: A statement published on 24 May but entered after stage 3 belongs to the 24 May picture by announcement time only
      Given these announcements, with the day each source published them:
        | source   | tier              | stage | direction  | date       | published  | total |
        | LIGA.net | established media | 2     | to Ukraine | 2025-05-24 | 2025-05-24 | 308   |
      When the team reads the report as announced before 24 May 2025 at 20:00 UTC
      Then the report describes the exchange "as announced before 2025-05-24 20:00 UTC", at version 8
      And the figure total of stage 2 to Ukraine is disputed between 307 and 308
      And the open findings are:
        | finding                                |
        | source-agreement/2/to Ukraine/total    |
        | reciprocity/2/-/total                  |
        | cumulative-sum/2/to Ukraine/cumulative |
      And the finding "cumulative-sum/2/to Ukraine/cumulative" reads "390 + 307–308 = 697–698; running total 697: balances only if stage 2's total is 307"
      And the finding "reciprocity/2/-/total" reads "to Ukraine 307–308, to Russia 307: reciprocal only if the total to Ukraine is 307"
      And the finding "source-agreement/2/to Ukraine/total" rests on:
        | source     | version | figure | value |
        | Censor.NET | 4       | total  | 307   |
        | LIGA.net   | 8       | total  | 308   |
      And the verdict is "errors open"
      And the progress towards the terms is:
        | party   | received | target | to go |
        | Ukraine | 390      | 1,000  | 610   |
        | Russia  | 697      | 1,000  | 303   |
      When the team reads the report as recorded before the time noted "after stage 3"
      Then the report describes the exchange as recorded before the time noted "after stage 3", at version 7
      And the figures of stage 2 to Ukraine are:
        | figure | accepted | status |
        | total  | 307      | agreed |
      And the report lists no findings
      And each side has received 1,000 of the 1,000 agreed, with 0 to go

    Scenario Outline: A point before anything was known of the exchange is refused, not answered with an empty report (<case>)
      When the team asks for the report <point>
      Then it is refused as malformed input, naming the field "<field>"
      And the refusal says "<reason>"

      Examples:
        | case                           | point                           | field            | reason                                                                                        |
        | announced before it was agreed | as announced before 15 May 2025 | announced_before | the exchange was not announced before 2025-05-15 00:00 UTC (first known 2025-05-16 00:00 UTC) |
        | announced on the day agreed    | as announced before 16 May 2025 | announced_before | the exchange was not announced before 2025-05-16 00:00 UTC (first known 2025-05-16 00:00 UTC) |
        | a version not yet recorded     | as of version 8                 | as_of_version    | exchange 1000-for-1000 has 7 events; version 8 does not exist yet                             |

    Scenario: A recording time before the exchange was recorded is refused, saying when it was
      When the team asks for the report as recorded before 1 January 2025
      Then it is refused as malformed input, naming the field "recorded_before"
      And the refusal says nothing was recorded before 2025-01-01 00:00 UTC and when the agreement was recorded

  Rule: On the command line, one point is given as an option, and a malformed one is refused naming the option

    Background:
      Given the shipped "1,000 for 1,000" dossier has been imported

    Scenario Outline: The shipped dossier as it stood on the evening of 24 May, in <format>
      When the fact-checker runs "recon report 1000-for-1000 --announced-before 2025-05-24T20:00 --format <format>"
      Then the report says it is "as announced before 2025-05-24 20:00 UTC"
      And the report shows Ukraine at 697 of the 1,000 agreed, 303 remaining
      And the report shows Russia at 697 of the 1,000 agreed, 303 remaining

      Examples:
        | format   |
        | text     |
        | markdown |
        | json     |

    Scenario Outline: A point the command cannot use is refused with exit status 2 (<case>)
      When the fact-checker runs "recon report 1000-for-1000 <options>"
      Then the command is refused with exit status 2, saying "<message>"

      Examples:
        | case             | options                                         | message                                                                                                                                                 |
        | a malformed date | --announced-before 24/05/2025                   | --announced-before: '24/05/2025' is not a date or time: write a date (2025-05-24) or a time (2025-05-24T20:00, UTC unless it names a zone: 20:00+03:00) |
        | two points       | --as-of-version 5 --announced-before 2025-05-24 | --announced-before: give one point of history, not --as-of-version and --announced-before                                                               |
        | version 0        | --as-of-version 0                               | --as-of-version: a version is a whole number from 1 up, not 0                                                                                           |
