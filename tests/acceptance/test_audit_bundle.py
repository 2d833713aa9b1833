from pytest_bdd import scenarios

scenarios("audit-bundle.feature")
