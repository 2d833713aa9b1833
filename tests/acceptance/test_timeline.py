from pytest_bdd import scenarios

scenarios("timeline.feature")
