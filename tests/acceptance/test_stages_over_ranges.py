from pytest_bdd import scenarios

scenarios("stages-over-ranges.feature")
