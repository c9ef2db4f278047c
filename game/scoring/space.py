"""The outcome space: every actor's points for every package, as one numpy array.

A package is one option per issue. Points are additive over issues, so the space is the
broadcast sum of one small table per issue; package k is the mixed-radix number whose
digits are the option indices (`np.unravel_index`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from game.scenario.model import Scenario

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
        self.batna = np.array([table.batna[a] for a in self.actor_ids], dtype=float)
        # per issue: (options, actors)
        self.issue_tables: list[np.ndarray] = [
            np.array(
                [[table.points[a][issue][opt] for a in self.actor_ids] for opt in options],
                dtype=float,
            )
            for issue, options in table.issues
        ]

    @classmethod
    def from_scenario(cls, scenario: Scenario) -> OutcomeSpace:
        return cls(TableData.from_scenario(scenario))

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    @cached_property
    def points(self) -> np.ndarray:
        """Array (packages, actors): points of every actor for every package."""
        n_issues = len(self.shape)
        total = np.zeros((*self.shape, len(self.actor_ids)), dtype=float)
        for axis, tab in enumerate(self.issue_tables):
            index = [None] * n_issues
            index[axis] = slice(None)
            total += tab[(*index, slice(None))]
        return total.reshape(self.size, len(self.actor_ids))

    @cached_property
    def surplus(self) -> np.ndarray:
        """Array (packages, actors): points minus BATNA."""
        return self.points - self.batna

    @cached_property
    def zopa_mask(self) -> np.ndarray:
        """Packages every actor prefers to no deal (u_i >= r_i for all i)."""
        return np.all(self.surplus >= 0, axis=1)

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
        out = np.zeros(len(self.actor_ids))
        for k, issue in enumerate(self.issue_ids):
            out += self.issue_tables[k][self.option_ids[k].index(package[issue])]
        return dict(zip(self.actor_ids, out.tolist(), strict=True))
