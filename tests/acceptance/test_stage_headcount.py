from pytest_bdd import scenarios

scenarios("stage-headcount.feature")
