Feature: The desk records statements of the terms and of completion as they come in
  Behaviour: terms and completion recorded live
  A statement of the terms, a declaration of completion and a denial of it are recorded one at a time from the
  command line, with their source, as a dossier would record them; a malformed one is refused naming the option.

  A desk working through a live exchange does not write a whole dossier for every new sentence: a negotiator says
  "at least 1,200 from each side" on the radio, a spokesman says the swap "goes on in further stages". Each is
  recorded as it comes, with who said it, and is read by the same rules as the dossier's own `terms` and
  `completion` items: a statement that differs from the agreement's terms is a terms-agreement finding, a denial of
  a declared completion a completion-agreement finding. Sending the same statement again changes nothing. The
  figures below are illustrations.

  Background:
    Given the shipped "1,000 for 1,000" dossier has been imported

  Scenario: A negotiator's "at least 1,200 from each side" competes with the agreement's 1,000 each
    When the desk runs:
      """
      recon terms add 1000-for-1000 --source-name Interfax --tier established_media
        --origin "Russia / Presidential aide" --each-side "{at_least: 1200}" --says "at least 1,200 from each side"
      """
    Then recon answers "1000-for-1000: Interfax stated the terms: each side at least 1,200 (people)"
    And the terms of "1000-for-1000" are listed as:
      | source   | terms                    | unit   |
      | TASS     | each side 1,000          | people |
      | Interfax | each side at least 1,200 | people |
    And the report of "1000-for-1000" has the open finding "terms-agreement/all/-/people terms"

  Scenario: The same statement sent twice is recorded once
    When the desk runs:
      """
      recon terms add 1000-for-1000 --source-name Interfax --tier established_media --combined 2000
      """
    And the desk runs:
      """
      recon terms add 1000-for-1000 --source-name Interfax --tier established_media --combined 2000
      """
    Then recon answers "1000-for-1000: nothing changed, Interfax stated these terms before"
    And the terms of "1000-for-1000" are listed as:
      | source   | terms           | unit   |
      | TASS     | each side 1,000 | people |
      | Interfax | 2,000 combined  | people |

  Scenario Outline: Terms written as the desk hears them: <heard>
    When the desk runs:
      """
      recon terms add 1000-for-1000 --source-name Ukrinform --tier established_media <options>
      """
    Then the terms of "1000-for-1000" are listed as:
      | source    | terms           | unit   |
      | TASS      | each side 1,000 | people |
      | Ukrinform | <listed>        | <unit> |

    Examples:
      | heard                                | options                                                        | listed                                          | unit   |
      | 1,000 to Ukraine, at least 900 back  | --to Ukraine=1000 --to "Russia={at_least: 900}"                | to Russia at least 900; to Ukraine 1,000        | people |
      | all for all                          | --all-for-all                                                  | all for all                                     | people |
      | no terms announced                   | --not-announced                                                | not announced                                   | people |
      | 1,000 each plus 20 wounded one way   | --each-side 1000 --part "1,000 each" --part "20 wounded to Ukraine" | composite: 1,000 each; 20 wounded to Ukraine | people |
      | 6,000 bodies for 6,000               | --each-side 6000 --unit bodies                                 | each side 6,000                                 | bodies |
      | about 1,200 each                     | --each-side "{about: 1200}"                                  | each side about 1,200 (1,140–1,260)             | people |
      | 1,100 to 1,300 each                  | --each-side "{low: 1100, high: 1300}"                        | each side 1,100–1,300                           | people |

  Scenario Outline: A malformed statement of the terms is refused naming the option, and nothing is recorded
    When the desk runs:
      """
      recon terms add 1000-for-1000 --source-name Ukrinform --tier established_media <options>
      """
    Then recon refuses it with exit status 2 naming "<option>"
    And the terms of "1000-for-1000" are listed as:
      | source | terms           | unit   |
      | TASS   | each side 1,000 | people |

    Examples:
      | options                                   | option        |
      | --each-side -5                            | --each-side   |
      | --each-side "{at_least: 1.5}"             | --each-side   |
      | --to Poland=100                           | --to          |
      | --to Ukraine                              | --to          |
      | --all-for-all --each-side 1000            | --all-for-all |
      | --unit dead --each-side 10                | --unit        |
      | --says "" --each-side 10                  | --says        |
      | --origin "Qatar / Foreign Ministry" --each-side 10 | --origin |

  Scenario: Nothing said of the terms is refused
    When the desk runs:
      """
      recon terms add 1000-for-1000 --source-name Ukrinform --tier established_media
      """
    Then recon refuses it with exit status 2 naming "--each-side"

  Scenario: One side declares the exchange complete and the other says it continues
    When the desk runs:
      """
      recon complete 1000-for-1000 --source-name "Ukrainska Pravda" --tier established_media
        --origin "Ukraine / President" --says continuing
      """
    Then recon answers "1000-for-1000: Ukrainska Pravda says it continues"
    And the report of "1000-for-1000" has the open finding "completion-agreement/all/-/completion"

  Scenario: A denial is recorded once per source
    When the desk runs:
      """
      recon complete 1000-for-1000 --source-name "Ukrainska Pravda" --tier established_media --says denied
      """
    And the desk runs:
      """
      recon complete 1000-for-1000 --source-name "Ukrainska Pravda" --tier established_media --says denied
      """
    Then recon answers "1000-for-1000: nothing changed, a denial by Ukrainska Pravda was recorded before"
