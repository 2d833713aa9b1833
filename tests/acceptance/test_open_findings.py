from pytest_bdd import scenarios

scenarios("open-findings.feature")
