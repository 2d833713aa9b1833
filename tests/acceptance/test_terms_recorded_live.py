from pytest_bdd import scenarios

scenarios("terms-recorded-live.feature")
