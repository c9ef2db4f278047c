"""The outcome space: every actor's points for every package, as one numpy array.

A package is one option per issue. Points are additive over issues, so the space is the
broadcast sum of one small table per issue; package k is the mixed-radix number whose
digits are the option indices (`np.unravel_index`).

Every comparison is exact: points and BATNAs are held as int64 counts of ``1 / scale``
(`game.scenario.points`), with the scale 10**d for the most decimals d the table uses (1 for
whole numbers). The float arrays (`points`, `surplus`, `issue_tables`) are those counts
divided by the scale, for display and ratios.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from game.scenario.model import Scenario
from game.scenario.points import floor_units, from_units, to_units, units_and_scale

Package = dict[str, str]


@dataclass(frozen=True)
class TableData:
    """The numbers of a table at one moment: issues with options, actors, points, BATNAs."""

    issues: tuple[tuple[str, tuple[str, ...]], ...]
    actors: tuple[str, ...]
    points: Mapping[str, Mapping[str, Mapping[str, float]]]
    batna: Mapping[str, float]

    @classmethod
    def from_scenario(cls, scenario: Scenario) -> TableData:
        """The table as the scenario opens it: base issues, options and actors."""
        return cls(
            issues=tuple((i.id, tuple(o.id for o in i.options)) for i in scenario.issues),
            actors=tuple(a.id for a in scenario.actors),
            points={a.id: a.points for a in scenario.actors},
            batna={a.id: a.batna for a in scenario.actors},
        )


class OutcomeSpace:
    """All packages of a table with every actor's points; built without a loop over packages."""

    def __init__(self, table: TableData) -> None:
        self.table = table
        self.issue_ids: tuple[str, ...] = tuple(i for i, _ in table.issues)
        self.option_ids: tuple[tuple[str, ...], ...] = tuple(o for _, o in table.issues)
        self.actor_ids: tuple[str, ...] = table.actors
        self.shape: tuple[int, ...] = tuple(len(o) for o in self.option_ids)
        # per issue: (options, actors), as written; then all of them in units of 1 / scale
        raw = [
            np.array(
                [[table.points[a][issue][opt] for a in self.actor_ids] for opt in options],
                dtype=float,
            ).reshape(len(options), len(self.actor_ids))
            for issue, options in table.issues
        ]
        raw_batna = np.array([table.batna[a] for a in self.actor_ids], dtype=float)
        spread = (len(self.shape) + 1) * len(self.actor_ids)
        units, scale = units_and_scale(
            np.concatenate([*(r.ravel() for r in raw), raw_batna]), spread
        )
        #: Points are counted in units of 1 / scale.
        self.scale: int = scale
        self.batna_units: np.ndarray = units[len(units) - len(raw_batna) :]
        self.issue_units: list[np.ndarray] = []
        at = 0
        for r in raw:
            self.issue_units.append(units[at : at + r.size].reshape(r.shape))
            at += r.size
        self.batna = from_units(self.batna_units, self.scale)
        self.issue_tables: list[np.ndarray] = [
            from_units(units, self.scale) for units in self.issue_units
        ]

    @classmethod
    def from_scenario(cls, scenario: Scenario) -> OutcomeSpace:
        return cls(TableData.from_scenario(scenario))

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    @cached_property
    def units(self) -> np.ndarray:
        """Array (packages, actors) of int64: points of every actor for every package, exact."""
        n_issues = len(self.shape)
        total = np.zeros((*self.shape, len(self.actor_ids)), dtype=np.int64)
        for axis, tab in enumerate(self.issue_units):
            index = [None] * n_issues
            index[axis] = slice(None)
            total += tab[(*index, slice(None))]
        return total.reshape(self.size, len(self.actor_ids))

    @cached_property
    def surplus_units(self) -> np.ndarray:
        """Array (packages, actors) of int64: points minus BATNA, exact."""
        return self.units - self.batna_units

    @cached_property
    def points(self) -> np.ndarray:
        """Array (packages, actors): points of every actor for every package (for display)."""
        return from_units(self.units, self.scale)

    @cached_property
    def surplus(self) -> np.ndarray:
        """Array (packages, actors): points minus BATNA (for display and ratios)."""
        return from_units(self.surplus_units, self.scale)

    @cached_property
    def zopa_mask(self) -> np.ndarray:
        """Packages every actor prefers to no deal (u_i >= r_i for all i), exactly."""
        return np.all(self.surplus_units >= 0, axis=1)

    def units_of(self, value: float) -> int:
        """A point value (a BATNA, an outcome's points) in this space's units."""
        return to_units(value, self.scale)

    def floor_of(self, threshold: float) -> int:
        """The least units reaching `threshold` (a minimum score): u ≥ it ⇔ units ≥ this."""
        return floor_units(threshold, self.scale)

    def index_of(self, package: Mapping[str, str]) -> int:
        """The package's row in `points`."""
        digits = [self.option_ids[k].index(package[i]) for k, i in enumerate(self.issue_ids)]
        return int(np.ravel_multi_index(digits, self.shape))

    def package(self, index: int) -> Package:
        """The package at row `index`: {issue id: option id}."""
        digits = np.unravel_index(int(index), self.shape)
        return {
            i: self.option_ids[k][int(d)]
            for k, (i, d) in enumerate(zip(self.issue_ids, digits, strict=True))
        }

    def packages(self, indices: Sequence[int] | np.ndarray) -> list[Package]:
        return [self.package(int(i)) for i in indices]

    def points_of(self, package: Mapping[str, str]) -> dict[str, float]:
        """Every actor's points for one package, summed issue by issue (no full space needed)."""
        out = np.zeros(len(self.actor_ids), dtype=np.int64)
        for k, issue in enumerate(self.issue_ids):
            out += self.issue_units[k][self.option_ids[k].index(package[issue])]
        return dict(zip(self.actor_ids, from_units(out, self.scale).tolist(), strict=True))
