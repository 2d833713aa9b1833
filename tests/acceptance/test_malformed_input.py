from pytest_bdd import scenarios

scenarios("malformed-input.feature")
