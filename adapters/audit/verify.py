"""`recon verify`: check a bundle line by line and name the first record altered, missing, inserted or reordered."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import ValidationError

from adapters.audit.bundle import FORMAT, GENESIS, Bundle, BundleError, Line, Manifest, Record, canonical
from domain.exchange import exchange_id

L = TypeVar("L", bound=Line)


@dataclass(frozen=True)
class Reading:
    """One record line as read: the record, or why it is not one."""

    record: Record | None
    problem: str = ""


def verify_bundle(data: bytes, file: str, published_head: str | None = None) -> Bundle:
    """The bundle in `data` if it is complete and unaltered; else a BundleError naming the first bad line."""
    lines = data.split(b"\n")
    tail = lines.pop()
    if not lines and not tail:
        raise _not_a_bundle("the file is empty", file)
    readings = [_reading(raw) for raw in lines[1:]]
    if tail and lines:
        readings.append(Reading(None, "a line cut short: the file ends without its newline"))
    manifest = _manifest(lines[0] if lines else tail, file, cut=bool(tail) and not lines)
    records = _chain(manifest, readings, file)
    _check_head(manifest, records, file, published_head)
    return Bundle(manifest, tuple(records))


def _manifest(raw: bytes, file: str, cut: bool) -> Manifest:
    def refuse(found: str) -> BundleError:
        return BundleError(f"altered: expected a {FORMAT} manifest, found {found}", file=file, line=1)

    manifest, problem = _parsed(Manifest, raw)
    if manifest is None and not _names_the_format(raw):
        unread = problem.startswith(("bytes", "text"))  # not UTF-8 or not JSON: else JSON naming no bundle format
        found = f"its first line is {problem}" if unread else f'its first line does not say "format":"{FORMAT}"'
        raise _not_a_bundle(found, file)
    if cut:
        raise refuse("a line cut short: the file ends without its newline")
    if manifest is None:
        raise refuse(problem)
    if manifest.computed() != manifest.sha256:
        raise BundleError(
            f"altered: the manifest's fields hash to {manifest.computed()}, but its sha256 says {manifest.sha256}",
            file=file,
            line=1,
        )
    derived = str(exchange_id(manifest.slug))
    if manifest.exchange_id != derived:
        raise BundleError(
            f"altered: exchange {manifest.slug} has the id {derived}, but the manifest says {manifest.exchange_id}",
            file=file,
            line=1,
        )
    return manifest


def _chain(manifest: Manifest, readings: Sequence[Reading], file: str) -> list[Record]:
    records: list[Record] = []
    previous, previous_line = GENESIS, 1
    for index, reading in enumerate(readings):
        line, expected = index + 2, index + 1
        if expected > manifest.records:
            raise BundleError(
                f"inserted: the manifest lists {manifest.records} records, found a line after the last",
                file=file,
                line=line,
            )
        record = reading.record
        if record is None:
            raise BundleError(
                f"altered: expected the record at position {expected}, found {reading.problem}", file=file, line=line
            )
        problem = _problem(record, expected, readings, index) or _link(record, previous, previous_line, manifest)
        if problem:
            raise BundleError(problem, file=file, line=line)
        records.append(record)
        previous, previous_line = record.sha256, line
    if len(records) < manifest.records:
        raise BundleError(
            f"missing: expected the record at position {len(records) + 1} of {manifest.records}, "
            "found the end of the file (truncated)",
            file=file,
            line=len(records) + 2,
        )
    return records


def _problem(record: Record, expected: int, readings: Sequence[Reading], index: int) -> str | None:
    if record.computed() != record.sha256:
        return f"altered: {record.label} hashes to {record.computed()}, but its sha256 says {record.sha256}"
    if record.position < expected:
        first = _line_of(readings, record.position)
        return (
            f"inserted: expected position {expected}, found position {record.position} again (already at line {first})"
        )
    if record.position > expected:
        later = _line_of(readings, expected, start=index + 1)
        if later is not None:
            return (
                f"reordered: expected position {expected}, found position {record.position}; "
                f"position {expected} comes later, at line {later}"
            )
        gap = (
            f"position {expected} is"
            if record.position == expected + 1
            else f"positions {expected} to {record.position - 1} are"
        )
        return f"missing: expected position {expected}, found position {record.position}; {gap} not in the file"
    return None


def _link(record: Record, previous: str, previous_line: int, manifest: Manifest) -> str | None:
    if record.previous != previous:
        before = "the genesis" if previous_line == 1 else f"line {previous_line}"
        return (
            f"altered: {record.label} should follow {previous} (the sha256 of {before}), but its previous is "
            f"{record.previous}: the record before it was replaced, or this one was inserted"
        )
    if record.originator_id != manifest.exchange_id:
        return f"inserted: {record.label} belongs to exchange {record.originator_id}, not {manifest.exchange_id}"
    if record.originator_version != record.position:
        return (
            f"altered: expected version {record.position} at position {record.position}, found version "
            f"{record.originator_version}"
        )
    return None


def _check_head(manifest: Manifest, records: Sequence[Record], file: str, published: str | None) -> None:
    head = records[-1].sha256
    if manifest.head != head:
        raise BundleError(
            f"altered: the manifest's head is {manifest.head}, but the last record hashes to {head}", file=file, line=1
        )
    if published is not None and published.lower() != head:
        raise BundleError(f"altered: the history's head is {head}, not the published {published}", file=file, line=1)


def _line_of(readings: Sequence[Reading], position: int, start: int = 0) -> int | None:
    for index in range(start, len(readings)):
        record = readings[index].record
        if record is not None and record.position == position:
            return index + 2
    return None


def _reading(raw: bytes) -> Reading:
    record, problem = _parsed(Record, raw)
    return Reading(record, problem)


def _names_the_format(raw: bytes) -> bool:
    """Whether the line says it is a bundle's manifest, even cut short or respelled: once it does, anything wrong
    with it is an alteration."""
    if f'"format":"{FORMAT}"'.encode() in raw:
        return True
    try:
        data = json.loads(raw)
    except ValueError:  # not JSON, or not UTF-8
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT


def _not_a_bundle(found: str, file: str) -> BundleError:
    """A file that never was a bundle (a CSV, a dossier, an empty file) is not called altered."""
    hint = "`recon export EXCHANGE -o FILE` writes one"
    return BundleError(f"not an audit bundle ({FORMAT}): {found}; {hint}", file=file, line=1)


def _parsed(cls: type[L], raw: bytes) -> tuple[L | None, str]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"bytes that are not UTF-8 text (at column {error.start + 1})"
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"text that is not JSON ({error.msg} at column {error.colno})"
    try:
        spelled = canonical(data)
    except ValueError:
        spelled = ""
    if spelled != text:
        return None, "JSON not in canonical form (sorted keys, no spaces)"
    try:
        return cls.model_validate(data), ""
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the line"
        return None, f"fields that are not a {cls.__name__.lower()}'s: {where}: {first['msg']}"
