"""The split-the-difference reference: what meeting in the middle on every issue would give.

Per issue, the option whose largest weighted regret ``max_i w_i (best_i(issue) − u_i(option))``
is smallest, ties broken by option id (the smallest id wins). The weight ``w_i = 1 / R_i``,
with ``R_i`` the actor's range on that issue (best minus worst option), makes a regret the
share of its stake in the issue that the actor gives up: an actor who counts in hundreds of
points does not outweigh one who counts in tenths, and how much an issue matters to an actor
against its other issues plays no part — that trade-off is what integrative play adds, so
the reference leaves it out. An actor indifferent to the issue (``R_i = 0``) has no regret
on it. Regrets are compared exactly (fractions of the space's integer units), so neither the
order of the options nor the order of the actors, nor a rescaling of one actor's points,
changes the package. Used by the analysis and by lint alike.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from game.scoring.space import OutcomeSpace


def _option(units: np.ndarray, option_ids: tuple[str, ...]) -> int:
    """Index (in file order) of the issue's compromise option; `units` is (options, actors)."""
    best = units.max(axis=0)
    ranges = [int(r) for r in best - units.min(axis=0)]

    def worst_regret(row: int) -> Fraction:
        regrets = [
            Fraction(int(best[k] - units[row, k]), spread)
            for k, spread in enumerate(ranges)
            if spread > 0
        ]
        return max(regrets, default=Fraction(0))

    return min(range(len(option_ids)), key=lambda row: (worst_regret(row), option_ids[row]))


def compromise_package(space: OutcomeSpace) -> int:
    """Row of the split-the-difference package (see the module docstring)."""
    digits = [
        _option(table, options)
        for table, options in zip(space.issue_units, space.option_ids, strict=True)
    ]
    return int(np.ravel_multi_index(digits, space.shape))
