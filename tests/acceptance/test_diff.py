from pytest_bdd import scenarios

scenarios("diff.feature")
