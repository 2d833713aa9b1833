Feature: The reading room: the verification desk reads and acts in a browser
  The desk spends its day in a browser. The reading room shows every exchange at a glance, one exchange with its
  progress, stages, findings and notes, what the record looked like at any earlier version, and the morning list
  of open findings. A reviewer acknowledges a finding with a note there; a recorder records a claim from a form
  or uploads a dossier, and reads the same messages as `recon import`; on a claim's page a recorder corrects its
  figures, retracts it or sets whose word its source carried, and on the exchange's page declares the exchange
  complete by a source. The exchange can
  be shown as sources had announced it before an instant, whenever the desk recorded it. A reader reads and sees
  nothing to press.

  Background:
    Given the reading room holds the shipped "1,000 for 1,000" dossier

  Scenario: The exchanges page shows each exchange's verdict and progress
    Given the editor has signed in with a reader token
    When the editor opens the exchanges page
    Then the page answers 200
    And "1,000 for 1,000" is listed as "reconciles"
    And the page reads "Ukraine: 1,000 of 1,000"

  Scenario: Searching the exchanges by a name nobody recorded lists none
    Given the editor has signed in with a reader token
    When the editor searches the exchanges for "Abu Dhabi"
    Then the page reads "0 exchanges"

  Scenario: The exchange page as of an earlier version leaves out what came later
    Given the editor has signed in with a reader token
    When the editor opens the "1000-for-1000" page as of version 5
    Then the page shows stage 1 only
    And the page reads "Ukraine has received 390 of 1,000 agreed; 610 remain."

  Scenario: The exchange as sources had announced it leaves out what they said later
    Given the editor has signed in with a reader token
    When the editor opens the "1000-for-1000" page as announced before "2025-05-24"
    Then the page shows stage 1 only
    And the page reads "shown as announced before 2025-05-24 00:00 UTC"

  Scenario: An instant the page cannot read is refused with an example
    Given the editor has signed in with a reader token
    When the editor opens the "1000-for-1000" page as announced before "Saturday evening"
    Then the page answers 422
    And the page reads "'Saturday evening' is not a date or time like 2025-05-24"

  Scenario: A claim's page shows where it comes from and how it was corrected
    Given the editor has signed in with a reader token
    And Ukrainska Pravda's stage 1 claim was corrected to 391 because "the first report misread the total"
    When the editor opens the page of Ukrainska Pravda's stage 1 claim
    Then the page reads "Ukrainska Pravda (established media), citing President Zelensky"
    And the page links to "https://www.pravda.com.ua/eng/news/2025/05/23/7513734/"
    And the page reads "corrected by Desk editor: “the first report misread the total”"
    And the page reads "As first recorded: total 390"

  Scenario: A recorder corrects a claim's figures on its page and the exchange takes the new figure at once
    Given the editor has signed in with a recorder token
    When the editor corrects Ukraine's Defence Ministry's stage 1 claim to "{total: 392}" because "the ministry revised its count"
    Then the page reads "Corrected: the figures below are the claim's figures now."
    And the page reads "corrected by recorder holder: “the ministry revised its count”"
    And the page reads "Figures now total 392"
    When the editor opens the "1000-for-1000" page
    Then stage 1's total to Ukraine reads "392"

  Scenario: A correction without a reason is refused beside the reason, and nothing is recorded
    Given the editor has signed in with a recorder token
    When the editor corrects Ukraine's Defence Ministry's stage 1 claim to "{total: 392}" because ""
    Then the page answers 422
    And the reason field says "The reason is empty"
    And the exchange is still as imported

  Scenario: Figures the correction cannot take are named beside the figures, as recon correct names them
    Given the editor has signed in with a recorder token
    When the editor corrects Ukraine's Defence Ministry's stage 1 claim to "{total: -392}" because "a slip"
    Then the page answers 422
    And the figures field says "total: a count cannot be negative, not -392"
    And the exchange is still as imported

  Scenario: A retracted claim stays on its page and leaves the exchange's figures
    Given the editor has signed in with a recorder token
    When the editor retracts Ukraine's Defence Ministry's stage 1 claim because "the ministry withdrew the statement"
    Then the page reads "Retracted: this claim no longer counts."
    And the page reads "retracted by recorder holder: “the ministry withdrew the statement”"
    And the page offers no correction and no retraction
    When the editor opens the "1000-for-1000" page
    Then no figure of stage 1 cites Ukraine's Defence Ministry

  Scenario: A recorder changes the origin of a claim's source on its page, and the history keeps who and why
    Given the editor has signed in with a recorder token
    When the editor attributes Ukrainska Pravda's stage 1 claim to "Ukraine / President Zelensky" because "the headquarters repeated the president's words"
    Then the page reads "Origin changed: every statement on file from this source counts the origin below from now on."
    And the page reads "Ukraine's President Zelensky (Ukraine / President Zelensky), carried by Ukrainska Pravda"
    And the page reads "re-attributed from Ukraine / Coordination Headquarters to Ukraine / President Zelensky by recorder holder: “the headquarters repeated the president's words”"

  Scenario: An origin the exchange cannot take is named beside the origin's field, and nothing is recorded
    Given the editor has signed in with a recorder token
    When the editor attributes Ukrainska Pravda's stage 1 claim to "Atlantis / Navy" because "a guess"
    Then the page answers 422
    And the origin field says "Atlantis is not a party or mediator"
    And the exchange is still as imported

  Scenario: A recorder declares the exchange complete by a source
    Given the editor has signed in with a recorder token
    When the editor declares the exchange complete by "Ukraine's Coordination Headquarters" of tier "official"
    Then the page reads "Recorded: the declaration of completion is in the history"
    And the page reads "Declared complete by Sakh.online (citing Russia's Deputy Defence Minister Alexander Fomin), Ukraine's Coordination Headquarters."

  Scenario: A source that declared the exchange complete before is not recorded twice
    Given the editor has signed in with a recorder token
    When the editor declares the exchange complete by "Ukraine's Coordination Headquarters" of tier "official"
    And the editor declares the exchange complete by "Ukraine's Coordination Headquarters" of tier "official"
    Then the page reads "This source had declared it complete before: nothing new was recorded."

  Scenario: A recorder declares only the bodies complete, as recon complete --unit bodies does
    Given the editor has signed in with a recorder token
    When the editor declares the bodies complete by "Ukraine's Coordination Headquarters" of tier "official"
    Then the page reads "Recorded: the declaration of completion is in the history"
    And the page reads "Declared complete by Sakh.online (citing Russia's Deputy Defence Minister Alexander Fomin), Ukraine's Coordination Headquarters (of the bodies)."

  Scenario: A unit the form does not offer is refused beside the unit's field
    Given the editor has signed in with a recorder token
    When the editor declares the horses complete by "Ukraine's Coordination Headquarters" of tier "official"
    Then the page answers 422
    And the unit field says "Choose what was declared complete: people or bodies"
    And the exchange is still as imported

  Scenario: A declaration that names no source is refused beside the source's field
    Given the editor has signed in with a recorder token
    When the editor declares the exchange complete by "" of tier "official"
    Then the page answers 422
    And the source_name field says "Say who declared it"
    And the exchange is still as imported

  Scenario: An acknowledged finding leaves the morning list
    Given the editor has signed in with a reviewer token
    And the editor has recorded from the form that Sakh.online announced 391 returned to Ukraine at stage 1
    When the editor reads the morning list
    Then the morning list holds a warning of rule "source-agreement"
    When the editor acknowledges that finding with the note "Sakh.online rounds up; the ministry's 390 stands."
    And the editor reads the morning list
    Then the morning list is empty

  Scenario: A figure the form cannot take is named beside its field, and nothing is recorded
    Given the editor has signed in with a recorder token
    When the editor records from the form that Sakh.online announced -391 returned to Ukraine at stage 1
    Then the page answers 422
    And the figures field says "a count cannot be negative"
    And the exchange still holds 11 claims

  Scenario: A malformed dossier upload is refused naming its file and line
    Given the editor has signed in with a recorder token
    When the editor uploads the shipped dossier as "broken.yaml" with stage 1's total written as -390
    Then the page answers 422
    And the page reads "broken.yaml:56: claims[0].figures.total"

  Scenario: A reader sees no write controls, and a reader's form is refused
    Given the editor has signed in with a reader token
    When the editor opens the "1000-for-1000" page
    Then the page offers no acknowledgement and no "Record a claim"
    When the editor sends an acknowledgement anyway
    Then the page answers 403

  Scenario: A reader sees no correction, retraction or declaration, and a reader's correction is refused
    Given the editor has signed in with a reader token
    When the editor opens the page of Ukraine's Defence Ministry's stage 1 claim
    Then the page offers no correction and no retraction
    When the editor opens the "1000-for-1000" page
    Then the page offers no declaration of completion
    When the editor corrects Ukraine's Defence Ministry's stage 1 claim to "{total: 392}" because "a reader tries"
    Then the page answers 403
    And the exchange is still as imported

  Scenario: A form sent without the page's CSRF token is refused
    Given the editor has signed in with a reviewer token
    When the editor sends an acknowledgement without the page's CSRF token
    Then the page answers 403

  Scenario: An unknown token does not sign anyone in
    When the editor signs in with the token "recon_not-a-token"
    Then the page answers 401
    And the page reads "This token is unknown or revoked"

  Scenario: Without public reads, a visitor is sent to sign in and brought back
    When a visitor who has not signed in opens the "1000-for-1000" page
    Then the visitor is sent to "/sign-in?next=%2Fexchanges%2F1000-for-1000"

  Scenario: What changed between two points names the events responsible in words
    Given the editor has signed in with a reader token
    When the editor opens what changed in "1000-for-1000" between versions 5 and 6
    Then the page names version 6 as responsible, saying what it recorded

  Scenario: Each accepted figure names who first said it and the outlets that relayed it, each linked to its claim
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor opens the "easter-swap" page
    Then stage 1's total to Ukraine says "First said by Ukraine's Coordination Headquarters, relayed by Censor.NET"
    And stage 1's total to Ukraine says "Also said by Russia's Defence Ministry, relayed by TASS, Interfax"
    And stage 1's total to Ukraine says "confirmed by both parties"
    And "Russia's Defence Ministry" under stage 1's total to Ukraine links to TASS's claim
    And "Interfax" under stage 1's total to Ukraine links to Interfax's claim

  Scenario: A figure only one party gave about the other's side says that party has not confirmed it
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor opens the "easter-swap" page
    Then stage 1's total to Russia says "single origin; 1 outlet; Russia has not confirmed it"

  Scenario: A stage total said as a range is drawn as a band from its lowest to its highest value, and said in words
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor opens the "easter-swap" page
    Then the progress to Ukraine draws stage 2 as a band from 200 to 250
    And the page reads "Ukraine has received 246 of 500 agreed; 254 remain. Stage 2 was said as a range: 200 to 250."
    And stage 2's total to Ukraine says "200–250 agreed"

  Scenario: A target said as a range is marked at both ends, and what remains is said as a range
    Given the reading room also holds the desk's "Between 1,100 and 1,300" dossier
    And the editor has signed in with a reader token
    When the editor opens the "between-so-far" page
    Then the page reads "Ukraine has received 980 of 1,100 to 1,300 agreed; 120 to 320 remain."
    And the progress to Ukraine shows 1,100–1,300 agreed and 120–320 remaining

  Scenario: Numbers that are not headcounts, planned figures, bodies and a stage without a headcount are kept apart
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor opens the "easter-swap" page
    Then the page reads "Not counted: Censor.NET ( v2 ): 62, the exchange's ordinal number."
    And the page reads "planned, stage 1, to Russia: total 250 (Censor.NET)"
    And the page reads "bodies to Ukraine: 909 received of no target"
    And the page reads "Stages that took place without a headcount stage 3, to Ukraine: Censor.NET"
    And the page reads "To Ukraine: the stage took place; no headcount was given."

  Scenario: Bodies beside the people have their own progress and stage tables on the exchange's page
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor opens the "easter-swap" page
    Then the page reads "In bodies: progress against the terms stated for them, and stages"
    And in bodies, stage 2's total to Ukraine says "909 agreed"

  Scenario: A claim's page says whose word it carries, which outlet carried it and how precisely it is dated
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor opens the page of Censor.NET's stage 1 claim to Ukraine in "easter-swap"
    Then the page reads "Origin Ukraine's Coordination Headquarters (Ukraine / Coordination Headquarters), carried by Censor.NET"
    And the page reads "Published 2025-04 (the month only)"
    And the page reads "Dated by rule published 2025-04; taken as of its first day (2025-04-01)"

  Scenario: Statements without a day of their own are marked as dated by rule, on the page and in the history
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor opens the "easter-swap" page as announced before "2025-04-30"
    Then the page reads "v9 (Censor.NET, stage 3): published 2025-04; taken as of the day it says stage 3 took place (2025-04-25)"
    When the editor opens the history of "easter-swap"
    Then the page reads "announced 2025-04-25 (published 2025-04; taken as of the day it says stage 3 took place (2025-04-25))"

  Scenario: The morning list counts the open findings of each severity and opens with the errors
    Given the reading room also holds the desk's "Easter swap" dossier
    And the editor has signed in with a reader token
    When the editor reads the morning list
    Then the page reads "2 open findings: 2 warnings"
    And the morning list holds a warning of rule "promised-delivered"
    And the morning list holds a warning of rule "stage-headcount"
