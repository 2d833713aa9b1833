Feature: The reading room: the verification desk reads and acts in a browser
  The desk spends its day in a browser. The reading room shows every exchange at a glance, one exchange with its
  progress, stages, findings and notes, what the record looked like at any earlier version, and the morning list
  of open findings. A reviewer acknowledges a finding with a note there; a recorder records a claim from a form
  or uploads a dossier, and reads the same messages as `recon import`. A reader reads and sees nothing to press.

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

  Scenario: A claim's page shows where it comes from and how it was corrected
    Given the editor has signed in with a reader token
    And Ukrainska Pravda's stage 1 claim was corrected to 391 because "the first report misread the total"
    When the editor opens the page of Ukrainska Pravda's stage 1 claim
    Then the page reads "Ukrainska Pravda (established media), citing President Zelensky"
    And the page links to "https://www.pravda.com.ua/eng/news/2025/05/23/7513734/"
    And the page reads "corrected by Desk editor: “the first report misread the total”"
    And the page reads "As first recorded: total 390"

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
    And the page reads "broken.yaml:49: claims[0].figures.total"

  Scenario: A reader sees no write controls, and a reader's form is refused
    Given the editor has signed in with a reader token
    When the editor opens the "1000-for-1000" page
    Then the page offers no acknowledgement and no "Record a claim"
    When the editor sends an acknowledgement anyway
    Then the page answers 403

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
