"""The scores of one outcome against what the table could reach.

Edge cases the design leaves open, decided here:

* **Individual score** a_i = s_i / (max_Z u_i − r_i). When that span is 0 (Z empty, or no
  package of Z beats the BATNA for i) the actor's whole range over all packages is used,
  and 1 point when even that is 0. a_i is not clipped: below 0 means a deal under the BATNA,
  above 1 a deal outside Z that favoured this actor.
* **Integration index** Σ s_i / max_Z Σ s_i, clipped to [0, 1]. It is 0 without a deal and
  0 when Z is empty (there was no joint gain every actor would accept). When Z holds only
  packages with zero joint surplus, a deal with Σ s_i ≥ 0 scores 1 (it took all there was).
  Outside Z (possible under a quorum, or when someone accepted less than its BATNA) the
  ratio is clipped, so a deal cannot gain by pushing an actor under its BATNA.
* **Nash ratio** (Π s_i / Π s_i(N))^(1/n); 0 without a deal or when some s_i < 0; when the
  Nash product is 0 (some actor gains nothing anywhere in Z) a deal in Z scores 1.
* **Fairness** 1 − (max a_i − min a_i), on a_i clipped to [0, 1].
* **Left on the table** ε = max over all packages y of min_i (u_i(y) − u_i(x)), at least 0.
* **Process figure** per actor, in [0, 1]: the mean of openness (interests revealed /
  interests it has; 1 with none), candour (truthful answers / questions it got; 1 with none),
  curiosity (questions it asked / QUESTIONS_EXPECTED, at most 1) and pace (for a deal in
  round r of a deadline D: 1 − (r − 1) / D; 0 without a deal). Consultations, the escalation
  and support withdrawn are counted and shown but not scored: each can be wise or not.
* **Game score** = own · clip(a_i, 0, 1) + integration · index + process · figure, with the
  scenario's weights (they add up to 1, so the game score lies in [0, 1]).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import numpy as np

from game.engine.kept import KeptFor
from game.scenario.model import Weights
from game.scenario.space import Package
from game.scoring.analysis import Analysis, joint_units
from game.scoring.pareto import dominates

#: Questions an actor should ask for full marks on curiosity.
QUESTIONS_EXPECTED = 2


def _clip01(value: float) -> float:
    """`value` clipped to [0, 1], as a float (np.clip, without its per-call cost on one number)."""
    return float(min(max(value, 0.0), 1.0))


@dataclass(frozen=True)
class ActorProcess:
    """What one actor did at the table, counted from the game's log."""

    interests_revealed: int = 0
    interests_total: int = 0
    questions_asked: int = 0
    questions_received: int = 0
    answered_truthfully: int = 0
    consultations: int = 0
    supports_withdrawn: int = 0

    def figure(self, pace: float) -> float:
        """The process figure in [0, 1] (see the module docstring)."""
        openness = self.interests_revealed / self.interests_total if self.interests_total else 1.0
        candour = (
            self.answered_truthfully / self.questions_received if self.questions_received else 1.0
        )
        curiosity = min(1.0, self.questions_asked / QUESTIONS_EXPECTED)
        parts = (openness, candour, curiosity, pace)
        return _clip01(sum(parts) / len(parts))


@dataclass(frozen=True)
class ProcessFigures:
    """The table's process: per actor counts, the escalation, rounds used of the deadline."""

    actors: Mapping[str, ActorProcess] = field(default_factory=dict)
    escalated: bool = False
    rounds_used: int = 0
    deadline: int = 8

    def pace(self, deal: bool) -> float:
        if not deal or self.deadline <= 0:
            return 0.0
        return _clip01(1.0 - (max(self.rounds_used, 1) - 1) / self.deadline)

    def figure(self, actor: str, deal: bool) -> float:
        return self.actors.get(actor, ActorProcess()).figure(self.pace(deal))


@dataclass(frozen=True)
class ActorScore:
    points: float
    surplus: float
    individual: float
    process: float
    game: float


@dataclass(frozen=True)
class Scores:
    """How good one outcome was, for every actor and for the table."""

    deal: bool
    package: Package | None
    in_zopa: bool
    feasible: bool
    actors: dict[str, ActorScore]
    integration_index: float
    pareto_optimal: bool
    left_on_table: float
    nash_ratio: float
    fairness: float


def _span(analysis: Analysis) -> np.ndarray:
    """Per actor: what its individual score divides by, in units (see the module docstring)."""
    space = analysis.space
    units = space.units
    zopa = analysis.zopa
    best_z = (units[zopa].max(axis=0) if zopa.any() else space.batna_units) - space.batna_units
    whole = units.max(axis=0) - units.min(axis=0)
    span = np.where(best_z > 0, best_z, np.where(whole > 0, whole, space.scale))
    if analysis.zopa_size == 0:
        span = np.where(whole > 0, whole, space.scale)
    return span


def _individual(analysis: Analysis, surplus: np.ndarray) -> np.ndarray:
    """Surplus (units) over the span (units): the individual score."""
    return surplus / _SPANS((analysis,))


def _reach(analysis: Analysis, units: tuple[int, ...]) -> tuple[bool, float]:
    """Whether no package of the table dominates `units`, and how much every actor could
    still have gained together (left on the table): both read the whole outcome space."""
    space = analysis.space
    row = np.array(units, dtype=np.int64)
    gains = (space.units - row).min(axis=1)
    return not bool(dominates(space.units, row).any()), max(0, int(gains.max())) / space.scale


# Kept per analysis (a simulation scores many games on one table, and these figures read
# its whole outcome space) and, for an outcome, per its units.
_SPANS: KeptFor[np.ndarray] = KeptFor(_span)
_REACH: KeptFor[tuple[bool, float]] = KeptFor(_reach)


def integration_index(analysis: Analysis, joint_surplus: int | None) -> float:
    """Share of the available joint gain captured, from the joint surplus in the space's
    units; `None` for no deal."""
    if joint_surplus is None or analysis.max_joint is None:
        return 0.0
    space = analysis.space
    best = joint_units(space, space.units[analysis.max_joint.index])
    if best <= 0:
        return 1.0 if joint_surplus >= 0 else 0.0
    return _clip01(joint_surplus / best)


def _nash_ratio(analysis: Analysis, surplus: np.ndarray, deal: bool, in_zopa: bool) -> float:
    """From surplus in units (exact signs), as a float ratio."""
    if not deal or analysis.nash is None or np.any(surplus < 0):
        return 0.0
    space = analysis.space
    best = space.units[analysis.nash.index] - space.batna_units
    if np.any(best <= 0):
        return 1.0 if in_zopa else 0.0
    return float(np.prod(surplus / best) ** (1.0 / len(surplus)))


def score_outcome(
    analysis: Analysis,
    package: Mapping[str, str] | None,
    process: ProcessFigures | None = None,
    weights: Weights | None = None,
    absent: Collection[str] = (),
) -> Scores:
    """Scores of `package` (None: no deal, everyone gets the BATNA) on the analysed table.

    Actors in `absent` walked away: they have their BATNA whatever the others agreed.
    """
    space = analysis.space
    process = process or ProcessFigures()
    weights = weights or Weights()
    deal = package is not None
    if package is not None:
        index = space.index_of(package)
        units = space.units[index].copy()
        gone = [k for k, a in enumerate(space.actor_ids) if a in absent]
        units[gone] = space.batna_units[gone]
        in_zopa = (
            bool(analysis.zopa[index]) if not gone else bool(np.all(units >= space.batna_units))
        )
        feasible = bool(analysis.feasible[index])
    else:
        units = space.batna_units.copy()
        in_zopa = feasible = False
    surplus = units - space.batna_units
    individual = _individual(analysis, surplus)
    index_value = integration_index(analysis, joint_units(space, units) if deal else None)
    pareto_optimal, left_on_table = _REACH((analysis,), tuple(units.tolist()))
    clipped = np.clip(individual, 0.0, 1.0)
    points = units / space.scale
    actors = {}
    for k, actor in enumerate(space.actor_ids):
        figure = process.figure(actor, deal)
        game = (
            weights.own * clipped[k] + weights.integration * index_value + weights.process * figure
        )
        actors[actor] = ActorScore(
            points=float(points[k]),
            surplus=float(surplus[k] / space.scale),
            individual=float(individual[k]),
            process=figure,
            game=float(game),
        )
    return Scores(
        deal=deal,
        package=dict(package) if package is not None else None,
        in_zopa=in_zopa,
        feasible=feasible,
        actors=actors,
        integration_index=index_value,
        pareto_optimal=pareto_optimal,
        left_on_table=left_on_table,
        nash_ratio=_nash_ratio(analysis, surplus, deal, in_zopa),
        fairness=float(1.0 - (clipped.max() - clipped.min())),
    )
