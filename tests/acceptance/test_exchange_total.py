from pytest_bdd import scenarios

scenarios("exchange-total.feature")
