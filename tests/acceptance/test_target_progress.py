from pytest_bdd import scenarios

scenarios("target-progress.feature")
