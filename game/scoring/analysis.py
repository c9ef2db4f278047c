"""What a table could reach: ZOPA, feasible deals, Pareto frontier, Nash and max-joint packages.

Exact over the whole outcome space (numpy, no Python loop over packages). Definitions follow
GAME_DESIGN.md ("Scores"); the choices it leaves open are written down here:

* Nash and max-joint packages are maximised over the ZOPA *Z*. Values within a relative
  1e-12 of the maximum count as ties (so rounding cannot pick a different package after a
  harmless rescaling); ties go to the lowest package index (the first issue's first option
  varies slowest).
* The compromise takes each issue's middle option, index ``len(options) // 2``.
* Under a quorum rule the feasible set *F* holds packages a coalition meeting the rule
  prefers to no deal (required actors not at this table are ignored); under unanimity F = Z.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from game.scenario.model import Agreement
from game.scoring.pareto import frontier_mask
from game.scoring.space import OutcomeSpace, Package, TableData

#: Relative tolerance within which two maxima count as a tie.
TIE_TOLERANCE = 1e-12


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
        return joint_surplus(self.space, self.space.points[self.max_joint.index])

    def point(self, index: int) -> PackagePoint:
        return package_point(self.space, index)


def joint_surplus(space: OutcomeSpace, points: np.ndarray) -> float:
    """Σ_i (u_i − r_i) for one row of points, always summed the same way."""
    return float((points - space.batna).sum())


def package_point(space: OutcomeSpace, index: int) -> PackagePoint:
    """The package at row `index` with every actor's points."""
    row = space.points[index].tolist()
    return PackagePoint(
        int(index), space.package(index), dict(zip(space.actor_ids, row, strict=True))
    )


def feasible_mask(space: OutcomeSpace, rule: Agreement) -> np.ndarray:
    """Packages a coalition satisfying `rule` prefers to no deal (its required actors in it)."""
    content = space.surplus >= 0
    if rule.rule == "unanimity":
        return np.all(content, axis=1)
    required = [space.actor_ids.index(a) for a in rule.required if a in space.actor_ids]
    mask = content.sum(axis=1) >= (rule.quorum or len(space.actor_ids))
    if required:
        mask &= np.all(content[:, required], axis=1)
    return mask


def first_maximum(values: np.ndarray, rows: np.ndarray) -> int | None:
    """The lowest of `rows` whose value (`values[k]` belongs to `rows[k]`) ties the maximum
    within TIE_TOLERANCE, or None when there are no rows."""
    if rows.size == 0:
        return None
    best = values.max()
    tied = values >= best - TIE_TOLERANCE * abs(float(best))
    return int(rows[np.argmax(tied)])


def analyse_space(space: OutcomeSpace, rule: Agreement | None = None) -> Analysis:
    """The exact analysis of an outcome space under an agreement rule."""
    rule = rule or Agreement()
    started = time.perf_counter()
    points = space.points
    surplus = space.surplus
    zopa = np.all(surplus >= 0, axis=1)
    feasible = zopa if rule.rule == "unanimity" else feasible_mask(space, rule)
    pareto = np.flatnonzero(frontier_mask(space.issue_tables, points, zopa, space.batna))
    in_zopa = np.flatnonzero(zopa)
    gains = surplus[in_zopa]
    nash = first_maximum(np.prod(gains, axis=1), in_zopa)
    joint = first_maximum(gains.sum(axis=1), in_zopa)
    middle = [options[len(options) // 2] for options in space.option_ids]
    compromise = space.index_of(dict(zip(space.issue_ids, middle, strict=True)))
    best_z = points[in_zopa].max(axis=0) if in_zopa.size else space.batna
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
        best_in_zopa=dict(zip(space.actor_ids, best_z.tolist(), strict=True)),
        best_possible=dict(zip(space.actor_ids, points.max(axis=0).tolist(), strict=True)),
        seconds=seconds,
    )


def analyse_table(table: TableData, rule: Agreement | None = None) -> Analysis:
    """The exact analysis of a table (as the scenario opens it, or as it stands after events)."""
    return analyse_space(OutcomeSpace(table), rule)
