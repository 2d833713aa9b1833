from pytest_bdd import scenarios

scenarios("extraction-english-convention.feature")
