"""What one actor may do now: a cheap view you can test with `in`, iterate, and ask why not.

Iterating yields every enumerable legal action: answers, phrase statements, reveals, asks,
supports, withdrawals, consultations, escalation, walk-away and pass. Free-text statements
and proposals are not enumerated; use `options(issue)` and `allows_package(package)`.
Meant for the actor's own client: it reflects that actor's mandate.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from game.engine import mandate, rules
from game.engine.actions import (
    Action,
    Answer,
    Ask,
    Consult,
    Escalate,
    ExtendDeadline,
    FireEvent,
    Pass,
    Propose,
    RevealInterest,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
)
from game.engine.errors import IllegalAction
from game.engine.setting import Setting
from game.engine.state import State

ANSWER_MODES = ("truthful", "vague", "decline")
ACTION_TYPES = (
    Answer,
    Ask,
    Consult,
    Escalate,
    ExtendDeadline,
    FireEvent,
    Pass,
    Propose,
    RevealInterest,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
)


class LegalActions:
    def __init__(self, setting: Setting, state: State, actor: str) -> None:
        self._setting = setting
        self._state = state
        self.actor = actor

    def why_not(self, action: Action) -> IllegalAction | None:
        """None when `action` is legal now, else the refusal `apply` would raise."""
        if action.actor != self.actor:
            return IllegalAction(
                "engine.illegal.wrong_actor",
                {"actor": self._setting.labels.actor(action.actor)},
            )
        return rules.check(self._setting, self._state, action)

    def __contains__(self, action: object) -> bool:
        if not isinstance(action, ACTION_TYPES):
            return False
        return self.why_not(action) is None

    @property
    def my_turn(self) -> bool:
        state = self._state
        return state.outcome is None and state.current_actor() == self.actor

    @property
    def must_answer(self) -> bool:
        return self.my_turn and bool(self._state.open_questions_for(self.actor))

    @property
    def can_talk(self) -> bool:
        return self.my_turn and not self.must_answer and not self._state.talked

    @property
    def can_move(self) -> bool:
        return self.my_turn and not self.must_answer

    def answerable(self) -> list[int]:
        """The ids of the questions this actor may answer now (each in any answer mode)."""
        state = self._state
        if not self.my_turn or state.status.get(self.actor) != "at_table":
            return []
        return [q.id for q in state.open_questions_for(self.actor)]

    def options(self, issue: str) -> list[str]:
        """Options of `issue` inside this actor's mandate (the minimum score aside)."""
        if self.actor not in self._state.mandates or issue not in self._state.issues:
            return []
        return mandate.allowed_options(self._state, self.actor, issue)

    def allows_package(self, package: Mapping[str, str]) -> bool:
        """Whether this actor may propose `package` now."""
        return Propose(actor=self.actor, package=dict(package)) in self

    def mandate_problem(self, package: Mapping[str, str], verb: str) -> IllegalAction | None:
        """Why this actor's mandate does not cover `package` now (verb: 'propose' or
        'support'), whoever's turn it is and whatever question waits: for marking what lies
        outside the mandate."""
        if self.actor not in self._state.mandates:
            return None
        return rules.mandate_problem(self._setting, self._state, self.actor, package, verb)

    def __iter__(self) -> Iterator[Action]:
        if not self.my_turn:
            return
        state, setting, me = self._state, self._setting, self.actor
        if self.must_answer:
            for question in state.open_questions_for(me):
                for mode in ANSWER_MODES:
                    yield Answer(actor=me, question=question.id, mode=mode)
            return
        if self.can_talk:
            for phrase in setting.labels.phrases:
                yield Statement(actor=me, phrase=phrase)
            for interest in setting.actors[me].interests:
                if interest.id not in state.revealed[me]:
                    yield RevealInterest(actor=me, interest=interest.id)
            for other in state.at_table():
                if other == me:
                    continue
                for issue in state.issues:
                    ask = Ask(actor=me, to=other, issue=issue)
                    if ask in self:
                        yield ask
        for proposal in state.proposals:
            if me in proposal.supporters:
                yield WithdrawSupport(actor=me, proposal=proposal.id)
            else:
                support = Support(actor=me, proposal=proposal.id)
                if support in self:
                    yield support
        for consultation in setting.actors[me].consultations:
            if consultation.id not in state.consulted[me]:
                yield Consult(actor=me, consultation=consultation.id)
        if setting.scenario.escalation is not None and not state.escalated:
            yield Escalate(actor=me)
        yield WalkAway(actor=me)
        yield Pass(actor=me)
