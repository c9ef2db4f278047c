"""What each audience may see, built by one function per audience.

`public_view` is the table as an observer sees it; `player_view` adds exactly one actor's own
confidential brief, points, BATNA, mandate, consultations (with what each would allow),
interests and waiting questions. What an event said out loud about someone's mandate (a
council motion: the alderman can no longer defend 24 beds) is part of the table for whoever
saw that event (`known_limits`). Nothing here reads another actor's confidential data.

Views are frozen, slotted dataclasses: lists are tuples and dicts are read-only mappings
(`game.engine.frozen`), so a view handed to one player cannot change what another sees, and
its parts can be shared. `game.engine.view_json` writes them as JSON and reads them back.

Views are built often (every turn, for every client, and bots read them move after move),
so each part stands for what it shows as one object while that stays the same: the issues,
actors, proposals and questions as the table knows them, each log line (`LineBook`). Bots
key their own figures on those objects (`game.agents`), which is what makes the sharing pay.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from game.engine.agreement import supporters_at_table
from game.engine.frozen import EMPTY, ReadOnly, frozen
from game.engine.log import LogLine
from game.engine.setting import Setting
from game.engine.state import Outcome, Proposal, Question, QuestionStatus, State, Status
from game.scenario.model import Agreement, Event, NarrowMandate, Scenario, Text, WidenMandate

_view = dataclass(frozen=True, slots=True)


@_view
class OptionView:
    id: str
    label: Text


@_view
class IssueView:
    id: str
    name: Text
    description: Text | None
    options: tuple[OptionView, ...]


@_view
class InterestView:
    id: str
    text: Text
    issues: tuple[str, ...]


@_view
class ActorView:
    """An actor as the table knows it."""

    id: str
    name: Text
    kind: str
    role: Text
    public_brief: Text
    status: Status
    revealed_interests: tuple[InterestView, ...]


@_view
class ProposalView:
    id: int
    proposer: str
    round: int
    package: ReadOnly[str, str]
    supporters: tuple[str, ...]
    supporters_at_table: tuple[str, ...]


@_view
class QuestionView:
    id: int
    asker: str
    to: str
    issue: str
    round: int
    status: QuestionStatus


@_view
class AgreementView:
    """The agreement rule, as everyone at a real table knows it."""

    rule: Literal["unanimity", "quorum"]
    quorum: int | None  # supporters needed under a quorum rule
    required: tuple[str, ...]  # actors whose support every agreement needs


#: Per actor and issue: options its mandate no longer allows, by events an audience saw.
Limits = ReadOnly[str, ReadOnly[str, tuple[str, ...]]]


@_view
class PublicView:
    """The public table: what an observer or facilitator sees."""

    scenario_id: str
    title: Text
    round: int
    deadline: int
    current_actor: str | None
    talked: bool
    issues: tuple[IssueView, ...]
    actors: tuple[ActorView, ...]
    proposals: tuple[ProposalView, ...]
    questions: tuple[QuestionView, ...]
    agreement: AgreementView
    escalation_available: bool
    known_limits: Limits
    log: tuple[LogLine, ...]
    outcome: Outcome | None


@_view
class MandateView:
    forbidden: ReadOnly[str, tuple[str, ...]]
    min_score: float | None


@_view
class ConsultationView:
    """One of the actor's own consultations and what a 'yes' would allow."""

    id: str
    label: Text
    used: bool
    allow: ReadOnly[str, tuple[str, ...]]  # options of each issue the mandate would then allow
    min_score: float | None  # the mandate's new minimum own points, if it sets one


@_view
class OwnInterestView:
    id: str
    text: Text
    issues: tuple[str, ...]
    revealed: bool


@_view
class PlayerView(PublicView):
    """The public table plus one actor's own confidential information."""

    actor: str
    confidential_brief: Text
    points: ReadOnly[str, ReadOnly[str, float]]
    batna: float
    mandate: MandateView
    consultations: tuple[ConsultationView, ...]
    interests: tuple[OwnInterestView, ...]
    questions_waiting: tuple[QuestionView, ...]


#: Proposals and questions whose views are kept before starting again (undo, clones and new
#: games make new ones; this bounds what is left behind).
KEPT_PARTS = 4096
#: States (of games, their clones, undo) whose table parts are kept before starting again.
KEPT_STATES = 16
#: (fired events, audience) pairs whose known limits are kept before starting again.
KEPT_LIMITS = 256


class _Shown:
    """A state's table as last shown: the state (held, so its id is its own), its log length,
    the issues, actors, proposals and questions shown then, and what the proposals and
    questions stood at (each proposal's supporters list, each question's status)."""

    __slots__ = ("actors", "backers", "issues", "length", "proposals", "questions", "state")

    def __init__(self, state: State) -> None:
        self.state = state
        self.length = -1
        self.issues: tuple[IssueView, ...] = ()
        self.actors: tuple[ActorView, ...] = ()
        self.proposals: tuple[ProposalView, ...] = ()
        self.backers: list[list[str]] | None = None  # None: someone walked away (re-read all)
        self.questions: tuple[QuestionView, ...] = ()


class _Parts:
    """View parts kept per scenario (its games and their clones share them), so a view is
    mostly assembled, not built, and shows one object per part while the part stands.

    Issues, actors, consultations and interests are keyed by everything they show, so they
    are never stale whatever branch (undo, clone) a state took. A proposal's or question's
    view is kept with the very object it shows (held here, so its id stays its own) and the
    parts of it that change (supporters, status).

    Why keep them, now that a view is a cheap dataclass: the bots key what they work out
    (a proposal's row and facts, an opponent's evidence, their own table) on these objects,
    so one object per part is what lets them skip the work; and building the parts afresh
    costs too (measured: a player's interests built anew 1.6 µs a view, kept 0.17 µs).
    Sharing them across a scenario's games, not per game, measured a little quicker again
    on `benchmarks/bench_bots.py` (within its noise on a shared machine)."""

    def __init__(self, setting: Setting) -> None:
        # the setting's parts, not the setting: it keeps this object in `derived`, and a
        # cycle would leave both to the cycle collector when this is dropped
        self.scenario = setting.scenario
        self.labels = setting.labels
        self.actors_by_id = setting.actors
        self.events: dict[str, Event] = {e.id: e for e in setting.scenario.events}
        self._limits: dict[tuple[tuple[str, ...], str | None], Limits] = {}
        rule: Agreement = setting.scenario.agreement
        self.agreement = AgreementView(rule.rule, rule.quorum, tuple(rule.required))
        self._issues: dict[tuple[tuple[str, tuple[str, ...]], ...], tuple[IssueView, ...]] = {}
        self._actors: dict[tuple[str, str, tuple[str, ...]], ActorView] = {}
        self._consultations: dict[tuple[str, tuple[str, ...]], tuple[ConsultationView, ...]] = {}
        self._interests: dict[tuple[str, tuple[str, ...]], tuple[OwnInterestView, ...]] = {}
        # per proposal: the object, its supporters and those at the table as last shown
        self._proposals: dict[int, tuple[Proposal, list[str], list[str], ProposalView]] = {}
        self._questions: dict[int, tuple[Question, str, QuestionView]] = {}
        self._mandates: dict[tuple, MandateView] = {}
        # per actor: its forbidden options and minimum score as last shown, and the view
        self._last_mandates: dict[str, tuple[dict[str, set[str]], float | None, MandateView]] = {}
        # per actor: its points and the issues as last shown, and what they showed
        self._points: dict[str, tuple[dict, dict, tuple[str, ...], ReadOnly]] = {}
        self._tables: dict[int, _Shown] = {}
        # the issues and actors last shown, with what they showed (usually still the same)
        self._last_issues: (
            tuple[dict[str, list[str]], tuple[str, ...], tuple[IssueView, ...]] | None
        ) = None
        self._last_actors: (
            tuple[list[str], dict[str, Status], dict[str, list[str]], tuple[ActorView, ...]] | None
        ) = None

    def table(self, state: State) -> _Shown:
        """Issues, actors, proposals and questions as the table shows them now.

        Kept per state object and log length: the engine records every change to the table
        (a proposal, a support, a walk-out, an actor joining, an option added …) as a log
        entry, so while the log has not grown, these have not changed. When it has grown,
        the proposals and questions are read on from what this state showed before: while
        every proposal's supporters and every question's status stand (C-level comparisons)
        the same tuples are shown, with views only for what was added."""
        shown = self._tables.get(id(state))
        if shown is None or shown.state is not state:
            if len(self._tables) >= KEPT_STATES:
                self._tables.clear()
            shown = self._tables[id(state)] = _Shown(state)
        elif shown.length == len(state.log):
            return shown
        shown.length = len(state.log)
        shown.issues = self.issues(state)
        shown.actors = self.actors(state)
        proposals = state.proposals
        walked = "walked_away" in state.status.values()
        before = shown.backers
        now = [p.supporters for p in proposals]
        if walked or before is None or len(before) > len(now):
            shown.proposals = tuple([self.proposal(state, p, walked) for p in proposals])
            shown.backers = None if walked else [[*backers] for backers in now]
        else:
            if before != now[: len(before)]:  # a support given or withdrawn: those anew
                listed = [*shown.proposals]
                for k, held in enumerate(before):
                    if held != now[k]:
                        listed[k] = self.proposal(state, proposals[k], False)
                        before[k] = [*now[k]]
                shown.proposals = tuple(listed)
            if len(before) < len(now):
                added = [self.proposal(state, p, False) for p in proposals[len(before) :]]
                shown.proposals = (*shown.proposals, *added)
                before.extend([[*backers] for backers in now[len(before) :]])
        questions = state.questions
        shown_questions = shown.questions
        if len(shown_questions) > len(questions) or any(
            [q.status != v.status for q, v in zip(questions, shown_questions, strict=False)]
        ):
            shown.questions = tuple([self.question(q) for q in questions])
        elif len(shown_questions) < len(questions):
            added_questions = [self.question(q) for q in questions[len(shown_questions) :]]
            shown.questions = (*shown_questions, *added_questions)
        return shown

    def known_limits(self, state: State, audience: str | None) -> Limits:
        """Per actor and issue, the options an event this audience saw took out of (and did
        not give back to) that actor's mandate: the event's message said so to everyone who
        saw it. Consultations and private events stay out (only their actor knows of them)."""
        key = (tuple(state.fired), audience)
        found = self._limits.get(key)
        if found is not None:
            return found
        limits: dict[str, dict[str, set[str]]] = {}
        for event_id in state.fired:
            event = self.events.get(event_id)
            if event is None or (event.to is not None and audience not in event.to):
                continue
            for effect in event.effects:
                if isinstance(effect, NarrowMandate):
                    own = limits.setdefault(effect.actor, {})
                    for issue, options in effect.forbid.items():
                        own.setdefault(issue, set()).update(options)
                elif isinstance(effect, WidenMandate) and effect.actor in limits:
                    for issue, options in effect.allow.items():
                        limits[effect.actor].get(issue, set()).difference_update(options)
        shown = {
            actor: frozen(
                {issue: tuple(sorted(options)) for issue, options in issues.items() if options}
            )
            for actor, issues in limits.items()
        }
        found = frozen({actor: issues for actor, issues in shown.items() if issues})
        if len(self._limits) >= KEPT_LIMITS:
            self._limits.clear()
        self._limits[key] = found
        return found

    def issues(self, state: State) -> tuple[IssueView, ...]:
        last = self._last_issues
        # the usual case, in C-level steps: the same options, the issues in the same order
        if last is not None and last[0] == state.issues and last[1] == tuple(state.issues):
            return last[2]
        key = tuple((issue, tuple(options)) for issue, options in state.issues.items())
        found = self._issues.get(key)
        if found is None:
            labels = self.labels
            found = self._issues[key] = tuple(
                [
                    IssueView(
                        issue,
                        labels.issues[issue].name,
                        labels.issues[issue].description,
                        tuple([OptionView(o, labels.options[(issue, o)]) for o in options]),
                    )
                    for issue, options in key
                ]
            )
        shown = {issue: [*options] for issue, options in key}
        self._last_issues = (shown, tuple(shown), found)
        return found

    def actors(self, state: State) -> tuple[ActorView, ...]:
        last = self._last_actors
        if (
            last is not None
            and last[0] == state.order
            and last[1] == state.status
            and last[2] == state.revealed
        ):
            return last[3]
        out = []
        for actor_id in state.order:
            key = (actor_id, state.status[actor_id], tuple(state.revealed[actor_id]))
            found = self._actors.get(key)
            if found is None:
                found = self._actors[key] = self._actor(*key)
            out.append(found)
        revealed = {actor: [*interests] for actor, interests in state.revealed.items()}
        shown = tuple(out)
        self._last_actors = ([*state.order], dict(state.status), revealed, shown)
        return shown

    def _actor(self, actor_id: str, status: Status, revealed: tuple[str, ...]) -> ActorView:
        actor = self.actors_by_id[actor_id]
        return ActorView(
            id=actor_id,
            name=actor.name,
            kind=actor.kind,
            role=actor.role,
            public_brief=actor.brief.public,
            status=status,
            revealed_interests=tuple(
                [
                    InterestView(i.id, i.text, tuple(i.issues))
                    for i in actor.interests
                    if i.id in revealed
                ]
            ),
        )

    def question(self, q: Question) -> QuestionView:
        kept = self._questions.get(id(q))
        if kept is not None and kept[0] is q and kept[1] == q.status:
            return kept[2]
        if len(self._questions) >= KEPT_PARTS:
            self._questions.clear()
        shown = QuestionView(q.id, q.asker, q.to, q.issue, q.round, q.status)
        self._questions[id(q)] = (q, q.status, shown)
        return shown

    def proposal(self, state: State, p: Proposal, walked: bool = True) -> ProposalView:
        """`walked`: whether anyone walked away (else every supporter is at the table)."""
        seated = supporters_at_table(state, p) if walked else p.supporters
        kept = self._proposals.get(id(p))
        if kept is not None and kept[0] is p:  # id, proposer, round, package never change
            if kept[1] == p.supporters and kept[2] == seated:
                return kept[3]
            package = kept[3].package  # one package object per proposal: readers key on it
        else:
            if len(self._proposals) >= KEPT_PARTS:
                self._proposals.clear()
            package = frozen(dict(p.package))
        shown = ProposalView(p.id, p.proposer, p.round, package, tuple(p.supporters), tuple(seated))
        self._proposals[id(p)] = (p, list(p.supporters), list(seated), shown)
        return shown

    def points(self, state: State, actor_id: str) -> ReadOnly[str, ReadOnly[str, float]]:
        """The actor's points per option of the table.

        Points change only when an event says so: while the actor's points and the issues
        equal those last shown (C-level comparisons), the same read-only figures are shown."""
        own = state.points[actor_id]
        kept = self._points.get(actor_id)
        if (
            kept is None
            or kept[0] != own
            or kept[1] != state.issues
            or kept[2] != tuple(state.issues)
        ):
            shown = frozen(
                {
                    issue: frozen({o: float(own[issue][o]) for o in options})
                    for issue, options in state.issues.items()
                }
            )
            issues = {issue: [*options] for issue, options in state.issues.items()}
            raw = {issue: dict(options) for issue, options in own.items()}
            kept = self._points[actor_id] = (raw, issues, tuple(issues), shown)
        return kept[3]

    def consultations(self, state: State, actor_id: str) -> tuple[ConsultationView, ...]:
        used = state.consulted[actor_id]
        key = (actor_id, tuple(used))
        found = self._consultations.get(key)
        if found is None:
            found = self._consultations[key] = tuple(
                [
                    ConsultationView(
                        id=c.id,
                        label=c.label,
                        used=c.id in used,
                        allow=frozen(
                            {issue: tuple(options) for issue, options in c.effect.allow.items()}
                        ),
                        min_score=c.effect.min_score,
                    )
                    for c in self.actors_by_id[actor_id].consultations
                ]
            )
        return found

    def mandate(self, state: State, actor_id: str) -> MandateView:
        own = state.mandates[actor_id]
        last = self._last_mandates.get(actor_id)
        if last is not None and last[0] == own.forbidden and last[1] == own.min_score:
            return last[2]  # the usual case: unchanged since last shown (C-level comparisons)
        forbidden = tuple((i, tuple(sorted(o))) for i, o in own.forbidden.items() if o)
        key = (forbidden, own.min_score)
        found = self._mandates.get(key)
        if found is None:
            found = self._mandates[key] = MandateView(
                frozen(dict(forbidden)) if forbidden else EMPTY, own.min_score
            )
        snapshot = {issue: set(options) for issue, options in own.forbidden.items()}
        self._last_mandates[actor_id] = (snapshot, own.min_score, found)
        return found

    def interests(self, state: State, actor_id: str) -> tuple[OwnInterestView, ...]:
        revealed = state.revealed[actor_id]
        key = (actor_id, tuple(revealed))
        found = self._interests.get(key)
        if found is None:
            found = self._interests[key] = tuple(
                [
                    OwnInterestView(i.id, i.text, tuple(i.issues), i.id in revealed)
                    for i in self.actors_by_id[actor_id].interests
                ]
            )
        return found


#: Scenarios whose view parts a process keeps (games of one scenario share them: a part
#: shows the scenario's own texts, or is kept with the very object it shows).
KEPT_SCENARIOS = 8
_BY_SCENARIO: dict[int, tuple[Scenario, _Parts]] = {}


def _parts(setting: Setting) -> _Parts:
    found = setting.derived.get("views")
    if isinstance(found, _Parts):
        return found
    kept = _BY_SCENARIO.get(id(setting.scenario))
    if kept is None or kept[0] is not setting.scenario:  # held there, so its id is its own
        if len(_BY_SCENARIO) >= KEPT_SCENARIOS:
            _BY_SCENARIO.clear()
        kept = _BY_SCENARIO[id(setting.scenario)] = (setting.scenario, _Parts(setting))
    setting.derived["views"] = kept[1]
    return kept[1]


def _table(parts: _Parts, state: State, audience: str | None) -> dict[str, object]:
    """The fields of the public table, in `PublicView`'s order, with the log lines `audience`
    may see."""
    scenario = parts.scenario
    table = parts.table(state)
    return {
        "scenario_id": scenario.id,
        "title": scenario.title,
        "round": state.round,
        "deadline": state.deadline,
        "current_actor": state.current_actor(),
        "talked": state.talked,
        "issues": table.issues,
        "actors": table.actors,
        "proposals": table.proposals,
        "questions": table.questions,
        "agreement": parts.agreement,
        "escalation_available": scenario.escalation is not None and not state.escalated,
        "known_limits": parts.known_limits(state, audience),
        "log": state.book.visible(state.log, audience),
        "outcome": state.outcome,
    }


# The views are built from positional arguments: binding two dozen keywords costs a view as
# much as setting its fields (measured: 4.3 µs against 2.3 µs for a player's view). A test
# checks that `_table` names the fields in their order.


def public_view(setting: Setting, state: State) -> PublicView:
    return PublicView(*_table(_parts(setting), state, None).values())  # type: ignore[arg-type]


def player_view(setting: Setting, state: State, actor_id: str) -> PlayerView:
    parts = _parts(setting)
    return PlayerView(
        *_table(parts, state, actor_id).values(),  # type: ignore[arg-type]
        actor_id,  # actor
        setting.actors[actor_id].brief.confidential,  # confidential_brief
        parts.points(state, actor_id),  # points
        float(state.batna[actor_id]),  # batna
        parts.mandate(state, actor_id),  # mandate
        parts.consultations(state, actor_id),  # consultations
        parts.interests(state, actor_id),  # interests
        tuple([parts.question(q) for q in state.open_questions_for(actor_id)]),  # waiting
    )
