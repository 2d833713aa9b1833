from pytest_bdd import scenarios

scenarios("extraction-real.feature")
