from pytest_bdd import scenarios

scenarios("combined-directions.feature")
