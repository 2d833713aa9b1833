from pytest_bdd import scenarios

scenarios("groups.feature")
