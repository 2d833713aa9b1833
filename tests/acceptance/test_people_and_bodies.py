from pytest_bdd import scenarios

scenarios("people-and-bodies.feature")
