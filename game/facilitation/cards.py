"""What the printed role cards say: one public sheet, one card per role, the trainer's answers.

A `RoleCard` is built from its own actor only, so a card cannot carry another role's
confidential brief, interests, points, BATNA or consultations. Numbers are kept as numbers;
the renderer formats them.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.scenario.model import Actor, OptionSet, Scenario, text_in
from game.text import t


@dataclass(frozen=True)
class IssueSheet:
    name: str
    description: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class PublicActor:
    name: str
    role: str
    brief: str
    late: bool  # joins the table through an event


@dataclass(frozen=True)
class PublicSheet:
    """The situation as everyone at the table knows it."""

    title: str
    summary: str
    issues: tuple[IssueSheet, ...]
    actors: tuple[PublicActor, ...]
    rule: str
    weeks: int


@dataclass(frozen=True)
class PointRow:
    option: str
    points: float
    outside_mandate: bool


@dataclass(frozen=True)
class IssuePoints:
    issue: str
    rows: tuple[PointRow, ...]


@dataclass(frozen=True)
class ConsultationCard:
    label: str
    chance_no: float
    widens: tuple[str, ...]  # "issue: option" now allowed after a yes
    min_score: float | None  # the new minimum own points after a yes


@dataclass(frozen=True)
class RoleCard:
    """Everything one role may read, and nothing of any other role's."""

    actor_id: str
    name: str
    role: str
    public: str
    confidential: str
    interests: tuple[str, ...]
    points: tuple[IssuePoints, ...]
    min_score: float | None
    batna: float
    consultations: tuple[ConsultationCard, ...]
    late: bool


def rule_text(scenario: Scenario, lang: str) -> str:
    """The agreement rule in words, with the parties that must agree."""
    rule = scenario.agreement
    if rule.rule == "unanimity":
        return t("analyse.rule.unanimity", lang)
    names = ", ".join(text_in(scenario.actor(a).name, lang) for a in rule.required)
    required = t("analyse.rule.required", lang, names=names) if names else ""
    return t("analyse.rule.quorum", lang, quorum=rule.quorum, required=required)


def public_sheet(scenario: Scenario, lang: str) -> PublicSheet:
    late = {actor.id for actor in scenario.late_actors()}
    issues = tuple(
        IssueSheet(
            text_in(issue.name, lang),
            text_in(issue.description, lang),
            tuple(text_in(option.label, lang) for option in issue.options),
        )
        for issue in scenario.issues
    )
    actors = tuple(
        PublicActor(
            text_in(actor.name, lang),
            text_in(actor.role, lang),
            text_in(actor.brief.public, lang),
            actor.id in late,
        )
        for actor in scenario.all_actors()
    )
    return PublicSheet(
        text_in(scenario.title, lang),
        text_in(scenario.summary, lang),
        issues,
        actors,
        rule_text(scenario, lang),
        scenario.rounds,
    )


def _option_labels(scenario: Scenario, options: OptionSet, lang: str) -> tuple[str, ...]:
    shown = []
    for issue_id, option_ids in options.items():
        issue = scenario.issue(issue_id)
        labels = {option.id: text_in(option.label, lang) for option in issue.options}
        shown += [f"{text_in(issue.name, lang)}: {labels.get(o, o)}" for o in option_ids]
    return tuple(shown)


def role_card(scenario: Scenario, actor: Actor, lang: str) -> RoleCard:
    """The card of `actor`: built from that actor's fields (and the shared issues) alone."""
    forbidden = actor.mandate.forbidden
    points = tuple(
        IssuePoints(
            text_in(issue.name, lang),
            tuple(
                PointRow(
                    text_in(option.label, lang),
                    actor.points[issue.id][option.id],
                    option.id in forbidden.get(issue.id, []),
                )
                for option in issue.options
            ),
        )
        for issue in scenario.issues
    )
    consultations = tuple(
        ConsultationCard(
            text_in(c.label, lang),
            c.chance_no,
            _option_labels(scenario, c.effect.allow, lang),
            c.effect.min_score,
        )
        for c in actor.consultations
    )
    return RoleCard(
        actor_id=actor.id,
        name=text_in(actor.name, lang),
        role=text_in(actor.role, lang),
        public=text_in(actor.brief.public, lang),
        confidential=text_in(actor.brief.confidential, lang),
        interests=tuple(text_in(i.text, lang) for i in actor.interests),
        points=points,
        min_score=actor.mandate.min_score,
        batna=actor.batna,
        consultations=consultations,
        late=actor.id in {a.id for a in scenario.late_actors()},
    )


def role_cards(scenario: Scenario, lang: str) -> tuple[RoleCard, ...]:
    """One card per actor, late joiners included, in the case's order."""
    return tuple(role_card(scenario, actor, lang) for actor in scenario.all_actors())
