from pytest_bdd import scenarios

scenarios("rules-per-unit.feature")
