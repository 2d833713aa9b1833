from pytest_bdd import scenarios

scenarios("origin-reattribution.feature")
