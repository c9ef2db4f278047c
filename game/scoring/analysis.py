"""What a table could reach: ZOPA, feasible deals, Pareto frontier, Nash and max-joint packages.

Exact over the whole outcome space (numpy, no Python loop over packages). Definitions are in
docs/scoring.md; the choices the game's design leaves open are written down here:

* Every comparison is exact: the space counts points in integer units (see
  `game.scenario.space`). Nash and max-joint packages are maximised over the ZOPA *Z*; ties
  (exact) go to the lowest package index (the first issue's first option varies slowest).
  Nash products can outgrow int64 with many actors: they are then compared as Python
  integers, among the packages whose summed logarithms come near the largest.
* The compromise is the split-the-difference reference of `game.scenario.compromise`: per
  issue the option with the smallest largest weighted regret, whatever the options' order.
* Under a quorum rule the feasible set *F* holds packages a coalition meeting the rule
  prefers to no deal (required actors not at this table are ignored); under unanimity F = Z.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

from game.scenario.compromise import compromise_package
from game.scenario.deal_rule import deal_rule
from game.scenario.model import Agreement
from game.scenario.space import OutcomeSpace, Package, TableData
from game.scoring.pareto import frontier_mask

#: Summed natural logarithms this close to the largest make a package a Nash candidate
#: (far above float error, far below the gap between distinct integer products' logs).
LOG_MARGIN = 1e-9


@dataclass(frozen=True)
class PackagePoint:
    """One package with every actor's points for it."""

    index: int
    package: Package
    points: dict[str, float]


@dataclass(frozen=True, eq=False)
class Analysis:
    """Everything the table could have reached, for the debrief, the report and `analyse`."""

    space: OutcomeSpace
    rule: Agreement
    zopa: np.ndarray = field(repr=False)
    feasible: np.ndarray = field(repr=False)
    pareto: np.ndarray = field(repr=False)
    nash: PackagePoint | None
    max_joint: PackagePoint | None
    compromise: PackagePoint
    best_in_zopa: dict[str, float]
    best_possible: dict[str, float]
    seconds: float

    @property
    def actors(self) -> tuple[str, ...]:
        return self.space.actor_ids

    @property
    def batna(self) -> dict[str, float]:
        return dict(zip(self.actors, self.space.batna.tolist(), strict=True))

    @property
    def zopa_size(self) -> int:
        return int(self.zopa.sum())

    @property
    def feasible_size(self) -> int:
        return int(self.feasible.sum())

    @property
    def pareto_size(self) -> int:
        return len(self.pareto)

    @property
    def max_joint_surplus(self) -> float:
        """max over Z of the summed surplus; 0 when Z is empty."""
        if self.max_joint is None:
            return 0.0
        space = self.space
        return joint_units(space, space.units[self.max_joint.index]) / space.scale

    def point(self, index: int) -> PackagePoint:
        return package_point(self.space, index)


def joint_units(space: OutcomeSpace, units: np.ndarray) -> int:
    """Σ_i (u_i − r_i) for one row of units, exactly."""
    return int((units - space.batna_units).sum())


def package_point(space: OutcomeSpace, index: int) -> PackagePoint:
    """The package at row `index` with every actor's points."""
    row = space.points[index].tolist()
    return PackagePoint(
        int(index), space.package(index), dict(zip(space.actor_ids, row, strict=True))
    )


def feasible_mask(space: OutcomeSpace, rule: Agreement) -> np.ndarray:
    """Packages a coalition satisfying `rule` prefers to no deal (its required actors in it)."""
    return deal_rule(rule).carried(space.surplus_units >= 0, list(space.actor_ids))


def first_maximum(values: np.ndarray, rows: np.ndarray) -> int | None:
    """The lowest of `rows` whose (exact, integer) value `values[k]` is the largest, or None
    when there are no rows."""
    if rows.size == 0:
        return None
    return int(rows[np.argmax(values == values.max())])


def nash_row(gains: np.ndarray, rows: np.ndarray) -> int | None:
    """The lowest of `rows` with the largest product of its gains (int64, all ≥ 0), exactly.

    The product is taken in int64 when it cannot overflow; otherwise the summed logarithms
    pick the candidates and Python integers decide among them.
    """
    if rows.size == 0:
        return None
    positive = np.flatnonzero(np.all(gains > 0, axis=1))
    if positive.size == 0:
        return int(rows[0])  # every product is 0: all tie
    candidates = gains[positive]
    bound = math.prod(int(v) for v in candidates.max(axis=0))
    if bound < 2**63:
        products = np.prod(candidates, axis=1)
        return int(rows[positive[np.argmax(products == products.max())]])
    logs = np.log(candidates.astype(float)).sum(axis=1)
    near = positive[logs >= logs.max() - LOG_MARGIN]
    products = [math.prod(int(v) for v in gains[k]) for k in near]
    return int(rows[near[products.index(max(products))]])


def analyse_space(space: OutcomeSpace, rule: Agreement | None = None) -> Analysis:
    """The exact analysis of an outcome space under an agreement rule."""
    rule = rule or Agreement()
    started = time.perf_counter()
    units = space.units
    surplus = space.surplus_units
    zopa = np.all(surplus >= 0, axis=1)
    feasible = zopa if rule.rule == "unanimity" else feasible_mask(space, rule)
    pareto = np.flatnonzero(frontier_mask(space.issue_units, units, zopa, space.batna_units))
    in_zopa = np.flatnonzero(zopa)
    gains = surplus[in_zopa]
    nash = nash_row(gains, in_zopa)
    joint = first_maximum(gains.sum(axis=1), in_zopa)
    compromise = compromise_package(space)
    best_z = units[in_zopa].max(axis=0) if in_zopa.size else space.batna_units
    best_all = units.max(axis=0)
    seconds = time.perf_counter() - started
    return Analysis(
        space=space,
        rule=rule,
        zopa=zopa,
        feasible=feasible,
        pareto=pareto,
        nash=None if nash is None else package_point(space, nash),
        max_joint=None if joint is None else package_point(space, joint),
        compromise=package_point(space, compromise),
        best_in_zopa=dict(zip(space.actor_ids, (best_z / space.scale).tolist(), strict=True)),
        best_possible=dict(zip(space.actor_ids, (best_all / space.scale).tolist(), strict=True)),
        seconds=seconds,
    )


def analyse_table(table: TableData, rule: Agreement | None = None) -> Analysis:
    """The exact analysis of a table (as the scenario opens it, or as it stands after events)."""
    return analyse_space(OutcomeSpace(table), rule)
