Feature: Statements that give no day are dated by a stated rule in the views as announced, never by their import
  Behaviour: dating statements without a day of their own
  A report as announced before an instant dates a statement known only to its month, or not dated at all, from its stage's date or the exchange's last dated stage, and says so.

  Many statements reach the desk without a day: an outlet's page shows only the month, a summary of the whole
  exchange gives no date at all. A report as announced before an instant still has to place them, and it must
  never place them at the moment the desk happened to import them, which would drop them from every earlier
  picture. The rules, in order:

  - a statement published on a known day (or at a known time) counts from then;
  - one published in a known month (written "2025-05") or year ("2025") counts from the first day it can have
    been published: its stage's date when that falls within the month or year, else the first day of the month
    or year;
  - one with no publication date counts from the day it says its stage took place, else from its stage's date as
    the other statements give it; a statement about the whole exchange from the exchange's last dated stage; with
    no dated stage at all, from the agreement's announcement.

  A report as announced before an instant lists each statement it dated by rule, and how.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange on 16 May 2025: exactly 1,000 to each side

  Scenario: Censor.NET's page on stage 1 gives only "May 2025": it counts from stage 1's day, 23 May
    # tests/real_cases/may-2025-1000-for-1000.yaml:
    # https://censor.net/en/news/3553965/major-pow-exchange-on-may-23-who-ukraine-brought-back-from-russian-captivity
    Given these announcements, with the day each source published them:
      | source           | tier              | origin                              | stage | direction  | date       | published  | total |
      | Euromaidan Press | established media | Ukraine / President Zelensky        | 1     | to Ukraine | 2025-05-23 | 2025-05-23 | 390   |
      | Censor.NET       | established media | Ukraine / Coordination Headquarters | 1     | to Ukraine |            | 2025-05    | 390   |
    When the team reads the report as announced before 20 May 2025 at 00:00 UTC
    Then the report describes the exchange "as announced before 2025-05-20 00:00 UTC", at version 1
    When the team reads the report as announced before 23 May 2025 at 20:00 UTC
    Then the report describes the exchange "as announced before 2025-05-23 20:00 UTC", at version 3
    And the report says how it dated the statements that give no day:
      | note                                                                                   |
      | v3 (Censor.NET, stage 1): published 2025-05; taken as of stage 1's date (2025-05-23) |

  Scenario: A month-dated statement about a stage nobody dated counts from the month's first day
    Given these announcements, with the day each source published them:
      | source     | tier              | origin                              | stage | direction  | published | total |
      | Censor.NET | established media | Ukraine / Coordination Headquarters | 2     | to Ukraine | 2025-05   | 307   |
    When the team reads the report as announced before 20 May 2025 at 00:00 UTC
    Then the report describes the exchange "as announced before 2025-05-20 00:00 UTC", at version 2
    And the report says how it dated the statements that give no day:
      | note                                                                                 |
      | v2 (Censor.NET, stage 2): published 2025-05; taken as of its first day (2025-05-01) |

  Scenario: An undated summary of the whole exchange counts from the last dated stage, not from its import
    Given these announcements, with the day each source published them:
      | source           | tier              | stage          | direction  | date       | published  | total |
      | Euromaidan Press | established media | 1              | to Ukraine | 2025-05-23 | 2025-05-23 | 390   |
      | Censor.NET       | established media | 2              | to Ukraine | 2025-05-24 | 2025-05-24 | 307   |
      | Censor.NET       | established media | 3              | to Ukraine | 2025-05-25 | 2025-05-25 | 303   |
      | Interfax-Ukraine | established media | whole exchange | to Ukraine |            |            | 1,000 |
    When the team reads the report as announced before 25 May 2025 at 00:00 UTC
    Then the report describes the exchange "as announced before 2025-05-25 00:00 UTC", at version 3
    When the team reads the report as announced before 25 May 2025 at 20:00 UTC
    Then the report describes the exchange "as announced before 2025-05-25 20:00 UTC", at version 5
    And the report says how it dated the statements that give no day:
      | note                                                                                                              |
      | v5 (Interfax-Ukraine, whole exchange): undated; taken as of stage 3's date, the last dated stage (2025-05-25) |

  Scenario: An undated statement about a stage counts from the day another statement gives that stage
    Given these announcements, with the day each source published them:
      | source           | tier              | stage | direction  | date       | published  | total |
      | Euromaidan Press | established media | 1     | to Ukraine | 2025-05-23 | 2025-05-23 | 390   |
      | Interfax-Ukraine | established media | 1     | to Russia  |            |            | 390   |
    When the team reads the report as announced before 23 May 2025 at 20:00 UTC
    Then the report describes the exchange "as announced before 2025-05-23 20:00 UTC", at version 3
    And the report says how it dated the statements that give no day:
      | note                                                                              |
      | v3 (Interfax-Ukraine, stage 1): undated; taken as of stage 1's date (2025-05-23) |
