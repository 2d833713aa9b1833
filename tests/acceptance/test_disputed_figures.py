from pytest_bdd import scenarios

scenarios("disputed-figures.feature")
