"""Small dossiers a scenario describes in a table, written to disk in the dossier format."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CLAIM_COLUMNS = ("stage", "direction", "source", "tier", "total", "military", "civilian")


def key_of(name: str) -> str:
    """A source's key in the dossier: 'Ukraine's Defence Ministry' becomes 'ukraine-s-defence-ministry'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def rows_of(datatable: list[list[str]]) -> list[dict[str, str]]:
    """A Gherkin table as one mapping per row, refusing a column the drafts do not know."""
    header, *rows = datatable
    unknown = set(header) - set(CLAIM_COLUMNS)
    if unknown:
        raise ValueError(f"unknown claim columns {sorted(unknown)}; use {', '.join(CLAIM_COLUMNS)}")
    return [dict(zip(header, row, strict=True)) for row in rows]


@dataclass
class DossierDraft:
    """One exchange, 1,000 for 1,000 agreed in Istanbul, and the claims a scenario gives it."""

    slug: str
    claims: list[dict[str, str]] = field(default_factory=list)

    def document(self) -> dict[str, Any]:
        """The dossier as data, in the order an author would write it."""
        sources = {key_of(row["source"]): self._source(row) for row in self.claims}
        return {
            "format": "recon-dossier/1",
            "exchange": {
                "id": self.slug,
                "title": f"Exchange {self.slug}",
                "parties": ["Ukraine", "Russia"],
                "terms": {"each side": 1000},
                "agreed_on": "2025-05-16",
                "venue": "Istanbul",
                "source": next(iter(sources)),
            },
            "sources": sources,
            "claims": [self._claim(row) for row in self.claims],
        }

    def write(self, path: Path) -> Path:
        """Write the dossier as YAML and return its path."""
        path.write_text(yaml.safe_dump(self.document(), sort_keys=False, allow_unicode=True), encoding="utf-8")
        return path

    @staticmethod
    def _source(row: dict[str, str]) -> dict[str, str]:
        return {"name": row["source"], "tier": row["tier"].replace(" ", "_"), "published": "2025-05-23"}

    @staticmethod
    def _claim(row: dict[str, str]) -> dict[str, Any]:
        figures: dict[str, Any] = {}
        if row.get("total"):
            figures["total"] = int(row["total"])
        if row.get("military") and row.get("civilian"):
            figures["breakdowns"] = {"service": {"military": int(row["military"]), "civilian": int(row["civilian"])}}
        return {
            "stage": int(row["stage"]),
            "direction": row["direction"],
            "source": key_of(row["source"]),
            "figures": figures,
        }


def line_of(path: Path, text: str) -> int:
    """The 1-based line of the first line of the file containing `text`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} is not written in {path.name}")
