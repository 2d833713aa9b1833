from pytest_bdd import scenarios

scenarios("subset-within-base.feature")
