from pytest_bdd import scenarios

scenarios("as-of.feature")
