"""What a table could carry under a set of mandates: the packages a valid coalition can support.

A package is **possible** under a set of mandates when a coalition meeting the agreement rule
(everyone under unanimity; at least the quorum, required actors included, under a quorum)
can carry it with each member at or above its BATNA and inside its mandate. Exact over the
whole outcome space (the lint masks of `game.scenario.lint_space`, no loop over packages).

Three mandate sets explain the gap between an outcome and what was there (docs/scoring.md):
the mandates as they stood at the end; those with every consultation still open granted on
top; and no mandates at all. Among the possible packages the best joint package has the
largest summed gain over the BATNAs, the Nash package the largest product of gains (a gain
below the BATNA counts as 0); ties go to the lowest package index, as in the analysis.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from game.engine import Game
from game.scenario.lint_space import AgreementRule, MandateRule, mandate_masks
from game.scenario.model import Scenario
from game.scenario.space import OutcomeSpace
from game.scoring.analysis import first_maximum, joint_units, nash_row

MANDATE_SETS = ("final_mandates", "all_consultations", "no_mandates")


@dataclass(frozen=True, eq=False)
class Reach:
    """The possible packages under one mandate set, and the best of them."""

    mask: np.ndarray = field(repr=False)
    best_joint: int | None  # row of the best joint package, None when nothing is possible
    nash: int | None

    @property
    def size(self) -> int:
        return int(self.mask.sum())


def reach(space: OutcomeSpace, rules: Sequence[MandateRule], agreement: AgreementRule) -> Reach:
    """The packages possible under `rules` (one per actor, in the space's order)."""
    willing = (space.surplus_units >= 0) & mandate_masks(space, rules)
    mask = agreement.agreeable(willing)
    rows = np.flatnonzero(mask)
    gains = space.surplus_units[rows]
    best = first_maximum(gains.sum(axis=1), rows)
    nash = nash_row(np.maximum(gains, 0), rows)
    return Reach(mask, best, nash)


def joint_surplus(space: OutcomeSpace, row: int) -> float:
    """Σ_i (u_i − r_i) of the package at `row`, in points."""
    return joint_units(space, space.units[row]) / space.scale


def rule_of(state_forbidden: Mapping[str, Collection[str]], min_score: float | None) -> MandateRule:
    return MandateRule({i: frozenset(o) for i, o in state_forbidden.items()}, min_score)


def final_rules(game: Game, actors: Sequence[str]) -> list[MandateRule]:
    """Each actor's mandate as it stood at the end of `game`."""
    mandates = game.mandates()
    return [rule_of(mandates[a].forbidden, mandates[a].min_score) for a in actors]


def open_consultation_rules(game: Game, actors: Sequence[str]) -> list[MandateRule]:
    """The mandates at the end with every consultation not yet used granted on top (in the
    scenario's order, as the engine would widen them)."""
    mandates = game.mandates()
    used = game.consulted()
    scenario = game.scenario
    out = []
    for actor in actors:
        state = mandates[actor]
        forbidden = {i: set(o) for i, o in state.forbidden.items()}
        min_score = state.min_score
        for consultation in scenario.actor(actor).consultations:
            if consultation.id in used.get(actor, []):
                continue
            for issue, options in consultation.effect.allow.items():
                forbidden.get(issue, set()).difference_update(options)
            if consultation.effect.min_score is not None:
                min_score = consultation.effect.min_score
        out.append(rule_of(forbidden, min_score))
    return out


def no_rules(actors: Sequence[str]) -> list[MandateRule]:
    return [MandateRule({}, None) for _ in actors]


def agreement_rule(scenario: Scenario, actors: Sequence[str]) -> AgreementRule:
    return AgreementRule.of(scenario, list(actors))


def reaches(game: Game, space: OutcomeSpace) -> dict[str, Reach]:
    """The three mandate sets of `MANDATE_SETS` over the table as it stood at the end."""
    actors = space.actor_ids
    rule = agreement_rule(game.scenario, actors)
    return {
        "final_mandates": reach(space, final_rules(game, actors), rule),
        "all_consultations": reach(space, open_consultation_rules(game, actors), rule),
        "no_mandates": reach(space, no_rules(actors), rule),
    }
