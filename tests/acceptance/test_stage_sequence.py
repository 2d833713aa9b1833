from pytest_bdd import scenarios

scenarios("stage-sequence.feature")
