"""A computer opponent: sees only its own view and its legal actions, and says why it acts.

A bot is stateless between calls: everything it knows it reads again from the view it is
given (the proposals, the talk, the answers to its questions, its own points and mandate),
so a restored game or an undo leaves nothing stale behind, and the same view always gives
the same move. It plays through `game.apply`, the path a person's action takes.

One turn: answer waiting questions, perhaps one talk action (reveal an interest, ask a
question), then one move, tried in this order:
1. withdraw support from a proposal that has dropped under its reservation;
2. support the acceptable proposal with most supporters (acceptable: inside the mandate, at
   least its aspiration and its reservation);
3. consult the back office when a proposal it would accept is blocked only by its mandate,
   or when the best package it could propose needs a wider mandate — choosing the
   consultation whose "yes" opens that package (its view says what each would allow);
4. call the escalation table when the table is stuck (integrative only);
5. propose its best new package at its aspiration (integrative: the one the others seem to
   want most; the others: the one closest to its aspiration);
6. pass.

An option an event everyone heard took from a party every agreement needs counts as outside
its own mandate (`own_table`). An integrative bot keeps the steps it took in its own
proposals until the table changes (an event, a consultation, advice): it does not go back
to an option it moved away from, which would only tell the table nothing.
"""

from __future__ import annotations

import random
from collections import Counter

import numpy as np

from game.agents import explain
from game.agents.bot_log import answered_proposal, issue_swings, not_going_back
from game.agents.bot_move import Bot, BotMove
from game.agents.bot_packages import (
    TableReading,
    best_package,
    beyond_mandate,
    both_masks,
    joint_share,
    nearest_rows,
    open_mask,
    opened_mask,
    own_share,
)
from game.agents.opponents import others_utility
from game.agents.own_table import OwnTable, own_table, widened
from game.agents.strategies import PROFILES, Profile, aspiration, reservation, time_gone
from game.agents.table_rule import passes_with, proposal_shortfall, seated
from game.engine import (
    Answer,
    Ask,
    Consult,
    Escalate,
    LegalActions,
    Pass,
    PlayerView,
    Propose,
    RevealInterest,
    Support,
    WithdrawSupport,
)
from game.engine.views import ActorView, ConsultationView, ProposalView
from game.scenario.model import LocalText

#: The integrative bot consults for a forbidden package only when the others seem to like
#: it clearly better (in summed estimated shares of their best) than the best allowed one.
CONSULT_MARGIN = 0.15
#: An integrative bot backs a proposal on the table rather than make its own when the
#: others seem to like it nearly as much (in summed estimated shares of their best).
BUILD_MARGIN = 0.3
#: Questions an asking bot puts, at most, to each other actor over a game.
QUESTIONS_PER_ACTOR = 1
#: Before this share of the time is gone, a table is not "stuck" yet.
STUCK_AFTER = 0.3
#: A table is stuck when every proposal still needs at least this many more supporters.
STUCK_SHORTFALL = 2


class StrategyBot:
    """A bot playing one of the four strategies (see `strategies.PROFILES`)."""

    def __init__(self, actor: str, strategy: str, seed: int) -> None:
        if strategy not in PROFILES:
            raise ValueError(f"unknown strategy {strategy!r}; choose from {', '.join(PROFILES)}")
        self.actor = actor
        self.strategy = strategy
        self.seed = int(seed)
        self.profile: Profile = PROFILES[strategy]

    def __repr__(self) -> str:
        return f"StrategyBot({self.actor!r}, {self.strategy!r}, seed={self.seed})"

    def act(self, view: PlayerView, legal: LegalActions) -> BotMove:
        """The bot's next action on its turn: an answer, a talk action, or its move.

        `legal` says which part of the turn is left (answers owed, talk slot, move), so the
        view may be the one from the start of the turn: the bot's own answers and talk do
        not change what it decides.
        """
        if view.actor != self.actor or not legal.my_turn:
            raise ValueError(f"it is not {self.actor}'s turn")
        if legal.must_answer:
            return self._answer(view, legal)
        if legal.can_talk:
            talk = self._talk(view)
            if talk is not None:
                return talk
        return self._move(view)

    # --- answers and talk ----------------------------------------------------------------
    def _answer(self, view: PlayerView, legal: LegalActions) -> BotMove:
        mode = self.profile.answers
        answerable = legal.answerable()  # the view may be from before earlier answers
        question = next((q for q in view.questions_waiting if q.id in answerable), None)
        if question is None:
            raise ValueError(f"{self.actor} owes an answer its view does not show")
        if mode == "mirror":
            asker = next((a for a in view.actors if a.id == question.asker), None)
            mode = "truthful" if asker is not None and asker.revealed_interests else "vague"

        def text() -> LocalText:
            return explain.sentence(
                f"agents.answer.{mode}",
                actor=explain.actor_name(view, self.actor),
                asker=explain.actor_name(view, question.asker),
                issue=explain.issue_name(view, question.issue),
            )

        return BotMove(Answer(actor=self.actor, question=question.id, mode=mode), text)

    def _talk(self, view: PlayerView) -> BotMove | None:
        profile = self.profile
        if profile.reveals:
            reveal = self._reveal(view)
            if reveal is not None:
                return reveal
        if profile.asks:
            return self._ask(view)
        return None

    def _reveal(self, view: PlayerView) -> BotMove | None:
        hidden = [i for i in view.interests if not i.revealed]
        if not hidden:
            return None
        mine = len(view.interests) - len(hidden)
        theirs = sum(len(a.revealed_interests) for a in view.actors if a.id != self.actor)
        opens = self.profile.models_others and mine == 0
        if not (opens or theirs > mine or (self.profile.models_others and theirs >= mine)):
            return None
        swing = issue_swings(view)
        interest = max(hidden, key=lambda i: sum(swing.get(x, 0.0) for x in i.issues))
        issue = max(interest.issues, key=lambda x: swing.get(x, 0.0), default=None)

        def text() -> LocalText:
            return explain.sentence(
                "agents.reveal" if theirs else "agents.reveal_first",
                actor=explain.actor_name(view, self.actor),
                issue=explain.issue_name(view, issue) if issue else "—",
                reason=explain.quote(interest.text),
            )

        return BotMove(RevealInterest(actor=self.actor, interest=interest.id), text)

    def _ask(self, view: PlayerView) -> BotMove | None:
        me = self.actor
        mine = [q for q in view.questions if q.asker == me]
        per_actor = Counter([q.to for q in mine])
        unasked = [
            a
            for a in view.actors
            if a.id != me and a.status == "at_table" and per_actor[a.id] < QUESTIONS_PER_ACTOR
        ]
        if not unasked:  # the usual case after the first round: nothing left to ask
            return None
        asked = {(q.to, q.issue) for q in mine}
        swing = issue_swings(view)
        position = {issue.id: k for k, issue in enumerate(view.issues)}
        issues = sorted(view.points, key=lambda i: (-swing.get(i, 0.0), position.get(i, 0)))
        for other in unasked:
            for issue in issues:
                if (other.id, issue) not in asked:
                    return self._ask_about(view, other, issue)
        return None

    def _ask_about(self, view: PlayerView, other: ActorView, issue: str) -> BotMove:
        def text() -> LocalText:
            return explain.sentence(
                "agents.ask",
                actor=explain.actor_name(view, self.actor),
                to=other.name,
                issue=explain.issue_name(view, issue),
            )

        return BotMove(Ask(actor=self.actor, to=other.id, issue=issue), text)

    # --- the move ------------------------------------------------------------------------
    def _move(self, view: PlayerView) -> BotMove:
        table = own_table(view)
        seen = TableReading(view, table)
        floor = reservation(table, view)
        demand = max(aspiration(self.profile, table, view), floor)
        mine = [p for p in view.proposals if self.actor in p.supporters]
        others = [p for p in view.proposals if self.actor not in p.supporters]
        for proposal in mine:
            if seen.value[proposal.id] < floor:
                return self._withdraw(view, proposal)
        acceptable = [p for p in others if seen.allowed[p.id] and seen.value[p.id] >= demand]
        if self.profile.models_others:
            return self._integrative_move(view, seen, demand, acceptable, others)
        if acceptable:
            if self.profile.grasping:  # the best for itself, however few back it
                chosen = max(acceptable, key=lambda p: (seen.value[p.id], -p.id))
            else:  # the one closest to agreement
                chosen = max(
                    acceptable,
                    key=lambda p: (len(p.supporters_at_table), seen.value[p.id], -p.id),
                )
            return self._support(view, chosen)
        consult = self._consult_for_proposal(view, seen, others, demand)
        if consult is not None:
            return consult
        allowed = both_masks(seen.fresh(), open_mask(table, demand))
        index = self._closest(view, table, allowed, demand)
        if index is not None:
            return self._propose(view, table.package(index), others)
        return self._pass(view, others)

    def _integrative_move(
        self,
        view: PlayerView,
        seen: TableReading,
        demand: float,
        acceptable: list[ProposalView],
        others: list[ProposalView],
    ) -> BotMove:
        """Close a deal that needs one more supporter; else back the package the table seems
        to want most among those good enough for itself: support it when it is on the table,
        propose it when not, and consult first when only a wider mandate reaches it."""
        table = seen.table
        score = self._joint_estimate(view, seen, reservation(table, view))
        table_now = seated(view)
        closing = [
            p for p in acceptable if passes_with(view, p.supporters_at_table, self.actor, table_now)
        ]
        if closing:
            return self._support(view, max(closing, key=lambda p: seen.rank(score, p)))
        consult = self._consult_for_proposal(view, seen, others, demand)
        if consult is not None:
            return consult
        if self.profile.escalates and self._stuck(view):
            return self._escalate(view)
        allowed = open_mask(table, demand)
        best = best_package(score, table.values, allowed)
        if acceptable and best is not None:
            backed = max(acceptable, key=lambda p: seen.rank(score, p))
            index = seen.row[backed.id]
            if index is not None and score[index] >= score[best] - BUILD_MARGIN:
                return self._support(view, backed)
        consult = self._consult_for_package(view, table, score, demand, best)
        if consult is not None:
            return consult
        on_table = {seen.row[p.id]: p for p in view.proposals}
        steady = not_going_back(view, table)
        if best is not None:
            proposal = on_table.get(best)
            if proposal is None:
                if steady is None or steady[best]:
                    return self._propose(view, table.package(best), others)
            elif self.actor not in proposal.supporters:
                return self._support(view, proposal)
        if acceptable:
            return self._support(view, max(acceptable, key=lambda p: seen.rank(score, p)))
        fresh_mask = both_masks(allowed, seen.fresh())
        if steady is not None:
            fresh_mask = fresh_mask & steady
        fresh = best_package(score, table.values, fresh_mask)
        if fresh is not None:
            return self._propose(view, table.package(fresh), others)
        return self._pass(view, others)

    def _consult_for_proposal(
        self, view: PlayerView, seen: TableReading, others: list[ProposalView], demand: float
    ) -> BotMove | None:
        """Consult the back office whose "yes" opens a proposal good enough for this bot that
        only its mandate keeps it from backing (the most backed such proposal first)."""
        unused = [c for c in view.consultations if not c.used]
        if not unused:
            return None
        blocked = [p for p in others if seen.needs_mandate(p) and seen.value[p.id] >= demand]
        if not blocked:
            return None
        blocked.sort(key=lambda p: (-len(p.supporters_at_table), -seen.value[p.id], p.id))
        wider = [(c, widened(view, c).allowed) for c in unused]
        for proposal in blocked:
            for consultation, allowed in wider:
                if allowed[seen.row[proposal.id]]:
                    return self._consult(view, consultation)
        return None

    def _consult_for_package(
        self, view: PlayerView, table: OwnTable, score: np.ndarray, demand: float, best: int | None
    ) -> BotMove | None:
        """Consult the back office whose "yes" opens the package the table seems to want most,
        when that package is clearly better (in `score`) than the best one allowed now."""
        unused = [c for c in view.consultations if not c.used]
        if not unused:
            return None
        bar = float("-inf") if best is None else float(score[best]) + CONSULT_MARGIN
        reachable = beyond_mandate(table, demand)  # what a "yes" could open at most
        best_beyond = best_package(score, table.values, reachable)
        if best_beyond is None or float(score[best_beyond]) <= bar:
            return None
        chosen = None
        for consultation in unused:
            opened = opened_mask(reachable, widened(view, consultation))
            target = best_package(score, table.values, opened)
            if target is not None and score[target] > bar:
                chosen, bar = consultation, float(score[target])
        return None if chosen is None else self._consult(view, chosen)

    def _closest(
        self, view: PlayerView, table: OwnTable, allowed: np.ndarray, demand: float
    ) -> int | None:
        """The allowed package whose own score is nearest above the demand (ties by chance)."""
        nearest = nearest_rows(table, allowed)
        if len(nearest) <= 1:  # no chance needed: the draw would pick the one there is
            return nearest[0] if nearest else None
        return int(self._rng(view).choice(list(nearest)))

    def _joint_estimate(self, view: PlayerView, seen: TableReading, floor: float) -> np.ndarray:
        """Per package: the others' estimated shares of their best, summed, plus its own share."""
        table = seen.table
        return joint_share(own_share(table, floor), others_utility(view, table, seen.row))

    def _stuck(self, view: PlayerView) -> bool:
        """Escalation helps when time runs on and no proposal is close to enough support."""
        if not view.escalation_available or time_gone(view) < STUCK_AFTER:
            return False
        if view.round >= view.deadline:
            return False
        table = seated(view)
        nearest = min((proposal_shortfall(view, p, table) for p in view.proposals), default=9)
        return nearest >= STUCK_SHORTFALL

    def _rng(self, view: PlayerView) -> random.Random:
        return random.Random(f"{self.seed}:{self.actor}:{view.round}:{len(view.log)}")

    # --- moves with their sentences ------------------------------------------------------
    def _support(self, view: PlayerView, proposal: ProposalView) -> BotMove:
        def text() -> LocalText:
            return explain.sentence(
                "agents.support",
                actor=explain.actor_name(view, self.actor),
                proposal=proposal.id,
                because=explain.why_yes(view, proposal.package),
            )

        return BotMove(Support(actor=self.actor, proposal=proposal.id), text)

    def _withdraw(self, view: PlayerView, proposal: ProposalView) -> BotMove:
        def text() -> LocalText:
            return explain.sentence(
                "agents.withdraw",
                actor=explain.actor_name(view, self.actor),
                proposal=proposal.id,
                because=explain.why_not(view, proposal.package)
                or explain.sentence("agents.because.not_enough"),
            )

        return BotMove(WithdrawSupport(actor=self.actor, proposal=proposal.id), text)

    def _consult(self, view: PlayerView, consultation: ConsultationView) -> BotMove:
        # the consultation's label stays out: what it asks for is the bot's own mandate
        def text() -> LocalText:
            return explain.sentence("agents.consult", actor=explain.actor_name(view, self.actor))

        return BotMove(Consult(actor=self.actor, consultation=consultation.id), text)

    def _escalate(self, view: PlayerView) -> BotMove:
        def text() -> LocalText:
            return explain.sentence(
                "agents.escalate",
                actor=explain.actor_name(view, self.actor),
                round=view.round,
                deadline=view.deadline,
            )

        return BotMove(Escalate(actor=self.actor), text)

    def _propose(
        self, view: PlayerView, package: dict[str, str], others: list[ProposalView]
    ) -> BotMove:
        """Its own package; the sentence answers the newest proposal made since its last
        turn (none: it says what it puts first in its own)."""

        def text() -> LocalText:
            answered = answered_proposal(view, others)
            if answered is None:
                return explain.about_own(view, package)
            name = explain.actor_name(view, self.actor)
            because = explain.why_not(view, answered.package, wanted=package)
            if because is not None:
                return explain.sentence(
                    "agents.counter", actor=name, proposal=answered.id, because=because
                )
            # as good for itself on every issue: it proposes for the table's sake
            issue = next(
                (i.id for i in view.issues if answered.package.get(i.id) != package.get(i.id)),
                view.issues[0].id,
            )
            return explain.sentence(
                "agents.counter_table",
                actor=name,
                proposal=answered.id,
                issue=explain.issue_name(view, issue),
                option=explain.option_label(view, issue, package.get(issue, "")),
            )

        return BotMove(Propose(actor=self.actor, package=package), text)

    def _pass(self, view: PlayerView, others: list[ProposalView]) -> BotMove:
        """A pass says no to the newest proposal made since its last turn, once; with none
        new it waits."""

        def text() -> LocalText:
            name = explain.actor_name(view, self.actor)
            answered = answered_proposal(view, others)
            if answered is not None:
                because = explain.why_not(view, answered.package) or explain.sentence(
                    "agents.because.not_enough"
                )
                return explain.sentence(
                    "agents.reject", actor=name, proposal=answered.id, because=because
                )
            return explain.sentence("agents.wait_again" if others else "agents.wait", actor=name)

        return BotMove(Pass(actor=self.actor), text)


def make_bot(actor: str, strategy: str, seed: int) -> Bot:
    """A bot for `actor` playing `strategy` ("tough", "conceder", "reciprocal", "integrative")."""
    return StrategyBot(actor, strategy, seed)
