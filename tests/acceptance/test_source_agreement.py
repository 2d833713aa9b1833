from pytest_bdd import scenarios

scenarios("source-agreement.feature")
