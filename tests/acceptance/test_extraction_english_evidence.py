from pytest_bdd import scenarios

scenarios("extraction-english-evidence.feature")
