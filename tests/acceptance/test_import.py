from pytest_bdd import scenarios

scenarios("import.feature")
