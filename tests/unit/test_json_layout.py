"""The JSON documents recon writes keep the standard library's layout byte for byte, whoever writes them."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from adapters.reports.json import dumps

MAX_INT = 2**63 - 1
"""orjson writes 64-bit integers; recon's counts stop far below (domain/limits.py)."""

scalars = st.none() | st.booleans() | st.integers(-MAX_INT, MAX_INT) | st.text()
documents = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20
)


def _standard(data: Any) -> str:
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


@given(documents)
def test_any_document_is_written_as_the_standard_library_writes_it(data: Any) -> None:
    assert dumps(data) == _standard(data)


def test_control_characters_non_latin_keys_and_empty_containers_are_written_alike() -> None:
    text = "".join(map(chr, range(0x20))) + '"\\\x7f\u2028\u2029\ufeff Київ 😀'
    data = {"é": [text, {}, []], "e": {"Z": None, "a": [True, -5, 10**18]}, text: 1}
    assert dumps(data) == _standard(data)
