from pytest_bdd import scenarios

scenarios("acknowledgement.feature")
