Feature: A statement's figures are reviewed before they are recorded, and keep their words once recorded
  `recon extract FILE -o claim.yaml` writes what it read as a dossier to review: the exchange, the source given on
  the command line, and one claim per direction with its figures and, under `provenance`, the hash of the
  statement's text and the span of every figure. The reviewer corrects what is wrong and imports the file; the
  recorded claim keeps the hash and the spans as evidence on the exchange's history. What the text does not say
  is written `unknown`, and importing refuses the file until a person writes it. The proposal is a
  `recon-dossier/2` dossier, the current format, so that what a version 1 dossier cannot hold (a count given as
  "some" or "more than", a group that came in addition, a figure still expected, the exchange's ordinal) imports as
  the text said it.

  Background:
    Given the statement file "stage-1.txt":
      """
      On 23 May 2025 Ukraine brought home 390 people: 270 servicemen and 120 civilians, 387 men and three women.
      This is the first stage of the 1,000 for 1,000 exchange.
      """

  Scenario: The reviewed snippet is imported with the words behind every figure
    When the team extracts "stage-1.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the import succeeds and says "1000-for-1000: new exchange, 1 claim recorded (version 2)"
    And the recorded claim keeps the hash of "stage-1.txt" and these words:
      | figure           | words                |
      | stage            | first stage          |
      | took_place_on    | 23 May 2025          |
      | terms            | 1,000 for 1,000      |
      | direction        | Ukraine brought home |
      | total            | 390                  |
      | service:military | 270                  |
      | service:civilian | 120                  |
      | sex:men          | 387                  |
      | sex:women        | three                |

  Scenario: A count given as "some" is recorded as about that many, not as an exact count
    Given the statement file "stage-2.txt":
      """
      On 24 May 2025 some 307 Ukrainians came home in the second stage of the 1,000 for 1,000 exchange.
      """
    When the team extracts "stage-2.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    Then the file "claim.yaml" says "format: recon-dossier/2"
    When the fact-checker imports "claim.yaml"
    Then the recorded claim states the total as "about 307 (291–323)"

  Scenario: A count given as "more than" is recorded as a lower bound
    Given the statement file "stage-2.txt":
      """
      On 24 May 2025, in the second stage of the 1,000 for 1,000 exchange, more than 300 Ukrainians came home.
      """
    When the team extracts "stage-2.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the recorded claim states the total as "at least 301"

  Scenario: Wounded who came home outside the exchange are recorded in addition to those exchanged
    Given the statement file "stage-2.txt":
      """
      On 24 May 2025, in the second stage of the 1,000 for 1,000 exchange, Ukraine received 307 people.
      In addition, 22 severely wounded soldiers came home outside the exchange.
      """
    When the team extracts "stage-2.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the recorded claim states the total as "329"
    And the recorded claim states the exchanged as "307"
    And the recorded claim states the severely wounded as "22 in addition"

  Scenario: A group drawn from another group is recorded within that group
    Given the statement file "stage-1.txt":
      """
      On 29 June 2022, in the first stage of the 1,000 for 1,000 exchange, Ukraine brought home 144 service members.
      95 of them defended Azovstal, 43 of those are fighters of the Azov Regiment.
      """
    When the team extracts "stage-1.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the recorded claim states the defenders of Azovstal as "95"
    And the recorded claim states the Azov regiment as "43 within azovstal_defenders"

  Scenario: A repatriation of bodies is recorded as a claim counting bodies, shown beside the people exchanged
    Given the statement file "stage-1.txt":
      """
      On 23 May 2025, in the first stage of the 1,000 for 1,000 exchange, Ukraine received the bodies of 909 fallen defenders.
      """
    When the team extracts "stage-1.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the recorded claim states the total as "909"
    And the recorded claim counts bodies

  Scenario: People still expected are recorded as planned, never as delivered
    Given the statement file "stage-2.txt":
      """
      The second stage of the 1,000 for 1,000 exchange is due on 24 May 2025: 307 Ukrainians are expected to come home.
      """
    When the team extracts "stage-2.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the recorded planned claim states the total as "307"
    And no delivered claim is recorded

  Scenario: A delivered count and a count still expected are two claims, and the desk is told two
    Given the statement file "stage-2.txt":
      """
      On 24 May 2025 Ukraine got back 307 servicemen. Tomorrow 300 more Ukrainian servicemen are expected to come home.
      """
    When the team extracts "stage-2.txt" as stage 2 of the official "Ukraine's Defence Ministry" into "claim.yaml"
    Then recon says "Wrote 2 proposed claims"
    And recon does not say "Wrote 1 proposed claim"
    And the file "claim.yaml" does not say "names no stage"

  Scenario: The stage given on the command line is the statement's own, not an earlier day's it recalls
    Given the statement file "stages.txt":
      """
      On 25 June 2024 Ukraine brought 90 citizens home. Then on 28 June 2024 10 more citizens came home to Ukraine.
      """
    When the team extracts "stages.txt" as stage 2 of the official "Ukraine's Defence Ministry" into "claim.yaml"
    Then recon says "Wrote 2 proposed claims"
    And the file "claim.yaml" says "  - stage: unknown"
    And the file "claim.yaml" says "  - stage: 2"

  Scenario: A stage dated only to its month is recorded with its month
    Given the statement file "may.txt":
      """
      During the 1,000 for 1,000 exchange held in May 2025, Ukraine handed over to Russia 30 civilians.
      """
    When the team extracts "may.txt" as stage 1 of the official "Ukraine's Ombudsman" into "claim.yaml"
    Then the file "claim.yaml" says "format: recon-dossier/2"
    When the fact-checker imports "claim.yaml"
    Then the recorded claim took place in the month 2025-05

  Scenario: The exchange's ordinal is kept as a note beside the claim, never counted
    Given the statement file "stage-2.txt":
      """
      On 24 May 2025, in the second stage of the 1,000 for 1,000 exchange, 307 Ukrainians came home.
      It was the 64th exchange since the war began.
      """
    When the team extracts "stage-2.txt" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the recorded claim states the total as "307"
    And the recorded claim notes "64th" as the exchange's ordinal number

  Scenario: A snippet without its source is refused until a person names it
    When the team extracts "stage-1.txt" without naming the source into "claim.yaml"
    And the fact-checker imports "claim.yaml"
    Then the import is refused with exit status 2
    And no exchange is recorded

  Scenario Outline: Input that is not a statement is refused with a clear message and no claim
    Given the file "<file>" holding <content>
    When the team extracts "<file>" as the official "Ukraine's Defence Ministry" into "claim.yaml"
    Then extracting is refused with exit status 2 and the message "<message>"
    And no snippet is written to "claim.yaml"

    Examples:
      | file       | content                | message                           |
      | empty.txt  | nothing                | the text is empty                 |
      | photo.jpg  | binary data            | this is binary data, not text     |
      | huge.txt   | 2,000,000 bytes of text | over the limit of 1,000,000 bytes |
