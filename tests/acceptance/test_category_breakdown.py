from pytest_bdd import scenarios

scenarios("category-breakdown.feature")
