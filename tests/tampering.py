"""Ways of tampering with an audit bundle's bytes, by line number (the manifest is line 1)."""

from __future__ import annotations


def lines_of(data: bytes) -> list[bytes]:
    """The file's lines without their newlines."""
    assert data.endswith(b"\n"), "a bundle ends with a newline"
    return data.split(b"\n")[:-1]


def joined(lines: list[bytes]) -> bytes:
    """Lines back into a file, each ending in a newline."""
    return b"".join(line + b"\n" for line in lines)


def removed(data: bytes, line: int) -> bytes:
    """The file without one line."""
    lines = lines_of(data)
    del lines[line - 1]
    return joined(lines)


def repeated(data: bytes, line: int) -> bytes:
    """The file with one line written twice in a row."""
    lines = lines_of(data)
    lines.insert(line, lines[line - 1])
    return joined(lines)


def swapped(data: bytes, first: int, second: int) -> bytes:
    """The file with two lines trading places."""
    lines = lines_of(data)
    lines[first - 1], lines[second - 1] = lines[second - 1], lines[first - 1]
    return joined(lines)


def edited(data: bytes, line: int, old: str, new: str) -> bytes:
    """The file with `old` replaced by `new` once, in one line only."""
    lines = lines_of(data)
    assert lines[line - 1].count(old.encode()) == 1, f"{old!r} is not once in line {line}"
    lines[line - 1] = lines[line - 1].replace(old.encode(), new.encode())
    return joined(lines)


def flipped(data: bytes, offset: int, mask: int) -> bytes:
    """The file with the bits of `mask` flipped in the byte at `offset`."""
    assert 0 < mask < 256
    return data[:offset] + bytes([data[offset] ^ mask]) + data[offset + 1 :]


def line_at(data: bytes, offset: int) -> int:
    """The number of the line that holds the byte at `offset` (a newline belongs to the line it ends)."""
    return data.count(b"\n", 0, offset) + 1
