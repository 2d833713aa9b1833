Feature: Notes that count the same thing agree, and one number is not two different counts
  Rule id: notes-agreement
  Notes that count the same thing give the same number, and no number is given as two different counts.

  Announcements carry numbers that are not headcounts of the exchange: "the 49th exchange", "the mediator's
  eighth mediation", "1,994 freed through its mediation since 2022". The desk keeps them as notes and never
  counts them, but it still reads them against each other. A note may say what it counts (`counts`, a short name
  the dossier chooses, such as `exchanges_since_2022`). Two notes counting the same thing must give the same
  number: the 49th exchange in one statement and the 48th in another cannot both be right. And one number given
  as two different counts (the mediator's 1,994 freed through its mediation, an outlet's 1,994 freed in all)
  means that one source has relayed the other's number as something it is not, or that the two coincide: either
  way neither corroborates the other, and the desk says so. Notes that do not say what they count are kept and
  shown, and compared with nothing.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "103 each" exchange: exactly 103 to each side

  Scenario: The headquarters' 1,994 freed through the mediation, relayed by an outlet as 1,994 freed in all
    # The pattern of tests/real_cases/sep-2024-103-each.yaml, in made-up figures.
    Given these announcements:
      | source    | tier              | origin                              | stage | direction | total | notes                                                                              |
      | Ukrinform | official          | Ukraine / Coordination Headquarters | 1     | combined  | 206   | 1,994: freed through the mediation since 2022 (counts freed_through_the_mediation) |
      | i24NEWS   | established media | Media / i24NEWS                     | 1     | each side | 103   | 1,994: freed in all since 2022 (counts freed_in_all)                               |
    When the exchange is reconciled
    Then the "notes-agreement" rule finds:
      | finding                          | severity | expected                  | found                                      |
      | notes-agreement/all/-/note:1,994 | warning  | one count for each number | freed_in_all / freed_through_the_mediation |
    And the finding "notes-agreement/all/-/note:1,994" reads "1,994 is given as two different counts: freed through the mediation since 2022 (Ukrinform); freed in all since 2022 (i24NEWS): neither corroborates the other"
    And the finding "notes-agreement/all/-/note:1,994" rests on:
      | source    | version |
      | Ukrinform | 2       |
      | i24NEWS   | 3       |

  Scenario: The ombudsman's 49th exchange against an outlet's 48th
    Given these announcements:
      | source | tier              | origin                       | stage | direction  | total | notes                                                          |
      | UNN    | official          | Ukraine / Ombudsman Lubinets | 1     | to Ukraine | 103   | 49: the exchange's ordinal number (counts exchanges_since_2022) |
      | Babel  | established media | Media / Babel                | 1     | to Ukraine | 103   | 48: the exchange's ordinal number (counts exchanges_since_2022) |
    When the exchange is reconciled
    Then the "notes-agreement" rule finds:
      | finding                                        | severity | expected                  | found   |
      | notes-agreement/all/-/note:exchanges_since_2022 | warning  | one number for each count | 48 / 49 |
    And the finding "notes-agreement/all/-/note:exchanges_since_2022" rests on:
      | source | version |
      | UNN    | 2       |
      | Babel  | 3       |

  Scenario: Two sources giving the 55th exchange agree, and notes that say nothing of what they count are compared with nothing
    Given these announcements:
      | source | tier              | origin                       | stage | direction  | total | notes                                                                                  |
      | UNN    | official          | Ukraine / Ombudsman Lubinets | 1     | to Ukraine | 103   | 55: the exchange's ordinal number (counts exchanges_since_2022); 8: an eighth mediation |
      | A News | established media | Media / A News               | 1     | to Russia  | 103   | 55: exchanges since February 2022 (counts exchanges_since_2022); 8: an eighth of its kind |
    When the exchange is reconciled
    Then these checks pass:
      | check                                           | message                                   |
      | notes-agreement/all/-/note:exchanges_since_2022 | 2 sources give 55 for exchanges_since_2022 |
    And every "notes-agreement" check passes
