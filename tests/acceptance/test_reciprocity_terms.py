from pytest_bdd import scenarios

scenarios("reciprocity-terms.feature")
