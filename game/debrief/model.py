"""The debrief of one game as frozen values: built once, read by the report, the window, the
terminal and `report --json` alike (fields documented in docs/scoring.md).

Every figure names the table it describes: `start` is the case as it opens (the scenario's
own issues, points and BATNAs), `end` the table as it stood when the game ended (options and
points changed by events, late actors who joined). Unless a field says otherwise it is the
end table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.agents.counterfactual import StrategyRun
from game.learning.feedback import Observation
from game.scoring.debrief import Debrief

#: Why an actor did not support the closest proposal, most binding first.
MISSING_REASONS = ("walked_away", "outside_mandate", "below_batna", "no_support")
TABLES = ("start", "end")


@dataclass(frozen=True)
class PackageFigure:
    """One package with every actor's points and the joint gain over the BATNAs."""

    package: dict[str, str]
    joint_surplus: float
    points: dict[str, float]

    def as_json(self) -> dict[str, Any]:
        return {
            "package": dict(self.package),
            "joint_surplus": self.joint_surplus,
            "points": dict(self.points),
        }


def _package(found: PackageFigure | None) -> dict[str, Any] | None:
    return None if found is None else found.as_json()


@dataclass(frozen=True)
class TableFigures:
    """The size of one table's bargaining room (no mandates: the scores' reference)."""

    table: str  # "start" or "end"
    packages: int
    zopa: int  # packages every actor prefers to no deal
    feasible: int  # packages a coalition meeting the agreement rule prefers to no deal
    best_joint: PackageFigure | None  # the largest joint gain inside the ZOPA

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "packages": self.packages,
            "zopa": self.zopa,
            "feasible": self.feasible,
            "best_joint": _package(self.best_joint),
        }


@dataclass(frozen=True)
class Possible:
    """What a valid coalition could carry under one mandate set (end table)."""

    mandates: str  # "final_mandates", "all_consultations" or "no_mandates"
    packages: int
    best_joint: PackageFigure | None
    nash: PackageFigure | None

    def as_json(self) -> dict[str, Any]:
        return {
            "table": "end",
            "packages": self.packages,
            "best_joint": _package(self.best_joint),
            "nash": None if self.nash is None else {"package": dict(self.nash.package)},
        }


@dataclass(frozen=True)
class OutcomeFigures:
    """How the game ended and how good that was (end table)."""

    kind: str | None  # "agreement", "deadline", "walkout"; None while running
    round: int
    proposal: int | None
    package: dict[str, str] | None
    supporters: tuple[str, ...]
    walked_away: str | None
    points: dict[str, float]
    batna: dict[str, float]
    joint_surplus: float
    integration_index: float
    pareto_optimal: bool
    in_zopa: bool
    nash_ratio: float
    fairness: float
    game_scores: dict[str, float]

    def as_json(self) -> dict[str, Any]:
        return {
            "table": "end",
            "kind": self.kind,
            "round": self.round,
            "proposal": self.proposal,
            "package": None if self.package is None else dict(self.package),
            "supporters": list(self.supporters),
            "walked_away": self.walked_away,
            "points": dict(self.points),
            "batna": dict(self.batna),
            "joint_surplus": self.joint_surplus,
            "integration_index": self.integration_index,
            "pareto_optimal": self.pareto_optimal,
            "in_zopa": self.in_zopa,
            "nash_ratio": self.nash_ratio,
            "fairness": self.fairness,
            "game_scores": dict(self.game_scores),
        }


@dataclass(frozen=True)
class ClosestProposal:
    """The proposal that came nearest to an agreement, with its support at the end."""

    id: int
    proposer: str
    round: int
    package: dict[str, str]
    supporters: tuple[str, ...]  # at the table at the end
    needed: int  # supporters the rule needs (the quorum; everyone at the table)
    quorum_met: bool
    required_missing: tuple[str, ...]  # required actors who did not support it
    agreed: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "proposer": self.proposer,
            "round": self.round,
            "package": dict(self.package),
            "supporters": list(self.supporters),
            "needed": self.needed,
            "quorum_met": self.quorum_met,
            "required_missing": list(self.required_missing),
            "agreed": self.agreed,
        }


@dataclass(frozen=True)
class Missing:
    """An actor who did not support the closest proposal, and why (`MISSING_REASONS`)."""

    actor: str
    reason: str
    points: float
    batna: float

    def as_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "reason": self.reason,
            "points": self.points,
            "batna": self.batna,
        }


@dataclass(frozen=True)
class Why:
    """Why there was no deal, or a thin one."""

    closest_proposal: ClosestProposal | None
    missing: tuple[Missing, ...]
    best_open_package: PackageFigure | None  # the best still open to those at the table

    def as_json(self) -> dict[str, Any]:
        return {
            "closest_proposal": (
                None if self.closest_proposal is None else self.closest_proposal.as_json()
            ),
            "missing": [m.as_json() for m in self.missing],
            "best_open_package": _package(self.best_open_package),
        }


@dataclass(frozen=True)
class Actual:
    """What the trainee's seat got in the game itself."""

    own_points: float
    agreement: bool
    integration_index: float

    def as_json(self) -> dict[str, Any]:
        return {
            "own_points": self.own_points,
            "agreement": self.agreement,
            "integration_index": self.integration_index,
        }


@dataclass(frozen=True)
class Counterfactual:
    """The trainee's seat replayed by every bot strategy, the other seats unchanged."""

    seat: str
    games: int
    seed: int
    others: dict[str, str]
    strategies: dict[str, StrategyRun]
    actual: Actual
    seconds: float

    def as_json(self) -> dict[str, Any]:
        return {
            "table": "start",
            "seat": self.seat,
            "games": self.games,
            "seed": self.seed,
            "others": dict(self.others),
            "strategies": {
                name: {
                    "own_points_mean": run.own_points_mean,
                    "agreement_rate": run.agreement_rate,
                    "integration_index_mean": run.integration_index_mean,
                }
                for name, run in self.strategies.items()
            },
            "actual": self.actual.as_json(),
        }


@dataclass(frozen=True)
class FeedbackItem:
    """One observation about one player (game/learning/feedback.py)."""

    actor: str
    observation: Observation

    def as_json(self, lang: str) -> dict[str, Any]:
        obs = self.observation
        return {
            "actor": self.actor,
            "goal": obs.goal,
            "kind": obs.kind,
            "key": obs.key,
            "text": obs.text(lang),
            "evidence": obs.evidence(lang),
        }


@dataclass(frozen=True)
class GameDebrief:
    """Everything the debrief says about one game."""

    scenario: str
    seed: int
    seat: str  # the trainee's seat (the first person, or as chosen)
    people: tuple[str, ...]  # seats a person played, when the save says so
    tables: dict[str, TableFigures]
    outcome: OutcomeFigures
    possible: dict[str, Possible]
    compromise: PackageFigure
    why: Why
    left_on_table: dict[str, float]
    feedback: tuple[FeedbackItem, ...]
    counterfactual: Counterfactual | None
    scoring: Debrief = field(repr=False, compare=False)  # the scoring figures behind it

    @property
    def best_reachable(self) -> PackageFigure | None:
        """The best joint package under the mandates as they stood at the end."""
        return self.possible["final_mandates"].best_joint

    def as_json(self, lang: str = "nl") -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "seed": self.seed,
            "seat": self.seat,
            "people": list(self.people),
            "tables": {key: self.tables[key].as_json() for key in TABLES},
            "outcome": self.outcome.as_json(),
            "possible": {key: found.as_json() for key, found in self.possible.items()},
            "compromise": {
                "table": "end",
                "package": dict(self.compromise.package),
                "joint_surplus": self.compromise.joint_surplus,
            },
            "why": self.why.as_json(),
            "left_on_table": dict(self.left_on_table),
            "feedback": [item.as_json(lang) for item in self.feedback],
            "counterfactual": (
                None if self.counterfactual is None else self.counterfactual.as_json()
            ),
        }
