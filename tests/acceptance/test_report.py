from pytest_bdd import scenarios

scenarios("report.feature")
