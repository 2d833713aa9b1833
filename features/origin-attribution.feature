Feature: An origin learned later is attributed to the statements already on file
  Behaviour: attributing origins to claims recorded without them
  A statement recorded without its origin gains it when the same statement is recorded again naming its origin; from then on its figures count that origin, and the history shows when the desk learned it.

  The desk often files an outlet's figure before it knows whose word the outlet carries: the article says
  "according to the president's office", or nothing, and only later does the desk learn which ministry or
  headquarters spoke. Recording the same statement again, this time naming its origin ("Ukraine / President
  Zelensky"), does not make it a second statement: the statement already on file is attributed to that origin.
  Every figure the outlet's statement gave then counts that origin, so that two outlets carrying one president's
  word become one piece of evidence relayed by two outlets. The attribution is an event of its own in the
  history, at the moment the desk made it: a report as of an earlier point reads as it did then.

  Only a statement on file without an origin can gain one this way; a statement recorded again with the same
  origin changes nothing.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "1,000 for 1,000" exchange: exactly 1,000 to each side
    And these announcements:
      | source           | tier              | stage | direction  | total |
      | Kyiv Independent | established media | 1     | to Ukraine | 390   |
      | Ukrainska Pravda | established media | 1     | to Ukraine | 390   |

  Scenario: Two outlets learned to carry one president's word are one origin relayed twice
    When these announcements are recorded again:
      | source           | tier              | origin                       | stage | direction  | total |
      | Kyiv Independent | established media | Ukraine / President Zelensky | 1     | to Ukraine | 390   |
      | Ukrainska Pravda | established media | Ukraine / President Zelensky | 1     | to Ukraine | 390   |
    And the exchange is reconciled
    Then the exchange counts 2 announcements and 0 retracted, at version 5
    And the report says who said the figures of stage 1 to Ukraine:
      | figure | who said it                                                                 |
      | total  | 390: stated by Ukraine's President Zelensky (single origin relayed by 2 outlets) |

  Scenario: Before the attribution the figures read as they did: origin not stated
    When these announcements are recorded again:
      | source           | tier              | origin                       | stage | direction  | total |
      | Kyiv Independent | established media | Ukraine / President Zelensky | 1     | to Ukraine | 390   |
    And the team reads the report as of version 3
    Then the report says who said the figures of stage 1 to Ukraine:
      | figure | who said it                                                             |
      | total  | 390: stated by Kyiv Independent and Ukrainska Pravda (origin not stated; 2 outlets) |

  Scenario: The timeline shows when the desk learned the origin
    When these announcements are recorded again:
      | source           | tier              | origin                       | stage | direction  | total |
      | Kyiv Independent | established media | Ukraine / President Zelensky | 1     | to Ukraine | 390   |
    And the team reads the timeline
    Then the timeline lists these events in order:
      | version | event            | what                                                                                            |
      | 1       | ExchangeAgreed   | 1,000 for 1,000 agreed between Ukraine and Russia (to Ukraine 1,000; to Russia 1,000), per TASS |
      | 2       | ClaimRecorded    | Kyiv Independent on stage 1, to Ukraine: total 390                                              |
      | 3       | ClaimRecorded    | Ukrainska Pravda on stage 1, to Ukraine: total 390                                              |
      | 4       | OriginAttributed | Kyiv Independent carried the word of Ukraine's President Zelensky, learned when its statement was recorded again naming its origin |

  Scenario: The same statement with the same origin recorded a third time changes nothing
    When these announcements are recorded again:
      | source           | tier              | origin                       | stage | direction  | total |
      | Kyiv Independent | established media | Ukraine / President Zelensky | 1     | to Ukraine | 390   |
      | Kyiv Independent | established media | Ukraine / President Zelensky | 1     | to Ukraine | 390   |
      | Kyiv Independent | established media |                              | 1     | to Ukraine | 390   |
    And the exchange is reconciled
    Then the exchange counts 2 announcements and 0 retracted, at version 4
