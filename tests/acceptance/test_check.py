from pytest_bdd import scenarios

scenarios("check.feature")
