"""What each audience may see, built by one function per audience.

`public_view` is the table as an observer sees it; `player_view` adds exactly one actor's own
confidential brief, points, BATNA, mandate, consultations, interests and waiting questions.
Nothing here reads another actor's confidential data; the views are plain pydantic models,
ready to send as JSON.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from game.engine.agreement import supporters_at_table
from game.engine.log import JSONValue, LogEntry
from game.engine.setting import Setting
from game.engine.state import Outcome, Question, QuestionStatus, State, Status
from game.scenario.model import Text


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OptionView(_View):
    id: str
    label: Text


class IssueView(_View):
    id: str
    name: Text
    description: Text | None
    options: list[OptionView]


class InterestView(_View):
    id: str
    text: Text
    issues: list[str]


class ActorView(_View):
    """An actor as the table knows it."""

    id: str
    name: Text
    kind: str
    role: Text
    public_brief: Text
    status: Status
    revealed_interests: list[InterestView]


class ProposalView(_View):
    id: int
    proposer: str
    round: int
    package: dict[str, str]
    supporters: list[str]
    supporters_at_table: list[str]


class QuestionView(_View):
    id: int
    asker: str
    to: str
    issue: str
    round: int
    status: QuestionStatus


class LogLine(_View):
    """One line of the record as this audience sees it (actions themselves are not shown)."""

    index: int
    round: int
    turn: int
    kind: str
    actor: str | None
    data: dict[str, JSONValue]
    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


class PublicView(_View):
    """The public table: what an observer or facilitator sees."""

    scenario_id: str
    title: Text
    round: int
    deadline: int
    current_actor: str | None
    talked: bool
    issues: list[IssueView]
    actors: list[ActorView]
    proposals: list[ProposalView]
    questions: list[QuestionView]
    escalation_available: bool
    log: list[LogLine]
    outcome: Outcome | None


class MandateView(_View):
    forbidden: dict[str, list[str]]
    min_score: float | None


class ConsultationView(_View):
    id: str
    label: Text
    used: bool


class OwnInterestView(_View):
    id: str
    text: Text
    issues: list[str]
    revealed: bool


class PlayerView(PublicView):
    """The public table plus one actor's own confidential information."""

    actor: str
    confidential_brief: Text
    points: dict[str, dict[str, float]]
    batna: float
    mandate: MandateView
    consultations: list[ConsultationView]
    interests: list[OwnInterestView]
    questions_waiting: list[QuestionView]


def _issues(setting: Setting, state: State) -> list[IssueView]:
    labels = setting.labels
    return [
        IssueView(
            id=issue,
            name=labels.issues[issue].name,
            description=labels.issues[issue].description,
            options=[OptionView(id=o, label=labels.options[(issue, o)]) for o in options],
        )
        for issue, options in state.issues.items()
    ]


def _actors(setting: Setting, state: State) -> list[ActorView]:
    out = []
    for actor_id in state.order:
        actor = setting.actors[actor_id]
        revealed = state.revealed[actor_id]
        out.append(
            ActorView(
                id=actor_id,
                name=actor.name,
                kind=actor.kind,
                role=actor.role,
                public_brief=actor.brief.public,
                status=state.status[actor_id],
                revealed_interests=[
                    InterestView(id=i.id, text=i.text, issues=list(i.issues))
                    for i in actor.interests
                    if i.id in revealed
                ],
            )
        )
    return out


def _question(q: Question) -> QuestionView:
    return QuestionView(
        id=q.id, asker=q.asker, to=q.to, issue=q.issue, round=q.round, status=q.status
    )


def _line(entry: LogEntry) -> LogLine:
    return LogLine(
        index=entry.index,
        round=entry.round,
        turn=entry.turn,
        kind=entry.kind,
        actor=entry.actor,
        data=dict(entry.data),
        nl=entry.nl,
        en=entry.en,
    )


def _table(setting: Setting, state: State, audience: str | None) -> dict[str, object]:
    """The fields of the public table, with the log lines `audience` may see."""
    return {
        "scenario_id": setting.scenario.id,
        "title": setting.scenario.title,
        "round": state.round,
        "deadline": state.deadline,
        "current_actor": state.current_actor(),
        "talked": state.talked,
        "issues": _issues(setting, state),
        "actors": _actors(setting, state),
        "proposals": [
            ProposalView(
                id=p.id,
                proposer=p.proposer,
                round=p.round,
                package=dict(p.package),
                supporters=list(p.supporters),
                supporters_at_table=supporters_at_table(state, p),
            )
            for p in state.proposals
        ],
        "questions": [_question(q) for q in state.questions],
        "escalation_available": setting.scenario.escalation is not None and not state.escalated,
        "log": [_line(e) for e in state.log if e.visible_to(audience)],
        "outcome": state.outcome,
    }


def public_view(setting: Setting, state: State) -> PublicView:
    return PublicView(**_table(setting, state, None))  # type: ignore[arg-type]


def player_view(setting: Setting, state: State, actor_id: str) -> PlayerView:
    actor = setting.actors[actor_id]
    own_mandate = state.mandates[actor_id]
    return PlayerView(
        **_table(setting, state, actor_id),  # type: ignore[arg-type]
        actor=actor_id,
        confidential_brief=actor.brief.confidential,
        points={
            issue: {o: state.points[actor_id][issue][o] for o in options}
            for issue, options in state.issues.items()
        },
        batna=state.batna[actor_id],
        mandate=MandateView(
            forbidden={i: sorted(o) for i, o in own_mandate.forbidden.items() if o},
            min_score=own_mandate.min_score,
        ),
        consultations=[
            ConsultationView(id=c.id, label=c.label, used=c.id in state.consulted[actor_id])
            for c in actor.consultations
        ],
        interests=[
            OwnInterestView(
                id=i.id,
                text=i.text,
                issues=list(i.issues),
                revealed=i.id in state.revealed[actor_id],
            )
            for i in actor.interests
        ],
        questions_waiting=[_question(q) for q in state.open_questions_for(actor_id)],
    )
