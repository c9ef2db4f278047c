"""The four strategies as numbers, how far each lowers its demands over time, and who plays what.

A strategy's aspiration is the own score it still asks for: from its best package down to
its reservation (BATNA, or the mandate's minimum if higher) along 1 − t^e, t the share of
the time to the deadline gone. A large e concedes late (Boulware: tough); a small e concedes
early (conceder). The reciprocal strategy concedes as much as the table concedes to it,
measured in its own points; the integrative one concedes steadily but also models the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from game.agents.own_table import OwnTable
from game.engine import PlayerView
from game.scenario.model import STRATEGIES, Scenario

AnswerHabit = Literal["truthful", "vague", "decline", "mirror"]


@dataclass(frozen=True)
class Profile:
    """How one strategy negotiates."""

    name: str
    exponent: float  # e in 1 − t^e
    mirrors: bool  # concede as the table concedes (reciprocal)
    models_others: bool  # choose packages by what others seem to want (integrative)
    answers: AnswerHabit
    reveals: bool  # reveals its interests when the table reciprocates
    asks: bool
    escalates: bool  # calls the escalation table when stuck
    grasping: bool  # supports the acceptable proposal best for itself, not the most backed


PROFILES: dict[str, Profile] = {
    "tough": Profile("tough", 6.0, False, False, "decline", False, False, False, True),
    "conceder": Profile("conceder", 0.5, False, False, "truthful", False, False, False, False),
    "reciprocal": Profile("reciprocal", 3.0, True, False, "mirror", True, False, False, False),
    "integrative": Profile("integrative", 0.8, False, True, "truthful", True, True, True, False),
}
assert tuple(PROFILES) == STRATEGIES

#: Strategies handed out, in turn order, to the bot seats of each difficulty; "normal"
#: first honours the scenario's suggestion for an actor.
DIFFICULTIES: dict[str, tuple[str, ...]] = {
    "easy": ("conceder", "integrative", "conceder", "reciprocal"),
    "normal": ("reciprocal", "integrative", "tough", "conceder"),
    "hard": ("tough", "reciprocal", "tough", "integrative"),
}


def strategies_for(
    scenario: Scenario, difficulty: str, human_actors: list[str] | tuple[str, ...] | set[str]
) -> dict[str, str]:
    """A strategy for every base actor nobody plays, by difficulty (and the scenario's hint)."""
    if difficulty not in DIFFICULTIES:
        known = ", ".join(DIFFICULTIES)
        raise ValueError(f"unknown difficulty {difficulty!r}; choose from {known}")
    mix = DIFFICULTIES[difficulty]
    order = scenario.turn_order or [a.id for a in scenario.actors]
    order = [a for a in order if a not in human_actors]
    order += [a.id for a in scenario.all_actors() if a.id not in order and a.id not in human_actors]
    out = {}
    for k, actor_id in enumerate(order):
        suggested = scenario.actor(actor_id).strategy
        out[actor_id] = suggested if difficulty == "normal" and suggested else mix[k % len(mix)]
    return out


def time_gone(view: PlayerView) -> float:
    """The share of the time to the deadline gone at this actor's turn, in [0, 1]: 0 at the
    very start of the game, 1 on its own last turn before the deadline."""
    seated = [a.id for a in view.actors if a.status == "at_table"]
    place = seated.index(view.actor) / len(seated) if view.actor in seated else 0.0
    last = max(view.deadline - 1 + place, 1e-9)
    return min(max((view.round - 1 + place) / last, 0.0), 1.0)


def reservation(table: OwnTable, view: PlayerView) -> float:
    """The least this actor takes: its BATNA, or its mandate's minimum when that is higher."""
    floor = table.batna
    if view.mandate.min_score is not None:
        floor = max(floor, view.mandate.min_score)
    return floor


def best_value(table: OwnTable) -> float:
    """The best own score the actor may put on the table (forbidden options left out)."""
    return table.best_open_value


def concession_received(table: OwnTable, view: PlayerView) -> float:
    """How far the others moved towards this actor: the mean, over the others who proposed,
    of (own points of their latest proposal − own points of their first), at least 0."""
    made: dict[str, list[int]] = {}
    for proposal in view.proposals:
        row = table.row_of(proposal)
        if proposal.proposer != view.actor and row is not None:  # old options do not count
            made.setdefault(proposal.proposer, []).append(row)
    gains = [
        max(0.0, float(table.values[rows[-1]] - table.values[rows[0]])) for rows in made.values()
    ]
    return sum(gains) / len(gains) if gains else 0.0


def aspiration(profile: Profile, table: OwnTable, view: PlayerView) -> float:
    """The own score this strategy still asks for now."""
    floor = reservation(table, view)
    top = max(best_value(table), floor)
    demand = floor + (top - floor) * (1.0 - time_gone(view) ** profile.exponent)
    if profile.mirrors:
        demand = min(demand, top - concession_received(table, view))
    return max(floor, demand)
