from pytest_bdd import scenarios

scenarios("http-api.feature")
