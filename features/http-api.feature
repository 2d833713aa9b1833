Feature: Partners read and record over the shared service
  A team runs `recon serve` so that everyone works on one record: partner organisations read the reports over
  HTTP, the desk records what sources announce, and each token opens only what its role allows. A reader may
  read but never write; a recorder may record claims; sending the same claim again never counts it twice.

  Background:
    Given the shared service holds the shipped "1,000 for 1,000" dossier
    And a partner organisation holds a reader token
    And the desk holds a recorder token

  Scenario: A partner organisation reads the report over HTTP
    When the partner asks for the report of "1000-for-1000"
    Then the service answers 200
    And the report's verdict over HTTP is "reconciles"
    And Ukraine has received 1,000 over HTTP

  Scenario: A recorder records a claim, and sending it again changes nothing
    When the desk records that Sakh.online announced 391 returned to Ukraine at stage 1
    Then the service answers 201
    When the desk records that Sakh.online announced 391 returned to Ukraine at stage 1
    Then the service answers 200
    And the exchange holds 12 claims over HTTP

  Scenario: A reader is refused a write
    When the partner records that Sakh.online announced 391 returned to Ukraine at stage 1
    Then the service answers 403
    And the problem names the field "Authorization"
    And the exchange holds 11 claims over HTTP

  Scenario: Without a token nothing is read
    When someone without a token asks for the report of "1000-for-1000"
    Then the service answers 401

  Scenario: A recorder states the terms as another source gave them, and a denial of completion
    When the desk states over HTTP that Interfax gave "at least 1,200" from each side
    Then the service answers 201
    When the desk states over HTTP that Interfax gave "at least 1,200" from each side
    Then the service answers 200
    When the desk records over HTTP that UNN says the exchange continues
    Then the service answers 201
    When the desk records over HTTP that UNN says the exchange continues
    Then the service answers 200
    And the partner reads over HTTP the terms "each side 1,000" and "each side at least 1,200"
    And the open findings over HTTP include "terms-agreement/all/-/people terms" and "completion-agreement/all/-/completion"

  Scenario: A recorder changes the origin of a claim's source, naming the version it read
    When the desk records that Sakh.online announced 391 returned to Ukraine at stage 1
    And the desk sets over HTTP the origin of Sakh.online's claim of 391 to Ukraine at stage 1 to "Russia / Defence Ministry" at the version it read
    Then the service answers 201
    And the answer's ETag is the exchange's version now
    When the desk sets over HTTP the origin of Sakh.online's claim of 391 to Ukraine at stage 1 to "Russia / Defence Ministry" at the version it read
    Then the service answers 200
    When the desk sets over HTTP the origin of Sakh.online's claim of 391 to Ukraine at stage 1 to "Ukraine / Coordination Headquarters" at the version before
    Then the service answers 412
    And the problem names the field "If-Match"
    When the desk sets over HTTP the origin of Sakh.online's claim of 391 to Ukraine at stage 1 to "Atlantis / Navy" at the version it read
    Then the service answers 422
    And the problem names the field "origin"
    When the desk sets over HTTP the origin of an unknown claim to "Russia / Defence Ministry"
    Then the service answers 404
    When the partner sets over HTTP the origin of Sakh.online's claim of 391 to Ukraine at stage 1 to "Ukraine / Coordination Headquarters" at the version it read
    Then the service answers 403
