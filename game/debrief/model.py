"""The debrief of one game as frozen pydantic models: built once, read by the HTML report, the
window, the terminal and `report --json` alike (fields documented in docs/scoring.md).

Every figure names the table it describes in its `table` field: `start` is the case as it
opens (the scenario's own issues, points and BATNAs), `end` the table as it stood when the
game ended (options and points changed by events, late actors who joined, mandates narrowed
or widened). The two can differ: a motion that rules out an option shrinks what is possible
at the end.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr

from game.scoring.debrief import Debrief

#: Why an actor did not support the closest proposal, most binding first.
MISSING_REASONS = ("walked_away", "outside_mandate", "below_batna", "no_support")
LANGS = ("nl", "en")
Table = Literal["start", "end"]
Evidence = dict[str, str | int | float]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PackageFigure(_Frozen):
    """One package with every actor's points and the joint gain over the BATNAs."""

    table: Table = "end"
    package: dict[str, str]
    joint_surplus: float
    points: dict[str, float]


class TableFigures(_Frozen):
    """The size of one table's bargaining room, without mandates (the scores' reference)."""

    table: Table
    packages: int
    zopa: int  # packages every actor prefers to no deal
    feasible: int  # packages a coalition meeting the agreement rule prefers to no deal
    best_joint: PackageFigure | None  # the largest joint gain inside the ZOPA


class NashPackage(_Frozen):
    table: Table = "end"
    package: dict[str, str]


class Possible(_Frozen):
    """What a valid coalition could carry under one mandate set (end table)."""

    table: Table = "end"
    mandates: str  # one of game.scoring.reachable.MANDATE_SETS
    packages: int
    best_joint: PackageFigure | None
    nash: NashPackage | None


class OutcomeFigures(_Frozen):
    """How the game ended and how good that was (end table)."""

    table: Table = "end"
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
    nash_ratio: float  # the trainer's figure: Nash product of the outcome / the best one
    fairness: float  # the trainer's figure: 1 − spread of the surplus shares
    game_scores: dict[str, float]


class ClosestProposal(_Frozen):
    """The proposal that came nearest to an agreement, with its support at the end."""

    table: Table = "end"
    id: int
    proposer: str
    round: int
    package: dict[str, str]
    supporters: tuple[str, ...]  # at the table at the end
    needed: int  # supporters the rule needs (the quorum; everyone at the table)
    quorum_met: bool
    required_missing: tuple[str, ...]  # required actors who did not support it
    agreed: bool


class Missing(_Frozen):
    """An actor who did not support the closest proposal, and why (`MISSING_REASONS`)."""

    table: Table = "end"
    actor: str
    reason: str
    points: float
    batna: float


class Why(_Frozen):
    """Why there was no deal, or a thin one."""

    closest_proposal: ClosestProposal | None
    missing: tuple[Missing, ...]
    best_open_package: PackageFigure | None  # the best still open to those at the table


class LeftOnTable(_Frozen):
    """Points an actor could have had more in a package nobody liked less (end table)."""

    table: Table = "end"
    points: float


class StrategyFigures(_Frozen):
    """One strategy in the trainee's seat over the counterfactual's games."""

    games: int
    own_points_mean: float
    agreement_rate: float
    integration_index_mean: float


class Actual(_Frozen):
    """What the trainee's seat got in the game itself."""

    table: Table = "end"
    own_points: float
    agreement: bool
    integration_index: float


class Counterfactual(_Frozen):
    """The trainee's seat replayed by every bot strategy from the start, the other seats
    unchanged (points of the end table of each replayed game)."""

    table: Table = "start"
    seat: str
    games: int
    seed: int
    others: dict[str, str]
    strategies: dict[str, StrategyFigures]
    actual: Actual
    seconds: float


class FeedbackItem(_Frozen):
    """One observation about one player (game/learning/feedback.py), in both languages."""

    actor: str
    goal: str | None
    kind: str  # "strength" or "work"
    key: str  # catalogue key under "learning.obs."
    text: dict[str, str]  # per language
    evidence: dict[str, Evidence]  # per language: the values the text states


class GameDebrief(_Frozen):
    """Everything the debrief says about one game."""

    scenario: str
    seed: int
    seat: str  # the trainee's seat (the first person, or as chosen)
    people: tuple[str, ...]  # seats a person played, when the save says so
    tables: dict[str, TableFigures]  # "start" and "end"
    outcome: OutcomeFigures
    possible: dict[str, Possible]  # per game.scoring.reachable.MANDATE_SETS
    compromise: PackageFigure
    why: Why
    left_on_table: dict[str, LeftOnTable]
    feedback: tuple[FeedbackItem, ...]
    counterfactual: Counterfactual | None
    _scoring: Debrief | None = PrivateAttr(default=None)  # the scoring figures behind it

    @property
    def scoring(self) -> Debrief:
        assert self._scoring is not None, "built by game.debrief.build_debrief"
        return self._scoring

    @property
    def best_reachable(self) -> PackageFigure | None:
        """The best joint package under the mandates as they stood at the end."""
        return self.possible["final_mandates"].best_joint

    def as_json(self, lang: str = "nl") -> dict[str, Any]:
        """What `report --json` prints: every field, feedback texts in `lang`."""
        data = self.model_dump(mode="json", exclude={"feedback"})
        data["feedback"] = [
            {
                "actor": item.actor,
                "goal": item.goal,
                "kind": item.kind,
                "key": item.key,
                "text": item.text[lang],
                "evidence": item.evidence[lang],
            }
            for item in self.feedback
        ]
        return data
