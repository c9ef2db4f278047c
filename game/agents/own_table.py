"""A bot's own outcome space: every package of the table with its own points, from its view.

A bot knows its own point table and mandate (they are in its view) and nothing of anyone
else's, except what an event said out loud: an option an event took from an actor whose
support every agreement needs is one the bot treats as outside its own mandate too, since
no package with it can pass (`table_rule.ruled_out`). Points are additive over issues, so
the value of every package is one broadcast sum; the shipped scenarios have at most a few
thousand packages, so a bot can look at all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

import numpy as np

from game.agents.table_rule import ruled_out
from game.engine import PlayerView
from game.engine.views import ConsultationView, IssueView, ProposalView
from game.scenario.points import canonical

#: How many distinct tables a process keeps enumerated (views change only with events).
TABLE_CACHE = 256
#: Proposals whose row a table shape remembers before it starts again.
ROWS_KEPT = 4096
#: (actor, issue list) pairs (the issues by their shared view objects) whose recent tables
#: are kept, and how many tables (mandates, points) each keeps.
RECENT_KEPT = 256
RECENT_PER_ISSUES = 32


class PackageFacts(NamedTuple):
    """One package as one actor's table reads it."""

    row: int | None  # None: not a package of this table (an option no longer on it)
    value: float  # own points (-inf when `row` is None)
    allowed: bool  # inside the mandate now
    needs_mandate: bool  # outside the mandate only through a forbidden option


@dataclass(frozen=True, eq=False)
class OwnTable:
    """The packages of the table as one actor sees them: its points and its mandate."""

    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    digits: np.ndarray  # (packages, issues): option index per issue
    values: np.ndarray  # (packages,): own points
    forbidden: np.ndarray  # (packages,): outside the mandate's forbidden options
    below_minimum: np.ndarray  # (packages,): under the mandate's minimum score
    batna: float

    @property
    def size(self) -> int:
        return len(self.values)

    @cached_property
    def allowed(self) -> np.ndarray:
        """Packages the mandate lets this actor propose or support now (and that no event
        ruled out for a party every agreement needs)."""
        return ~self.forbidden & ~self.below_minimum

    def package(self, index: int) -> dict[str, str]:
        row = self.digits[int(index)]
        return {issue: self.options[k][int(row[k])] for k, issue in enumerate(self.issues)}

    @cached_property
    def _place(self) -> tuple[tuple[str, dict[str, int]], ...]:
        """Per issue: its id and each option's share of the row number (mixed radix)."""
        places = []
        stride = 1
        for issue, options in reversed(tuple(zip(self.issues, self.options, strict=True))):
            places.append((issue, {o: k * stride for k, o in enumerate(options)}))
            stride *= len(options)
        return tuple(reversed(places))

    def index_of(self, package: Mapping[str, str]) -> int | None:
        """The row of `package`, or None when it does not fit this table (an old option)."""
        try:
            return sum([place[package[issue]] for issue, place in self._place])
        except KeyError:
            return None

    @cached_property
    def _rows(self) -> dict[int, tuple[Mapping[str, str], int | None]]:
        return _rows_of_shape(self.issues, self.options)

    def row_of(self, proposal: ProposalView) -> int | None:
        """`index_of(proposal.package)`, remembered for the package object: a game's views
        share one package object per proposal, so each proposal is placed once per table
        shape, not on every move of every bot."""
        package = proposal.package
        kept = self._rows.get(id(package))
        if kept is not None and kept[0] is package:  # held there, so its id is its own
            return kept[1]
        if len(self._rows) >= ROWS_KEPT:
            self._rows.clear()
        row = self.index_of(package)
        self._rows[id(package)] = (package, row)
        return row

    @cached_property
    def _facts(self) -> dict[int, tuple[Mapping[str, str], PackageFacts]]:
        return {}

    def facts(self, proposal: ProposalView) -> PackageFacts:
        """What this table says of `proposal`'s package, remembered for the package object
        (see `row_of`), so a move costs a lookup per proposal, not a numpy step."""
        package = proposal.package
        kept = self._facts.get(id(package))
        if kept is not None and kept[0] is package:  # held there, so its id is its own
            return kept[1]
        if len(self._facts) >= ROWS_KEPT:
            self._facts.clear()
        row = self.row_of(proposal)
        if row is None:  # an option no longer on the table: worth nothing, never allowed
            found = PackageFacts(None, float("-inf"), False, False)
        else:
            found = PackageFacts(
                row,
                float(self.values[row]),
                bool(self.allowed[row]),
                # outside the mandate only through a forbidden option: a consultation may open it
                bool(self.forbidden[row] and not self.below_minimum[row]),
            )
        self._facts[id(package)] = (package, found)
        return found

    @cached_property
    def best_open_value(self) -> float:
        """The best own score among packages without a forbidden option."""
        open_values = self.values[~self.forbidden]
        return float(open_values.max()) if open_values.size else float(self.values.max())

    def value(self, package: Mapping[str, str]) -> float:
        index = self.index_of(package)
        return float(self.values[index]) if index is not None else float("-inf")


#: Options per issue a table keeps out (tuples, as the view's mandate shows them).
Forbidden = Mapping[str, tuple[str, ...]]


def own_table(view: PlayerView) -> OwnTable:
    """The bot's table from its view (cached: the same numbers give the same object)."""
    return _table(view, _with_ruled_out(view, view.mandate.forbidden), view.mandate.min_score)


def _with_ruled_out(view: PlayerView, forbidden: Forbidden) -> Forbidden:
    """`forbidden` plus the options no agreement can hold any more (see `ruled_out`)."""
    out = ruled_out(view)
    if not out:
        return forbidden
    merged = dict(forbidden)
    for issue, options in out.items():
        had = merged.get(issue, ())
        merged[issue] = (*had, *sorted(set(options) - set(had)))
    return merged


def widened(view: PlayerView, consultation: ConsultationView) -> OwnTable:
    """The bot's table as it would be if the back office said yes to `consultation`."""
    forbidden = {
        issue: tuple([o for o in options if o not in consultation.allow.get(issue, ())])
        for issue, options in view.mandate.forbidden.items()
    }
    min_score = view.mandate.min_score
    if consultation.min_score is not None:
        min_score = consultation.min_score
    return _table(view, _with_ruled_out(view, forbidden), min_score)


def _table(view: PlayerView, forbidden_options: Forbidden, min_score: float | None) -> OwnTable:
    """Found among the actor's recent tables when the view shows the same issue objects (a
    game's views share them while the issues stand) and the same or equal points, mandate and
    BATNA: views are read-only, so a held points or mandate object is the very one a later
    view shows while it stands, and comparing is mostly an identity check; spelling them out
    as a key is not."""
    found = view.issues
    shown = (view.actor, *[id(issue) for issue in found])
    batna = float(view.batna)
    recent = _RECENT.get(shown)
    if recent is not None:
        for held, points, forbidden, floor, kept_batna, table in recent:
            if (
                (points is view.points or points == view.points)
                and (forbidden is forbidden_options or forbidden == forbidden_options)
                and floor == min_score
                and kept_batna == batna
                and all([a is b for a, b in zip(held, found, strict=True)])
            ):
                return table
    table = _spelled_out(view, forbidden_options, min_score)
    if recent is None:
        if len(_RECENT) >= RECENT_KEPT:
            _RECENT.clear()
        recent = _RECENT[shown] = []  # holds the issue views, so their ids stay their own
    elif len(recent) >= RECENT_PER_ISSUES:
        recent.pop(0)
    recent.append(
        (
            tuple(found),
            view.points,  # read-only, as is the mandate (or a merged copy only this holds)
            forbidden_options,
            min_score,
            batna,
            table,
        )
    )
    return table


_RECENT: dict[
    tuple[str | int, ...],  # the actor, then the ids of the issue views
    list[
        tuple[
            tuple[IssueView, ...],
            Mapping[str, Mapping[str, float]],
            Forbidden,
            float | None,
            float,
            OwnTable,
        ]
    ],
] = {}


def _spelled_out(
    view: PlayerView, forbidden_options: Forbidden, min_score: float | None
) -> OwnTable:
    """The table read afresh from the view (kept per content by `_build`)."""
    found = view.issues
    issues = tuple([issue.id for issue in found])
    options = tuple([tuple([o.id for o in issue.options]) for issue in found])
    points = tuple(
        [tuple([view.points[i][o] for o in opts]) for i, opts in zip(issues, options, strict=True)]
    )
    forbidden = tuple(
        [
            tuple([o in banned for o in opts]) if (banned := forbidden_options.get(i)) else None
            for i, opts in zip(issues, options, strict=True)
        ]
    )
    return _build(issues, options, points, forbidden, min_score, float(view.batna))


@lru_cache(maxsize=TABLE_CACHE)
def _rows_of_shape(
    issues: tuple[str, ...], options: tuple[tuple[str, ...], ...]
) -> dict[int, tuple[Mapping[str, str], int | None]]:
    """The rows remembered for one table shape (shared by every actor's table of that shape)."""
    return {}


@lru_cache(maxsize=TABLE_CACHE)
def _digits(shape: tuple[int, ...]) -> np.ndarray:
    grids = np.indices(shape, dtype=np.int16).reshape(len(shape), -1).T
    grids.setflags(write=False)
    return grids


@lru_cache(maxsize=TABLE_CACHE)
def _build(
    issues: tuple[str, ...],
    options: tuple[tuple[str, ...], ...],
    points: tuple[tuple[float, ...], ...],
    forbidden: tuple[tuple[bool, ...] | None, ...],  # None: nothing forbidden on that issue
    min_score: float | None,
    batna: float,
) -> OwnTable:
    digits = _digits(tuple(len(o) for o in options))
    values = np.zeros(len(digits))
    outside = np.zeros(len(digits), dtype=bool)
    for k in range(len(issues)):
        values += np.asarray(points[k])[digits[:, k]]
        if forbidden[k] is not None:
            outside |= np.asarray(forbidden[k], dtype=bool)[digits[:, k]]
    # the float sums made canonical again, so that comparing them with a BATNA or a minimum
    # score (canonical in the view) is exact: 0.7 + 0.1 reaches 0.8
    values = canonical(values)
    below = values < min_score if min_score is not None else np.zeros(len(digits), dtype=bool)
    for array in (values, outside, below):
        array.setflags(write=False)
    return OwnTable(issues, options, digits, values, outside, below, batna)
