from pytest_bdd import scenarios

scenarios("exchange-proper.feature")
