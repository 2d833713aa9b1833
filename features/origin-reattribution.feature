Feature: An origin on file can be changed when the desk learns whose word a statement really carried
  Behaviour: re-attributing an origin
  The desk changes the origin recorded for a source's statements, with who and why; from then on every figure from
  that source counts the new origin, so a relay of an origin already on file stops counting as independent.

  A desk files what an outlet's article appears to say: "according to Russia's Defence Ministry". Reading it again,
  or reading the ministry's own channel, it finds the figure was the Ukrainian headquarters' all along, quoted by the
  ministry or misread by the outlet. The desk does not record the statement a second time: it re-attributes the
  origin of what is on file from that source, giving its reason. Each statement keeps its id; its figures count the
  new origin from that event on, so a figure that looked confirmed by both parties may turn out to rest on one
  origin relayed twice. A report as of an earlier point reads as it did then, and the history says who changed the
  origin, from what to what, and why.

  Re-attributing the origin a source already carries changes nothing; an origin that is neither a party, a mediator
  nor the media is refused, naming it, and nothing is recorded.

  Background:
    Given TASS (established media) reported that Ukraine and Russia agreed the "Spring swap" exchange: exactly 200 to each side
    And these announcements:
      | source           | tier              | origin                              | stage | direction  | total |
      | Kyiv Independent | established media | Ukraine / Coordination Headquarters | 1     | to Ukraine | 120   |
      | Interfax         | established media | Russia / Defence Ministry           | 1     | to Ukraine | 120   |

  Scenario: A figure that seemed confirmed by both parties rests on one origin once the relay is re-attributed
    When the desk re-attributes Interfax's statement on stage 1 to Ukraine to "Ukraine / Coordination Headquarters" because "the ministry's channel quotes the headquarters"
    Then the report says who said the figures of stage 1 to Ukraine:
      | figure | who said it                                                                          |
      | total  | 120: stated by Ukraine's Coordination Headquarters (single origin relayed by 2 outlets) |

  Scenario: Before the re-attribution the figure reads as it did then
    When the desk re-attributes Interfax's statement on stage 1 to Ukraine to "Ukraine / Coordination Headquarters" because "the ministry's channel quotes the headquarters"
    And the team reads the report as of version 3
    Then the report says who said the figures of stage 1 to Ukraine:
      | figure | who said it                                                                                            |
      | total  | 120: stated by Ukraine's Coordination Headquarters and Russia's Defence Ministry (confirmed by both parties; 2 outlets) |

  Scenario: The timeline names the origin before and after, who changed it and why
    When the desk re-attributes Interfax's statement on stage 1 to Ukraine to "Ukraine / Coordination Headquarters" because "the ministry's channel quotes the headquarters"
    And the team reads the timeline
    Then the timeline lists these events in order:
      | version | event              | what                                                                                                                                                     |
      | 1       | ExchangeAgreed     | Spring swap agreed between Ukraine and Russia (to Ukraine 200; to Russia 200), per TASS                                                                  |
      | 2       | ClaimRecorded      | Kyiv Independent on stage 1, to Ukraine: total 120                                                                                                        |
      | 3       | ClaimRecorded      | Interfax on stage 1, to Ukraine: total 120                                                                                                                |
      | 4       | OriginReattributed | Interfax carried the word of Ukraine's Coordination Headquarters, not Russia's Defence Ministry, as desk re-attributed it (the ministry's channel quotes the headquarters) |

  Scenario: An origin re-attributed a second time follows the latest word
    When the desk re-attributes Interfax's statement on stage 1 to Ukraine to "Ukraine / Coordination Headquarters" because "the ministry's channel quotes the headquarters"
    And the desk re-attributes Interfax's statement on stage 1 to Ukraine to "Russia / Defence Ministry" because "the ministry confirmed the figure itself"
    Then the report says who said the figures of stage 1 to Ukraine:
      | figure | who said it                                                                                            |
      | total  | 120: stated by Ukraine's Coordination Headquarters and Russia's Defence Ministry (confirmed by both parties; 2 outlets) |
    And the exchange counts 2 announcements and 0 retracted, at version 5

  Scenario: The origin a source already carries, given again, changes nothing
    When the desk re-attributes Interfax's statement on stage 1 to Ukraine to "Russia / Defence Ministry" because "checked again"
    Then the exchange counts 2 announcements and 0 retracted, at version 3

  Scenario: An origin that is no party, mediator or the media is refused, naming it
    When the desk re-attributes Interfax's statement on stage 1 to Ukraine to "Atlantis / Navy" because "a guess"
    Then it is refused as malformed input, naming the field "source.origin"
    And nothing was written
