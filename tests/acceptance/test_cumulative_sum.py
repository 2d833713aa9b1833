from pytest_bdd import scenarios

scenarios("cumulative-sum.feature")
