"""Reading dossiers into the store for `recon import` and `recon demo`, and saying what changed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import typer

from adapters.cli.inputs import readable_file
from adapters.cli.session import Session, busy
from adapters.collector import collector_paused
from adapters.dossier.loader import load_dossiers, shipped_dossiers
from adapters.settings import load_settings
from domain.application import ImportOutcome

LARGE_BYTES = 256 * 1024
"""A dossier this large takes a second or more to read and record: long enough to say, on a terminal, what is
happening (about 2,000 claims; the 10,000 of the bench's dossier take several seconds)."""


def import_files(current: Session, files: Sequence[Path], err: bool = False) -> list[ImportOutcome]:
    """Load every file, record every plan in one transaction, and print one line per exchange."""
    sizes = [readable_file(file, load_settings().max_file_bytes).stat().st_size for file in files]
    several = len(files) > 1 or sum(sizes) >= LARGE_BYTES
    # Reading builds a node or an entry for every value written, and recording an event for every claim, none of
    # them in a reference cycle: the cycle collector would only walk them again and again (about half the time of
    # reading YAML), so it is held off as for a long query (adapters/collector.py).
    with collector_paused():
        with busy(f"Reading {_count(len(files), 'dossier file')}", wanted=several):
            plans = load_dossiers(files)
        with busy(f"Recording {_count(len(plans), 'exchange')}", wanted=several):
            outcomes = current.writable().record_plans(plans)
    typer.echo(summary(files, outcomes, current.shown), err=err)
    for outcome in outcomes:
        typer.echo(f"  {outcome_line(outcome)}", err=err)
    return outcomes


def import_shipped(current: Session, err: bool = False) -> list[ImportOutcome]:
    """Import every dossier shipped with recon, all in one transaction."""
    return import_files(current, shipped_dossiers(), err=err)


def summary(files: Sequence[Path], outcomes: Sequence[ImportOutcome], database_url: str) -> str:
    """'Imported 2 files: 2 exchanges, 14 new claims (store sqlite:///var/recon.sqlite3).'"""
    new_claims = sum(outcome.claims_recorded for outcome in outcomes)
    return (
        f"Imported {_count(len(files), 'file')}: {_count(len(outcomes), 'exchange')}, "
        f"{_count(new_claims, 'new claim')} (store {database_url})."
    )


def outcome_line(outcome: ImportOutcome) -> str:
    """What recording one exchange changed, or 'nothing new' when it was all known already."""
    changed = outcome.claims_recorded or outcome.completions_recorded or outcome.statements_recorded
    if not (outcome.created or changed or outcome.origins_attributed):
        known = _count(outcome.claims_already_known, "claim")
        return f"{outcome.slug}: nothing new ({known} already known, version {outcome.version})"
    parts = ["new exchange"] if outcome.created else []
    parts.append(f"{_count(outcome.claims_recorded, 'claim')} recorded")
    if outcome.claims_already_known:
        parts.append(f"{outcome.claims_already_known:,} already known")
    if outcome.completions_recorded:
        parts.append(f"{_count(outcome.completions_recorded, 'completion')} recorded")
    if outcome.statements_recorded:  # a source's statement of the terms, or its word that a completion is not one
        statements = outcome.statements_recorded
        parts.append(
            f"{_count(statements, 'statement')} of the terms or denial{'s' * (statements != 1)} of completion recorded"
        )
    if outcome.origins_attributed:
        parts.append(f"origins attributed to {_count(outcome.origins_attributed, 'source')} on file")
    return f"{outcome.slug}: {', '.join(parts)} (version {outcome.version})"


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'s' * (number != 1)}"
