from pytest_bdd import scenarios

scenarios("figures-with-uncertainty.feature")
