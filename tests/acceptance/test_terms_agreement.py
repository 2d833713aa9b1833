from pytest_bdd import scenarios

scenarios("terms-agreement.feature")
