from pytest_bdd import scenarios

scenarios("relayed-silence.feature")
