Feature: A statement's figures are reviewed before they are recorded, and keep their words once recorded
  `recon extract FILE -o claim.yaml` writes what it read as a dossier to review: the exchange, the source given on
  the command line, and one claim per direction with its figures and, under `provenance`, the hash of the
  statement's text and the span of every figure. The reviewer corrects what is wrong and imports the file; the
  recorded claim keeps the hash and the spans as evidence on the exchange's history. What the text does not say
  is written `unknown`, and importing refuses the file until a person writes it.

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
