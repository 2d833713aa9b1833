from pytest_bdd import scenarios

scenarios("undated-statements.feature")
