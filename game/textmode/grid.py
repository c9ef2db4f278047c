"""A table as the screens describe it (headers, rows, groups), drawn by rich to the width of
the terminal: cells wrap with their words whole, numbers line up on the right.

The screens build a `Grid` from a view and never draw it themselves, so what they show stays
plain data to test; the console draws it (in colour only where the terminal takes colour).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich import box
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from game.textmode.wrap import KEEP

Row = tuple[str, ...]


@dataclass(frozen=True)
class Group:
    """Rows under one heading (the options of one issue); the heading may be empty."""

    heading: str
    rows: list[Row]


@dataclass(frozen=True)
class Grid:
    headers: Row
    groups: list[Group]
    right: frozenset[int] = frozenset()  # columns of numbers, aligned right
    whole: frozenset[int] = frozenset()  # columns never wrapped (markers, short numbers)
    marks: frozenset[int] = frozenset()  # columns of markers, shown in the marker colour
    indent: int = 2
    heading_column: int = 0  # where a group's heading is written
    notes: list[str] = field(default_factory=list)  # lines under the table

    def cells(self) -> list[str]:
        """Every text in the table (for tests and for a quick look)."""
        found = [*self.headers]
        for group in self.groups:
            found.append(group.heading)
            found.extend(cell for row in group.rows for cell in row)
        return [c for c in found if c]


def table_of(grid: Grid, marker_style: str, heading_style: str) -> Padding:
    """The rich table of `grid`, indented; cells wrap at word boundaries."""
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        header_style=heading_style,
    )
    for column, header in enumerate(grid.headers):
        table.add_column(
            Text(header),
            justify="right" if column in grid.right else "left",
            no_wrap=column in grid.whole,
            overflow="fold",
            style=marker_style if column in grid.marks else None,
        )
    width = len(grid.headers)
    for number, group in enumerate(grid.groups):
        if number and group.heading:
            table.add_section()
        if group.heading:
            cells = [""] * width
            cells[grid.heading_column] = group.heading
            table.add_row(*(Text(cell) for cell in cells), style=heading_style)
        for row in group.rows:  # as plain text: "[buiten mandaat]" is no rich markup
            table.add_row(*(Text(cell.replace(KEEP, " ")) for cell in row))
    return Padding(table, (0, 0, 0, grid.indent), expand=False)
