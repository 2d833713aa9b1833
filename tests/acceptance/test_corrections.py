from pytest_bdd import scenarios

scenarios("corrections.feature")
