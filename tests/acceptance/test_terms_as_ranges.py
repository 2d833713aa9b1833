from pytest_bdd import scenarios

scenarios("terms-as-ranges.feature")
