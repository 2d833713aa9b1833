"""`recon list` as a table fitted to the terminal: a slug, which a reader copies into `recon report`, is never
wrapped nor cut; on a narrow terminal the less useful columns wrap, then are left out, and the title takes what
room is left."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.padding import Padding
from rich.text import Text

from adapters.reports import cells, text

LISTING_HEADERS = ("Exchange", "Title", "Parties", "Claims", "Verdict", "Open findings", "Version")
TITLE_MIN = 12
"""Columns a title keeps before a column is left out to make room for it."""
DROPPED_FIRST = (2, 6, 3, 1)
"""The columns left out in turn when the rest do not fit: the parties (nearly always the same two), the version,
the number of claims, and at last the title; the slug, the verdict and the open findings always stay."""
_GAP = 2
"""Columns between two of the list's columns (padding collapsed)."""


class FittedListing:
    """The list's table with its columns and their widths chosen for the width it is drawn at. Every line is one
    exchange when the width allows; otherwise, in turn, the numbers' headers, the parties and the verdicts wrap,
    then the title narrows (wrapped by words) down to TITLE_MIN, then columns are left out (DROPPED_FIRST), and
    below even that each exchange is a slug on its own line with its verdict under it."""

    def __init__(self, rows: list[tuple[str, ...]], title: str) -> None:
        self.rows = rows
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = fitted(self.rows, options.max_width)
        if widths is None:
            yield from self._stacked()
            return
        kept = sorted(widths)
        left_out = [LISTING_HEADERS[index] for index in DROPPED_FIRST if index not in widths]
        caption = f" (left out at this width: {', '.join(left_out)})" if left_out else ""
        view = text.table(*(LISTING_HEADERS[index] for index in kept), title=self.title + caption)
        view.collapse_padding = True
        for column, index in zip(view.columns, kept, strict=True):
            column.width, column.no_wrap, column.overflow = widths[index], index == 0, "fold"
        for row in self.rows:
            view.add_row(*(Text(row[index], style=text.VERDICT_STYLE.get(row[index], "")) for index in kept))
        yield view

    def _stacked(self) -> RenderResult:
        yield Text(self.title, style="bold")
        for slug, title, _parties, _claims, verdict, found, _version in self.rows:
            yield Text(slug, style="bold", no_wrap=True, overflow="ignore")  # whole, to be copied, however narrow
            line = Text(f"{title}: ")
            line.append(verdict, style=text.VERDICT_STYLE.get(verdict, ""))
            line.append(f", {found} open finding{'s' * (found != '1')}")
            yield Padding(line, (0, 0, 0, 2))


def fitted(rows: list[tuple[str, ...]], width: int) -> dict[int, int] | None:
    """The width of each column kept, by its index in LISTING_HEADERS, so that the table fits `width` with every
    slug whole; None when even the slugs, verdicts and open findings alone do not fit."""
    lengths = [[len(cell) for cell in column] for column in zip(*rows, strict=True)]
    widths = dict(enumerate(max(len(header), *found) for header, found in zip(LISTING_HEADERS, lengths, strict=True)))
    natural_title = widths[1]
    parties = max(_longest_word(party) for row in rows for party in row[2].split(" and ")) + len(" and")
    narrower = [
        {i: max(_longest_word(h), *lengths[i]) for i, h in enumerate(LISTING_HEADERS) if cells.numeric(h)},
        {2: min(widths[2], parties)},
        {4: max(_longest_word(row[4]) for row in rows)},
    ]
    for step in narrower:
        if _spare(widths, width) >= 0:
            return widths
        widths.update(step)
    for dropped in DROPPED_FIRST:
        if 1 in widths:
            widths[1] = 0
            widths[1] = min(natural_title, _spare(widths, width))
            if widths[1] >= min(TITLE_MIN, natural_title):
                return widths
        del widths[dropped]
    return widths if _spare(widths, width) >= 0 else None


def _spare(widths: dict[int, int], width: int) -> int:
    """Columns left over when the kept columns are drawn at their widths, negative when they do not fit."""
    return width - _GAP * (len(widths) - 1) - sum(widths.values())


def _longest_word(cell: str) -> int:
    return max((len(word) for word in cell.split()), default=0)
