from pytest_bdd import scenarios

scenarios("extraction-slavic-grammar.feature")
