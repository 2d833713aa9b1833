from pytest_bdd import scenarios

scenarios("breakdown-sum.feature")
