"""Package masks for lint: mandates and the agreement rule over the whole outcome space.

Every mask is a boolean numpy array over the packages of an `OutcomeSpace` (one row per
package), built by broadcasting small per-issue masks, never by looping over packages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from game.scenario.deal_rule import DealRule, deal_rule
from game.scenario.model import Actor, Mandate, Scenario, WidenMandate
from game.scenario.points import rounded
from game.scenario.space import OutcomeSpace


@dataclass(frozen=True)
class MandateRule:
    """Forbidden options per issue and a minimum own score: one state of a mandate."""

    forbidden: Mapping[str, frozenset[str]]
    min_score: float | None


def initial_mandate(mandate: Mandate) -> MandateRule:
    return MandateRule({i: frozenset(o) for i, o in mandate.forbidden.items()}, mandate.min_score)


def widest_mandate(actor: Actor, scenario: Scenario) -> MandateRule:
    """The mandate with every consultation granted and every widening event fired.

    Each grant removes options from `forbidden`; a new `min_score` counts only where it is
    lower than the one before, since the widest reachable mandate is what lint asks about.
    """
    widenings: list[tuple[Mapping[str, list[str]], float | None]] = [
        (c.effect.allow, c.effect.min_score) for c in actor.consultations
    ]
    widenings += [
        (effect.allow, effect.min_score)
        for event in scenario.events
        for effect in event.effects
        if isinstance(effect, WidenMandate) and effect.actor == actor.id
    ]
    forbidden = {i: set(o) for i, o in actor.mandate.forbidden.items()}
    min_score = actor.mandate.min_score
    for allow, new_min in widenings:
        for issue, options in allow.items():
            forbidden.get(issue, set()).difference_update(options)
        if new_min is not None and min_score is not None:
            min_score = min(rounded(min_score), rounded(new_min))
    return MandateRule({i: frozenset(o) for i, o in forbidden.items()}, min_score)


def inside_mandate(space: OutcomeSpace, rule: MandateRule, actor_index: int) -> np.ndarray:
    """Mask of the packages inside `rule` for the actor in column `actor_index`."""
    mask = np.ones(space.shape, dtype=bool)
    n_issues = len(space.shape)
    for axis, (issue, options) in enumerate(zip(space.issue_ids, space.option_ids, strict=True)):
        banned = rule.forbidden.get(issue, frozenset())
        if not banned:
            continue
        allowed = np.array([option not in banned for option in options], dtype=bool)
        shape = [1] * n_issues
        shape[axis] = len(options)
        mask &= allowed.reshape(shape)
    flat = mask.reshape(space.size)
    if rule.min_score is not None:
        flat = flat & (space.units[:, actor_index] >= space.floor_of(rule.min_score))
    return flat


def mandate_masks(space: OutcomeSpace, rules: Sequence[MandateRule]) -> np.ndarray:
    """Array (packages, actors): is the package inside each actor's mandate?"""
    return np.stack([inside_mandate(space, rule, k) for k, rule in enumerate(rules)], axis=1)


@dataclass(frozen=True)
class AgreementRule:
    """Which sets of supporters make a deal (`game.scenario.deal_rule`), for one table."""

    rule: DealRule
    actor_ids: tuple[str, ...]

    @classmethod
    def of(cls, scenario: Scenario, actor_ids: Sequence[str]) -> AgreementRule:
        return cls(deal_rule(scenario.agreement), tuple(actor_ids))

    @property
    def quorum(self) -> int:
        """How many of this table's actors a deal needs."""
        return min(self.rule.needed(self.actor_ids), len(self.actor_ids))

    def agreeable(self, willing: np.ndarray) -> np.ndarray:
        """Packages that enough willing actors (packages, actors) can carry under the rule."""
        return self.rule.carried(willing, list(self.actor_ids))


def count_share(mask: np.ndarray) -> tuple[int, float]:
    count = int(mask.sum())
    return count, (count / mask.size if mask.size else 0.0)
