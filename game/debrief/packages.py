"""Packages of an outcome space as debrief figures, and what each actor left on the table.

**Left on the table** for actor i (end table): the most points i could have had more in a
package that gives nobody less than the outcome did, max over packages y with
u_j(y) ≥ u_j(x) for every j of u_i(y) − u_i(x), at least 0 (x: the outcome; everyone's
BATNA without a deal, and the BATNA for whoever walked away). It is 0 for every actor exactly
when no package is at least as good for everyone and better for one: the outcome is
Pareto-optimal (the same test as the scores' `pareto_optimal`).
"""

from __future__ import annotations

import numpy as np

from game.debrief.model import LeftOnTable, PackageFigure
from game.scenario.space import OutcomeSpace
from game.scoring.analysis import joint_units


def package_figure(space: OutcomeSpace, row: int) -> PackageFigure:
    units = space.units[row]
    return PackageFigure(
        table="end",
        package=space.package(row),
        joint_surplus=joint_units(space, units) / space.scale,
        points=dict(zip(space.actor_ids, (units / space.scale).tolist(), strict=True)),
    )


def outcome_units(
    space: OutcomeSpace, package: dict[str, str] | None, gone: tuple[str, ...]
) -> np.ndarray:
    """Every actor's points (units) under the outcome: the BATNA without a deal or when it
    walked away."""
    if package is None:
        return space.batna_units.copy()
    units = space.units[space.index_of(package)].copy()
    left = [k for k, a in enumerate(space.actor_ids) if a in gone]
    units[left] = space.batna_units[left]
    return units


def left_on_table(space: OutcomeSpace, outcome: np.ndarray) -> dict[str, LeftOnTable]:
    """Per actor: the points it could have had more without anyone losing (see above)."""
    at_least = np.all(space.units >= outcome, axis=1)
    if not at_least.any():
        more = np.zeros(len(space.actor_ids), dtype=np.int64)
    else:
        more = np.maximum(space.units[at_least].max(axis=0) - outcome, 0)
    return {
        actor: LeftOnTable(points=points)
        for actor, points in zip(space.actor_ids, (more / space.scale).tolist(), strict=True)
    }
