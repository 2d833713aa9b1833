from pytest_bdd import scenarios

scenarios("promised-delivered.feature")
