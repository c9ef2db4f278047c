"""The split-the-difference reference: what meeting in the middle on every issue would give.

Per issue, the option whose largest weighted regret ``max_i w_i (best_i(issue) − u_i(option))``
is smallest, ties broken by option id (the smallest id wins). The weight ``w_i = 1 / R_i``,
with ``R_i`` the actor's range on that issue (best minus worst option), makes a regret the
share of its stake in the issue that the actor gives up: an actor who counts in hundreds of
points does not outweigh one who counts in tenths, and how much an issue matters to an actor
against its other issues plays no part — that trade-off is what integrative play adds, so
the reference leaves it out. An actor indifferent to the issue (``R_i = 0``) has no regret
on it. Regrets are compared exactly (in the space's integer units), so neither the
order of the options nor the order of the actors, nor a rescaling of one actor's points,
changes the package. Used by the analysis and by lint alike.
"""

from __future__ import annotations

import math

import numpy as np

from game.scenario.space import OutcomeSpace


def _option(units: np.ndarray, option_ids: tuple[str, ...]) -> int:
    """Index (in file order) of the issue's compromise option; `units` is (options, actors).

    Regret over range is compared exactly as regret · (L / range), L the ranges' least
    common multiple: whole numbers (Python integers, so they never overflow).
    """
    rows = units.tolist()
    best = [max(column) for column in zip(*rows, strict=True)]
    worst = [min(column) for column in zip(*rows, strict=True)]
    ranges = {k: b - w for k, (b, w) in enumerate(zip(best, worst, strict=True)) if b > w}
    common = math.lcm(*ranges.values()) if ranges else 1
    weights = {k: common // spread for k, spread in ranges.items()}

    def worst_regret(row: int) -> int:
        return max(((best[k] - rows[row][k]) * w for k, w in weights.items()), default=0)

    return min(range(len(option_ids)), key=lambda row: (worst_regret(row), option_ids[row]))


def compromise_package(space: OutcomeSpace) -> int:
    """Row of the split-the-difference package (see the module docstring)."""
    digits = [
        _option(table, options)
        for table, options in zip(space.issue_units, space.option_ids, strict=True)
    ]
    return int(np.ravel_multi_index(digits, space.shape))
