"""The package arithmetic behind a bot's move: its reading of the proposals on the table, its
own share of each package, and the open, fresh and nearest packages, kept per table so a
bot's turn does not work them out again.
"""

from __future__ import annotations

from functools import lru_cache
from operator import is_

import numpy as np

from game.agents.own_table import OwnTable
from game.engine import (
    PlayerView,
)
from game.engine.kept import Figure, KeptFor
from game.engine.views import ProposalView

#: How much an integrative bot weighs its own points (as a share of its range) against the
#: summed estimated shares of the others when choosing what to propose.
OWN_WEIGHT = 0.5
#: (table, floor) pairs whose own-share row a process keeps.
OWN_SHARES_KEPT = 256


class TableReading:
    """One move's look at the table: each proposal's row in the bot's own table, its own
    value and whether its mandate allows it, worked out once."""

    def __init__(self, view: PlayerView, table: OwnTable) -> None:
        self.table = table
        proposals = view.proposals
        packages = [p.package for p in proposals]
        ids = tuple([p.id for p in proposals])
        # proposals are only ever added: read on from this table's last reading when the
        # table still begins with the very packages it read then (only supporters changed)
        last = _READINGS.get(id(table))
        read = 0
        if last is not None and last[0] is table:
            read = len(last[1])
            if read <= len(ids) and last[2] == ids[:read] and all(map(is_, last[1], packages)):
                if read == len(ids):
                    self.row, self.value, self.allowed, self._needs_mandate = last[3]
                    return
            else:
                read = 0
        if read:
            self.row, self.value, self.allowed, self._needs_mandate = map(dict, last[3])
        else:
            self.row, self.value, self.allowed, self._needs_mandate = {}, {}, {}, {}
        for proposal in proposals[read:]:
            pid = proposal.id
            (
                self.row[pid],
                self.value[pid],
                self.allowed[pid],
                self._needs_mandate[pid],
            ) = table.facts(proposal)
        if len(_READINGS) >= READINGS_KEPT:
            _READINGS.clear()
        # held with the table and packages, so their ids stay their own; read-only from here
        _READINGS[id(table)] = (
            table,
            packages,
            ids,
            (self.row, self.value, self.allowed, self._needs_mandate),
        )

    def needs_mandate(self, proposal: ProposalView) -> bool:
        return self._needs_mandate[proposal.id]

    def fresh(self) -> np.ndarray:
        """Packages not on the table yet (read-only, kept per table and rows on it)."""
        on_table = tuple([row for row in self.row.values() if row is not None])
        return _FRESH((self.table,), on_table)

    def rank(self, score: np.ndarray, proposal: ProposalView) -> tuple:
        row = self.row[proposal.id]
        value = float(score[row]) if row is not None else float("-inf")
        return (len(proposal.supporters_at_table), value, -proposal.id)


#: Tables whose last reading (of the packages on the table) a process keeps.
READINGS_KEPT = 1024
_READINGS: dict[int, tuple[OwnTable, list, tuple[int, ...], tuple[dict, ...]]] = {}


@lru_cache(maxsize=OWN_SHARES_KEPT)
def own_share(table: OwnTable, floor: float) -> np.ndarray:
    """Per package: its own points above the floor as a share of the range, weighted; a bot's
    table and floor rarely change within a game, so this is worked out once per pair."""
    span = max(float(table.values.max()) - floor, 1.0)
    share = OWN_WEIGHT * (table.values - floor) / span
    share.setflags(write=False)
    return share


def _kept_if_read_only(store: KeptFor[Figure], *objects: object) -> Figure:
    """`store`'s figure for these objects when every numpy row among them is read-only (a
    kept row); worked out afresh for a row made for this move alone, whose id says nothing."""
    for row in objects:
        if isinstance(row, np.ndarray) and row.flags.writeable:
            return store.make(*objects)
    return store(objects)


def _read_only(row: np.ndarray) -> np.ndarray:
    row.setflags(write=False)
    return row


def _open_packages(table: OwnTable, demand: float) -> np.ndarray:
    """Packages worth at least `demand` to this actor that its mandate allows now (no
    forbidden option, its minimum score met)."""
    return _read_only((table.values >= demand) & table.allowed)


def open_mask(table: OwnTable, demand: float) -> np.ndarray:
    """`_open_packages`, read-only and kept: games of one scenario meet the same ones."""
    return _OPEN((table,), demand)


def best_package(score: np.ndarray, values: np.ndarray, mask: np.ndarray) -> int | None:
    """The row of `mask` with the highest score, then own value, then the lowest row.

    Kept when all three rows are read-only (kept rows themselves: a joint estimate, an own
    table's values, an open mask), so the same question gets the same answer at once."""
    return _kept_if_read_only(_BEST, score, values, mask)


#: Rows worked out from other kept rows (read-only), kept per the rows they came from.
_OPEN: KeptFor[np.ndarray] = KeptFor(_open_packages, limit=16384)
_JOINT: KeptFor[np.ndarray] = KeptFor(lambda own, others: _read_only(own + others), limit=16384)
_BEYOND: KeptFor[np.ndarray] = KeptFor(
    lambda table, demand: _read_only((table.values >= demand) & ~table.allowed), limit=16384
)
_OPENED: KeptFor[np.ndarray] = KeptFor(
    lambda reachable, wider: _read_only(reachable & wider.allowed), limit=16384
)


def _fresh_packages(table: OwnTable, on_table: tuple[int, ...]) -> np.ndarray:
    fresh = np.ones(table.size, dtype=bool)
    fresh[list(on_table)] = False
    return _read_only(fresh)


def _nearest_packages(table: OwnTable, allowed: np.ndarray) -> tuple[int, ...]:
    """The allowed packages whose own score is lowest (exactly: the values are canonical),
    in row order."""
    rows = np.flatnonzero(allowed)
    if rows.size == 0:
        return ()
    values = table.values[rows]
    return tuple(rows[values == values.min()].tolist())


_FRESH: KeptFor[np.ndarray] = KeptFor(_fresh_packages, limit=16384)
_BOTH: KeptFor[np.ndarray] = KeptFor(lambda a, b: _read_only(a & b), limit=16384)


def both_masks(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Packages in both masks (kept, read-only, when both masks are kept rows)."""
    return _kept_if_read_only(_BOTH, a, b)


def nearest_rows(table: OwnTable, allowed: np.ndarray) -> tuple[int, ...]:
    """`_nearest_packages`, kept when `allowed` is a kept (read-only) mask."""
    return _kept_if_read_only(_NEAREST, table, allowed)


_NEAREST: KeptFor[tuple[int, ...]] = KeptFor(_nearest_packages, limit=16384)


def joint_share(own: np.ndarray, others: np.ndarray) -> np.ndarray:
    """An own-share row plus the others' row (both kept rows)."""
    return _JOINT((own, others))


def beyond_mandate(table: OwnTable, demand: float) -> np.ndarray:
    """Packages worth `demand` that the mandate keeps out now (a "yes" could open them)."""
    return _BEYOND((table,), demand)


def opened_mask(reachable: np.ndarray, wider: OwnTable) -> np.ndarray:
    """Of the packages beyond the mandate, those a consultation's wider mandate allows."""
    return _OPENED((reachable, wider))


def _best_of(score: np.ndarray, values: np.ndarray, mask: np.ndarray) -> int | None:
    rows = np.flatnonzero(mask)
    if rows.size == 0:
        return None
    scores = score[rows]
    tied = rows[scores == scores.max()]  # usually one; the tie-breaks only sort the tied
    if tied.size == 1:
        return int(tied[0])
    order = np.lexsort((tied, -values[tied]))
    return int(tied[order[0]])


_BEST: KeptFor[int | None] = KeptFor(_best_of, limit=16384)
