from pytest_bdd import scenarios

scenarios("notes-agreement.feature")
