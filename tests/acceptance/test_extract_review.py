from pytest_bdd import scenarios

scenarios("extract-review.feature")
