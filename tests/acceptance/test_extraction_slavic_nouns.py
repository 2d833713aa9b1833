from pytest_bdd import scenarios

scenarios("extraction-slavic-nouns.feature")
