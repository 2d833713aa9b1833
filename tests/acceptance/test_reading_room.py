from pytest_bdd import scenarios

scenarios("reading-room.feature")
