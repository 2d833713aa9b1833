"""Dossier files on disk, YAML and JSON: round trips, the shipped dossier, and refusals before anything is written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from adapters.dossier.loader import DossierError, dump_dossier, load_dossier, load_dossiers, shipped_dossier
from adapters.persistence.store import open_reconciler
from domain.application import Reconciler
from domain.figures import Breakdown, Direction, Subset, Target, Tier

pytestmark = pytest.mark.integration

SHIPPED_SLUG = "1000-for-1000"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Reconciler]:
    """A reconciler on a fresh SQLite file."""
    reconciler = open_reconciler(f"sqlite:///{tmp_path / 'recon.sqlite3'}")
    yield reconciler
    reconciler.close()


def small_dossier(slug: str = "small-swap", total: Any = 10) -> dict[str, Any]:
    """A minimal dossier as data, ready to be written as YAML or JSON."""
    return {
        "format": "recon-dossier/1",
        "exchange": {
            "id": slug,
            "title": "Small swap",
            "parties": ["Ukraine", "Russia"],
            "terms": {"each side": 10},
            "source": "tass",
        },
        "sources": {"tass": {"name": "TASS", "tier": "established_media"}},
        "claims": [{"stage": 1, "direction": "each side", "source": "tass", "figures": {"total": total}}],
    }


def written(path: Path, data: dict[str, Any]) -> Path:
    """`data` written to `path` as JSON or YAML, by the path's suffix."""
    if path.suffix == ".json":
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def line_containing(path: Path, text: str) -> int:
    """The number of the first line of the file that contains `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, content in enumerate(lines, start=1) if text in content)


def imported(app: Reconciler, paths: list[Path]) -> None:
    """Check every file, then record every plan in one transaction, as `recon import` does."""
    app.record_plans(load_dossiers(paths))


def refusal_of(*paths: Path) -> DossierError:
    """The error loading these files raises."""
    with pytest.raises(DossierError) as refused:
        load_dossiers(paths)
    return refused.value


def test_the_shipped_dossier_loads_and_reconciles_with_no_findings(app: Reconciler) -> None:
    plan = load_dossier(shipped_dossier())
    outcome = app.record_plans([plan])
    report = app.report(SHIPPED_SLUG)
    assert outcome[0].claims_recorded == 11
    assert outcome[0].completions_recorded == 1
    assert report.verdict == "reconciles"
    assert report.findings == []


def test_the_shipped_dossier_carries_every_stage_the_exchange_total_and_its_completion() -> None:
    plan = load_dossier(shipped_dossier())
    agreement = plan.agreement
    assert (agreement.slug, agreement.parties, agreement.venue) == (SHIPPED_SLUG, ("Ukraine", "Russia"), "Istanbul")
    assert agreement.agreed_on == date(2025, 5, 16)
    assert set(agreement.terms.targets.values()) == {Target(kind="exactly", count=1000)}
    stages = {claim.stage: claim.took_place_on for claim in plan.claims if claim.stage is not None}
    assert stages == {1: date(2025, 5, 23), 2: date(2025, 5, 24), 3: date(2025, 5, 25)}
    (whole,) = [claim for claim in plan.claims if claim.stage is None]
    assert whole.direction == Direction.to("Russia")
    assert whole.figures.breakdowns == (Breakdown(dimension="service", parts={"military": 880, "civilian": 120}),)
    assert [source.name for source in plan.completions] == ["Sakh.online"]
    assert whole.source == plan.completions[0]
    assert {claim.source.tier for claim in plan.claims} == set(Tier)


def test_the_shipped_dossier_names_parts_and_subsets_as_the_format_advises() -> None:
    plan = load_dossier(shipped_dossier())
    parts = {(b.dimension, part) for claim in plan.claims for b in claim.figures.breakdowns for part in b.parts}
    assert parts == {("service", "military"), ("service", "civilian"), ("sex", "men"), ("sex", "women")}
    subsets = {subset for claim in plan.claims for subset in claim.figures.subsets}
    assert subsets == {Subset(name="mariupol_defenders", count=27), Subset(name="mariupol_defenders", count=70)}


def test_the_shipped_dossier_survives_a_round_trip_through_a_written_file(tmp_path: Path) -> None:
    plan = load_dossier(shipped_dossier())
    copy = tmp_path / "copy.yaml"
    copy.write_text(dump_dossier(plan), encoding="utf-8")
    assert load_dossier(copy) == plan


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".json"])
def test_a_dossier_file_in_each_supported_format_loads_into_the_same_plan(tmp_path: Path, suffix: str) -> None:
    plan = load_dossier(written(tmp_path / f"small{suffix}", small_dossier()))
    assert plan.agreement.slug == "small-swap"
    assert plan.claims[0].figures.total == 10


def test_a_json_dossier_and_its_yaml_twin_load_into_equal_plans(tmp_path: Path) -> None:
    plan = load_dossier(shipped_dossier())
    twin = tmp_path / "twin.json"
    twin.write_text(json.dumps(yaml.safe_load(dump_dossier(plan)), default=str, indent=2), encoding="utf-8")
    assert load_dossier(twin) == plan


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_fractional_count_in_a_file_is_refused_at_its_line(tmp_path: Path, suffix: str) -> None:
    path = written(tmp_path / f"bad{suffix}", small_dossier(total=2.5))
    error = refusal_of(path)
    assert (error.file, error.path, error.line) == (str(path), "claims[0].figures.total", line_containing(path, "2.5"))
    assert str(error) == f"{path}:{error.line}: claims[0].figures.total: a count is a whole number, not 2.5"


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    error = refusal_of(tmp_path / "absent.yaml")
    assert str(error) == f"{tmp_path / 'absent.yaml'}: no such file"


def test_a_file_with_an_unsupported_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("format: recon-dossier/1\n", encoding="utf-8")
    assert "unsupported file type '.txt'" in str(refusal_of(path))


def test_a_file_that_is_not_utf8_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Kyïv".encode("latin-1"))
    assert refusal_of(path).message == "this file is not UTF-8 text"


def test_bad_yaml_syntax_in_a_file_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("format: recon-dossier/1\nexchange:\n  id: [unclosed\n", encoding="utf-8")
    error = refusal_of(path)
    assert error.line == 4
    assert "this is not valid YAML" in error.message


def test_bad_json_syntax_in_a_file_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "recon-dossier/1"\n  "exchange": {}\n}\n', encoding="utf-8")
    error = refusal_of(path)
    assert error.line == 3
    assert "this is not valid JSON" in error.message


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert "but this file is a list" in refusal_of(path).message


def test_loading_several_files_where_one_is_bad_raises_before_anything_is_written(
    app: Reconciler, tmp_path: Path
) -> None:
    good = written(tmp_path / "a-good.yaml", small_dossier("first-swap"))
    bad = written(tmp_path / "b-bad.json", small_dossier("second-swap", total=-3))
    also_good = written(tmp_path / "c-good.yaml", small_dossier("third-swap"))
    with pytest.raises(DossierError) as refused:
        imported(app, [good, bad, also_good])
    assert (refused.value.file, refused.value.path) == (str(bad), "claims[0].figures.total")
    assert app.exchanges() == []


def test_several_good_files_are_recorded_together_in_one_transaction(app: Reconciler, tmp_path: Path) -> None:
    paths = [written(tmp_path / "first.yaml", small_dossier("first-swap")), shipped_dossier()]
    imported(app, paths)
    assert {listing.slug for listing in app.exchanges()} == {"first-swap", SHIPPED_SLUG}


def test_two_files_describing_the_same_exchange_are_refused_in_one_import(tmp_path: Path) -> None:
    first = written(tmp_path / "first.yaml", small_dossier("same-swap"))
    second = written(tmp_path / "second.yaml", small_dossier("same-swap"))
    error = refusal_of(first, second)
    assert (error.file, error.path, error.line) == (str(second), "exchange.id", line_containing(second, "id:"))
    assert str(first) in error.message
