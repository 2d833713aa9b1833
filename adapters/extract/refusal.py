"""Input that is not read at all, and why: a statement must be text, UTF-8, not empty and not too large."""

from __future__ import annotations


def refused(raw: bytes, max_bytes: int) -> str | None:
    """Why `raw` is not read at all: too large, binary, not UTF-8, or empty; None when it can be read."""
    if len(raw) > max_bytes:
        return f"the text is {len(raw):,} bytes, over the limit of {max_bytes:,} bytes (see --max-bytes)"
    if b"\x00" in raw:
        return "this is binary data, not text: it holds NUL bytes"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"this is not UTF-8 text: byte {error.start:,} cannot be read"
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        return "this is binary data, not text: it is full of control characters"
    if not text.strip():
        return "the text is empty: there is nothing to read"
    return None
