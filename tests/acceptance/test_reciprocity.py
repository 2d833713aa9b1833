from pytest_bdd import scenarios

scenarios("reciprocity.feature")
