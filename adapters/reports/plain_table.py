"""The house table written straight as lines of text when nothing in it needs rich's layout: printed without colour,
every column as wide as its widest cell, and the whole within the width.

Rich lays a table out by measuring every cell, then renders each cell as a block of lines, crops and pads them and
joins the blocks: some 0.25 ms a row, nine tenths of a text report of a long exchange (about a second for 1,000
claims, against 12 ms for the same report in Markdown, which is joined strings). When no column is to be narrowed
and no cell wrapped, that layout comes down to padding each cell's lines to its column's width, which is what is
written here; a table that needs more (a cell wider than its column allows, a terminal's colours, characters wider
than one column) is laid out by rich as before. The lines are rich's own, byte for byte: a test renders random tables
both ways."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from rich import box
from rich._ratio import ratio_reduce
from rich._wrap import divide_line
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

_RULE = "─"
"""The line under the headers (box.SIMPLE_HEAD's, with no outer edge)."""


class PlainTable(Table):
    """A rich Table in the house look (box.SIMPLE_HEAD, no edge, cells padded by one column between them), printed
    as plain lines when it can be (see the module's docstring)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.plain_lines(console, options.max_width)
        if lines is None:
            yield from super().__rich_console__(console, options)
            return
        for line in lines:
            yield Segment(line)
            yield Segment.line()

    def plain_lines(self, console: Console, width: int) -> list[str] | None:
        """The table's lines as rich would write them without colour, or None when its layout needs rich."""
        if console.color_system is not None or not self._plain_shape():
            return None
        columns: list[list[list[str]]] = []
        for column in self.columns:
            found = [_lines(console.render_str(str(column.header), highlight=False)), *map(_lines, column.cells)]
            if any(lines is None for lines in found):
                return None
            columns.append([lines or [] for lines in found])
        content = self._widths(columns, width - (len(self.columns) - 1))
        if content is None:
            return None
        wrapped: list[list[list[str]]] = []
        for kept, each, column in zip(columns, content, self.columns, strict=True):
            cells = [_wrapped(lines, each, no_wrap=bool(column.no_wrap)) for lines in kept]
            if any(lines is None for lines in cells):
                return None
            wrapped.append([lines or [] for lines in cells])
        rows = [list(row) for row in zip(*wrapped, strict=True)]
        table_width = sum(content) + 3 * (len(content) - 1)
        title = self._title(console, table_width)
        if title is False:
            return None
        return [
            *(title if isinstance(title, list) else []),
            *self._row(rows[0], content, bottom=True),
            _RULE * table_width,
            *self._body(rows[1:], content),
        ]

    def _widths(self, columns: list[list[list[str]]], available: int) -> list[int] | None:
        """Each column's width without its padding, as rich works them out: each as wide as its widest line (within
        its own limit), narrowed as rich narrows them when they do not fit together; None when one is left without
        room."""
        last = len(columns) - 1
        padding = [(index > 0) + (index < last) for index in range(len(columns))]
        widths = []
        for found, pad, column in zip(columns, padding, self.columns, strict=True):
            widest = max((len(line) for lines in found for line in lines), default=0) + pad
            limit = available if column.max_width is None else min(available, column.max_width + pad)
            widths.append(min(widest, limit) or 1)
        if sum(widths) > available:
            wrapable = [column.width is None and not column.no_wrap for column in self.columns]
            widths = self._collapse_widths(widths, wrapable, available)
            if sum(widths) > available:
                widths = ratio_reduce(sum(widths) - available, [1] * len(widths), widths, widths)
        content = [each - pad for each, pad in zip(widths, padding, strict=True)]
        return None if min(content) < 1 else content

    def _plain_shape(self) -> bool:
        """Whether the table is set as `adapters.reports.text.table` sets it, nothing rich would lay out otherwise."""
        return (
            self.box is box.SIMPLE_HEAD
            and not self.show_edge
            and not self.pad_edge
            and self.padding == (0, 1, 0, 1)
            and self.show_header
            and not (self.show_footer or self.show_lines or self.leading or self.expand or self.collapse_padding)
            and self.caption is None
            and self.width is None
            and self.min_width is None
            and self.title_justify == "left"
            and bool(self.columns)
            and all(column.width is None and column.min_width is None and not column.ratio for column in self.columns)
        )

    def _title(self, console: Console, table_width: int) -> list[str] | bool | None:
        """The title's lines; None without a title; False when rich may write it otherwise."""
        if not self.title:
            return None
        title = self.title if isinstance(self.title, Text) else console.render_str(self.title, highlight=False)
        found = _lines(title)
        lines = None if found is None else _wrapped(found, table_width, no_wrap=False)
        return False if lines is None else [line.ljust(table_width) for line in lines]

    def _body(self, rows: Sequence[Sequence[list[str]]], content: list[int]) -> Iterator[str]:
        for number, (row, kept) in enumerate(zip(rows, self.rows, strict=True)):
            yield from self._row(row, content, bottom=False)
            if kept.end_section and number < len(rows) - 1:
                yield ""

    def _row(self, row: Sequence[list[str]], content: list[int], *, bottom: bool) -> Iterator[str]:
        """One row's lines: each cell's lines justified in its column, the shorter cells filled with blank lines
        (below, or above for the headers, which rich aligns to the bottom)."""
        height = max(1, *(len(lines) for lines in row))
        filled = [
            ([""] * (height - len(lines)) + lines) if bottom else (lines + [""] * (height - len(lines)))
            for lines in row
        ]
        for number in range(height):
            yield "   ".join(
                line.rjust(width) if column.justify == "right" else line.ljust(width)
                for line, width, column in zip((lines[number] for lines in filled), content, self.columns, strict=True)
            )


def _lines(cell: object) -> list[str] | None:
    """A cell's lines as rich would write them unwrapped, or None when rich may write them otherwise: not a Text, a
    style of its own for the layout, a tab, a blank line within, space at either end of a line, a wide character."""
    if not isinstance(cell, Text) or cell.justify or cell.overflow or cell.no_wrap is not None or cell.end != "\n":
        return None
    plain = cell.plain
    if not plain:
        return []
    lines = plain.split("\n")
    for line in lines:
        if not line or line != line.strip() or not _one_column_each(line):
            return None
    return lines


def _one_column_each(line: str) -> bool:
    """Whether every character of the line takes one column, as a printable ASCII one does (asked first: rich's own
    measure of the width costs several times more)."""
    if line.isascii():
        return line.isprintable()
    return line.isprintable() and cell_len(line) == len(line)


def _wrapped(lines: list[str], width: int, *, no_wrap: bool) -> list[str] | None:
    """A cell's lines wrapped at `width` where rich wraps them (at the words, a longer word folded); None for a
    line too long for a column that does not wrap, which rich would cut."""
    found: list[str] = []
    for line in lines:
        if len(line) <= width:
            found.append(line)
        elif no_wrap:
            return None
        else:
            breaks = [0, *divide_line(line, width, fold=True), len(line)]
            found.extend(line[start:end].rstrip() for start, end in itertools.pairwise(breaks))
    return found
