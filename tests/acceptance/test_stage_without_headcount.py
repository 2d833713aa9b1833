from pytest_bdd import scenarios

scenarios("stage-without-headcount.feature")
