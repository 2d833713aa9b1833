from pytest_bdd import scenarios

scenarios("completion-agreement.feature")
