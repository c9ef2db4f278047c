"""The whole state of one game as plain data: what changes as actions and events happen.

The scenario stays outside (it never changes); the state holds ids and numbers only, so a
copy is cheap and a canonical JSON form (for `state_hash`) is straightforward.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from game.engine.frozen import ReadOnly
from game.engine.log import LineBook, LogEntry
from game.scenario.points import total

Status = Literal["absent", "at_table", "walked_away"]
QuestionStatus = Literal["open", "answered", "lapsed"]
OutcomeKind = Literal["agreement", "deadline", "walkout"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a game ended: with an agreement, at the deadline, or by a walk-out."""

    kind: OutcomeKind
    round: int
    package: ReadOnly[str, str] | None = None
    proposal: int | None = None
    supporters: tuple[str, ...] = ()
    actor: str | None = None  # who walked away, for a walk-out

    def canonical(self) -> dict[str, Any]:
        """The outcome as JSON-ready data, its fields in order (part of the state hash)."""
        package: Mapping[str, str] | None = self.package
        return {
            "kind": self.kind,
            "round": self.round,
            "package": None if package is None else dict(package),
            "proposal": self.proposal,
            "supporters": [*self.supporters],
            "actor": self.actor,
        }


@dataclass
class Proposal:
    id: int
    proposer: str
    round: int
    package: dict[str, str]
    supporters: list[str]

    def copy(self) -> Proposal:
        return Proposal(self.id, self.proposer, self.round, dict(self.package), [*self.supporters])


@dataclass
class Question:
    id: int
    asker: str
    to: str
    issue: str
    round: int
    status: QuestionStatus = "open"
    mode: str | None = None

    def copy(self) -> Question:
        return Question(
            self.id, self.asker, self.to, self.issue, self.round, self.status, self.mode
        )


@dataclass
class MandateState:
    """An actor's mandate as it stands: forbidden options per issue and a minimum score."""

    forbidden: dict[str, set[str]]
    min_score: float | None

    def copy(self) -> MandateState:
        return MandateState({k: set(v) for k, v in self.forbidden.items()}, self.min_score)


@dataclass
class State:
    round: int
    deadline: int
    order: list[str]
    status: dict[str, Status]
    issues: dict[str, list[str]]
    points: dict[str, dict[str, dict[str, float]]]
    batna: dict[str, float]
    mandates: dict[str, MandateState]
    turn_index: int = 0
    turn: int = 1
    talked: bool = False
    consulted: dict[str, list[str]] = field(default_factory=dict)
    escalated: bool = False
    revealed: dict[str, list[str]] = field(default_factory=dict)
    proposals: list[Proposal] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)
    outcome: Outcome | None = None
    log: list[LogEntry] = field(default_factory=list)
    book: LineBook = field(default_factory=LineBook, compare=False, repr=False)  # view lines

    # --- reading -------------------------------------------------------------------------
    def at_table(self) -> list[str]:
        """Actors at the table, in turn order."""
        return [a for a in self.order if self.status[a] == "at_table"]

    def current_actor(self) -> str | None:
        if self.outcome is not None or not self.order:
            return None
        return self.order[self.turn_index]

    def proposal(self, proposal_id: int) -> Proposal | None:
        if 1 <= proposal_id <= len(self.proposals):
            return self.proposals[proposal_id - 1]
        return None

    def question(self, question_id: int) -> Question | None:
        if 1 <= question_id <= len(self.questions):
            return self.questions[question_id - 1]
        return None

    def open_questions_for(self, actor: str) -> list[Question]:
        return [q for q in self.questions if q.to == actor and q.status == "open"]

    def score(self, actor: str, package: dict[str, str]) -> float:
        """The actor's points for the package, summed exactly (0.7 + 0.1 is 0.8)."""
        table = self.points[actor]
        return total([table[issue][option] for issue, option in package.items()])

    # --- copying and hashing -------------------------------------------------------------
    def copy(self) -> State:
        """An independent copy (log entries are immutable and shared)."""
        return State(
            round=self.round,
            deadline=self.deadline,
            order=[*self.order],
            status=dict(self.status),
            issues={k: [*v] for k, v in self.issues.items()},
            points={
                a: {i: dict(opts) for i, opts in table.items()} for a, table in self.points.items()
            },
            batna=dict(self.batna),
            mandates={a: m.copy() for a, m in self.mandates.items()},
            turn_index=self.turn_index,
            turn=self.turn,
            talked=self.talked,
            consulted={a: [*c] for a, c in self.consulted.items()},
            escalated=self.escalated,
            revealed={a: [*r] for a, r in self.revealed.items()},
            proposals=[p.copy() for p in self.proposals],
            questions=[q.copy() for q in self.questions],
            fired=[*self.fired],
            outcome=self.outcome,
            log=[*self.log],
            book=self.book.copy(),
        )

    def canonical(self) -> dict[str, Any]:
        """Everything in the state as JSON-ready data with a fixed order (for hashing)."""
        return {
            "round": self.round,
            "deadline": self.deadline,
            "order": self.order,
            "status": self.status,
            "issues": self.issues,
            "points": self.points,
            "batna": self.batna,
            "mandates": {
                a: {
                    "forbidden": {i: sorted(o) for i, o in m.forbidden.items() if o},
                    "min_score": m.min_score,
                }
                for a, m in self.mandates.items()
            },
            "turn_index": self.turn_index,
            "turn": self.turn,
            "talked": self.talked,
            "consulted": self.consulted,
            "escalated": self.escalated,
            "revealed": self.revealed,
            "proposals": [vars(p) for p in self.proposals],
            "questions": [vars(q) for q in self.questions],
            "fired": self.fired,
            "outcome": None if self.outcome is None else self.outcome.canonical(),
            "log": [e.canonical() for e in self.log],
        }
