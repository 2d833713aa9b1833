from pytest_bdd import scenarios

scenarios("origin-attribution.feature")
