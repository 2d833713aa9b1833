from pytest_bdd import scenarios

scenarios("nothing-recorded.feature")
