"""The features' index lists every feature file, so a reader of features/README.md finds every rule documented."""

from __future__ import annotations

from pathlib import Path

FEATURES = Path(__file__).resolve().parents[2] / "features"


def test_every_feature_file_has_its_row_in_the_index() -> None:
    index = (FEATURES / "README.md").read_text(encoding="utf-8")
    missing = [path.name for path in sorted(FEATURES.glob("*.feature")) if f"]({path.name})" not in index]
    assert missing == []
