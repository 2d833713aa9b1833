"""Acceptance features; their step modules' asserts report values the way pytest's own do."""

import pytest

pytest.register_assert_rewrite("tests.acceptance.steps")
