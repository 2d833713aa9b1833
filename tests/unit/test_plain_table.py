"""A house table printed without colour reads, byte for byte, as rich lays it out, whether its columns fit or are
narrowed and wrapped; what the plain lines do not cover is left to rich."""

from __future__ import annotations

import random

import pytest
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from adapters.reports import text
from adapters.reports.plain_table import PlainTable
from tests.histories import MANY_STAGES, random_history
from tests.unit.test_kept_reconciliation import report_afresh

WORDS = (
    "a",
    "to",
    "sex:men",
    "v42: 272,",
    "Ukraine's Defence Ministry",
    "8 sources agree",
    "307-308",
    "x" * 45,
    "Zelenskyy\u2019s",
)
HEADERS = ("Direction", "Figure", "Accepted", "Status", "Sources", "Claim", "Received by", "Total")


def random_cell(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return ""
    if rng.random() < 0.01:
        return "\u6771\u4eac"  # two columns a character: left to rich
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.choice([1, 1, 2, 3, 6]))).strip() for _ in range(3)]
    return "\n".join(lines[: rng.choice([1, 1, 1, 2, 3])])


def random_table(rng: random.Random) -> PlainTable:
    headers = rng.sample(HEADERS, rng.randint(1, 6))
    title = rng.choice([None, "Stage 2 (2022-08-23)", "Progress: what each party received " * rng.randint(1, 5)])
    table = text.table(*headers, title=title.strip() if title else None)
    if rng.random() < 0.3:
        table.columns[rng.randrange(len(headers))].max_width = rng.choice([8, 30])
    for _ in range(rng.randint(0, 8)):
        # A column kept on one line (numbers, names searched for) holds short cells, as the reports' do.
        cells = [rng.choice(WORDS[:4]) if column.no_wrap else random_cell(rng) for column in table.columns]
        table.add_row(*map(Text, cells), end_section=rng.random() < 0.3)
    assert isinstance(table, PlainTable)
    return table


def rich_lines(table: PlainTable, width: int) -> str:
    """The table as rich itself lays it out."""
    as_rich = Table.__new__(Table)
    as_rich.__dict__.update(table.__dict__)
    return text.plain(Padding(as_rich, (0, 0, 0, 2)), width)


@pytest.mark.parametrize("seed", range(300))
def test_a_random_table_prints_as_rich_lays_it_out(seed: int) -> None:
    rng = random.Random(seed)
    table, width = random_table(rng), rng.choice([20, 40, 80, 120])
    assert text.plain(Padding(table, (0, 0, 0, 2)), width) == rich_lines(table, width)


def test_most_random_tables_are_printed_as_plain_lines() -> None:
    # Not a test of speed: that the comparison above exercises the plain lines, not only the fallback to rich.
    console = Console(width=120, color_system=None)
    tables = [random_table(random.Random(seed)) for seed in range(300)]
    printed = sum(table.plain_lines(console, 118) is not None for table in tables)
    assert printed > 250


def test_a_table_with_colours_or_a_cell_of_its_own_style_is_left_to_rich() -> None:
    table = text.table("Figure", "Accepted")
    table.add_row(Text("total"), Text("390", justify="center"))
    assert table.plain_lines(Console(width=120, color_system=None), 120) is None
    plain = text.table("Figure")
    plain.add_row(Text("total"))
    assert plain.plain_lines(Console(width=120, color_system="truecolor"), 120) is None
    assert plain.plain_lines(Console(width=120, color_system=None), 120) is not None


def test_a_report_prints_the_same_through_the_plain_lines_and_through_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    report = report_afresh(random_history(random.Random(7), length=60, stages=MANY_STAGES))
    plain = text.render_report(report)
    monkeypatch.setattr(PlainTable, "plain_lines", lambda *_: None)
    assert plain == text.render_report(report)
