from pytest_bdd import scenarios

scenarios("mediator-agreement.feature")
