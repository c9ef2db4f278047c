"""Pydantic models of a scenario file: the single source of truth for the format.

The JSON Schema (`python -m game schema`), the guide's field tables and the validator all
come from these classes. Field descriptions are written for trainers, Dutch first.
Cross-references (an actor named in an event must exist, …) are checked in `references.py`.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_-]*$", min_length=1, max_length=48),
    Field(description="Korte sleutel: kleine letters, cijfers, - en _ / short key: lowercase"),
]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]

ActorKind = Literal[
    "gemeente",
    "ggz",
    "politie",
    "ambulance",
    "zorgverzekeraar",
    "bewoners",
    "woningcorporatie",
    "jeugdhulp",
    "schuldhulp",
    "school",
    "wijkteam",
    "provincie",
    "ondernemer",
    "overig",
]
STRATEGIES = ("tough", "conceder", "reciprocal", "integrative")
Strategy = Literal["tough", "conceder", "reciprocal", "integrative"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class LocalText(_Model):
    """A text in Dutch with English beside it."""

    nl: str = Field(min_length=1, description="Nederlandse tekst / Dutch text")
    en: str | None = Field(default=None, description="Engelse tekst / English text")


Text = Annotated[
    str | LocalText,
    Field(description="Tekst: een string, of {nl: …, en: …} / a string or {nl, en}"),
]


def text_in(text: Text | None, lang: str) -> str:
    """The text in `lang` ('nl' or 'en'), falling back to Dutch."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    if lang == "en" and text.en:
        return text.en
    return text.nl


class LearningGoal(_Model):
    id: Id
    text: Text = Field(description="Het leerdoel / the learning goal")
    questions: list[Text] = Field(
        default_factory=list,
        description="Reflectievragen: beschrijven → analyseren → transfer / debrief questions",
    )


class Option(_Model):
    id: Id
    label: Text = Field(description="Wat deze optie inhoudt / what the option means")


class Issue(_Model):
    id: Id
    name: Text
    description: Text | None = Field(default=None, description="Toelichting / explanation")
    options: list[Option] = Field(
        min_length=2, max_length=6, description="2–6 keuzes voor deze kwestie / 2–6 choices"
    )


class Interest(_Model):
    id: Id
    text: Text = Field(description="Het belang, zoals het onthuld wordt / as it is revealed")
    issues: list[Id] = Field(
        default_factory=list, description="Kwesties waar dit belang over gaat / related issues"
    )


class Brief(_Model):
    public: Text = Field(description="Wat iedereen weet / what everybody knows")
    confidential: Text = Field(description="Alleen voor deze speler / for this player only")


OptionSet = dict[Id, list[Id]]


class Mandate(_Model):
    """What an actor may agree to without going back to its organisation."""

    forbidden: OptionSet = Field(
        default_factory=dict,
        description="Per kwestie de opties buiten het mandaat / options outside the mandate",
    )
    min_score: float | None = Field(
        default=None, description="Minimale eigen punten van een pakket / minimum own points"
    )


class ConsultationEffect(_Model):
    allow: OptionSet = Field(
        default_factory=dict, description="Opties die alsnog mogen / options now allowed"
    )
    min_score: float | None = Field(
        default=None, description="Nieuwe minimale eigen punten / new minimum own points"
    )


class Consultation(_Model):
    """A back-office consultation: costs the move, usable once, may be refused."""

    id: Id
    label: Text = Field(description="Met wie en waarover / with whom about what")
    chance_no: Probability = Field(
        default=0.0, description="Kans dat de achterban 'nee' zegt / chance of a 'no'"
    )
    effect: ConsultationEffect = Field(description="Wat een 'ja' verruimt / what a 'yes' widens")
    refusal: Text | None = Field(default=None, description="Tekst bij een 'nee' / text on a 'no'")


class Actor(_Model):
    id: Id
    name: Text
    kind: ActorKind = Field(
        description="Soort organisatie (bepaalt het icoon) / kind of organisation"
    )
    role: Text = Field(description="Functie aan tafel / role title")
    brief: Brief = Field(
        description="Openbare en vertrouwelijke instructie / public and confidential brief"
    )
    interests: list[Interest] = Field(
        default_factory=list,
        description="Belangen die onthuld kunnen worden / revealable interests",
    )
    points: dict[Id, dict[Id, float]] = Field(
        description="Punten per optie per kwestie / points per option per issue"
    )
    batna: float = Field(description="Punten zonder akkoord / points without agreement")
    mandate: Mandate = Field(
        default_factory=Mandate, description="Waar deze actor zonder achterban mee mag instemmen"
    )
    consultations: list[Consultation] = Field(
        default_factory=list,
        description="Overleg met de achterban, elk één keer / back-office, once each",
    )
    strategy: Strategy | None = Field(
        default=None, description="Voorgestelde botstrategie / suggested bot strategy"
    )


class Agreement(_Model):
    rule: Literal["unanimity", "quorum"] = Field(
        default="unanimity", description="Unanimiteit of quorum / unanimity or quorum"
    )
    quorum: int | None = Field(default=None, ge=1, description="Minimaal aantal steunende actoren")
    required: list[Id] = Field(
        default_factory=list, description="Actoren die moeten instemmen / must agree"
    )

    @model_validator(mode="after")
    def _quorum_needs_k(self) -> Agreement:
        if self.rule == "quorum" and self.quorum is None:
            raise ValueError("rule 'quorum' needs a number: quorum: 4")
        if self.rule == "unanimity" and self.quorum is not None:
            raise ValueError("'quorum' only goes with rule: quorum")
        return self


class Condition(_Model):
    """When an event may fire; every given field must hold."""

    walked_away: list[Id] = Field(default_factory=list, description="Deze actoren zijn weg")
    at_table: list[Id] = Field(default_factory=list, description="Deze actoren zitten aan tafel")
    min_proposals: int | None = Field(default=None, ge=0, description="Minstens zoveel voorstellen")
    max_proposals: int | None = Field(
        default=None, ge=0, description="Hoogstens zoveel voorstellen"
    )
    escalated: bool | None = Field(default=None, description="Escalatietafel al gebruikt?")


class Trigger(_Model):
    round: int | None = Field(default=None, ge=1, description="Vaste ronde / fixed round")
    chance: Probability | None = Field(default=None, description="Kans per ronde / per round")
    from_round: int = Field(
        default=1, ge=1, description="Kans geldt vanaf deze ronde / chance from"
    )
    until_round: int | None = Field(
        default=None, ge=1, description="Kans geldt t/m deze ronde / chance until"
    )

    @model_validator(mode="after")
    def _one_kind(self) -> Trigger:
        if (self.round is None) == (self.chance is None):
            raise ValueError("give exactly one of 'round' or 'chance'")
        return self


class ChangePoints(_Model):
    kind: Literal["change_points"] = Field(description="Punten van één optie wijzigen")
    actor: Id
    issue: Id
    option: Id
    delta: float = Field(description="Punten erbij (+) of eraf (−) / points added or removed")


class ChangeBatna(_Model):
    kind: Literal["change_batna"] = Field(description="BATNA wijzigen / change a BATNA")
    actor: Id
    delta: float = Field(description="BATNA erbij (+) of eraf (−) / BATNA added or removed")


class WidenMandate(_Model):
    kind: Literal["widen_mandate"] = Field(description="Mandaat verruimen / widen a mandate")
    actor: Id
    allow: OptionSet = Field(default_factory=dict, description="Opties die nu mogen / now allowed")
    min_score: float | None = Field(default=None, description="Nieuwe minimale eigen punten")


class NarrowMandate(_Model):
    kind: Literal["narrow_mandate"] = Field(description="Mandaat inperken / narrow a mandate")
    actor: Id
    forbid: OptionSet = Field(default_factory=dict, description="Opties die niet meer mogen")
    min_score: float | None = Field(default=None, description="Nieuwe minimale eigen punten")


class MoveDeadline(_Model):
    kind: Literal["move_deadline"] = Field(description="Deadline verschuiven / move the deadline")
    delta: int = Field(description="Rondes erbij (+) of eraf (−) / rounds added or removed")


class AddActor(_Model):
    kind: Literal["add_actor"] = Field(
        description="Een late partij schuift aan / a late actor joins"
    )
    actor: Actor = Field(description="De volledige actor / the full actor")


class AddOption(_Model):
    kind: Literal["add_option"] = Field(description="Een nieuwe optie / a new option")
    issue: Id
    option: Option = Field(description="De nieuwe optie / the new option")
    points: dict[Id, float] = Field(description="Punten per actor / points for every actor")


Effect = Annotated[
    ChangePoints | ChangeBatna | WidenMandate | NarrowMandate | MoveDeadline | AddActor | AddOption,
    Field(discriminator="kind"),
]


class Event(_Model):
    id: Id
    trigger: Trigger = Field(description="Wanneer: vaste ronde of kans per ronde / when")
    condition: Condition = Field(
        default_factory=Condition, description="Alleen als dit geldt / only if this holds"
    )
    message: Text
    to: list[Id] | None = Field(default=None, description="Alleen voor deze actoren / only these")
    effects: list[Effect] = Field(
        default_factory=list, description="Wat de gebeurtenis verandert / what the event changes"
    )


class InterestRef(_Model):
    actor: Id
    interest: Id


class Advice(_Model):
    to: list[Id] | None = Field(default=None, description="Voor wie; leeg = iedereen / for whom")
    text: Text
    reveals: list[InterestRef] = Field(
        default_factory=list, description="Verborgen belangen die dit advies openbaar maakt"
    )


class Escalation(_Model):
    advice: list[Advice] = Field(
        min_length=1, description="Deskundig advies bij de escalatietafel / expert advice"
    )


class Weights(_Model):
    own: float = Field(default=0.4, ge=0, description="Gewicht eigen score / own score")
    integration: float = Field(
        default=0.4, ge=0, description="Gewicht integratie-index / integration index"
    )
    process: float = Field(default=0.2, ge=0, description="Gewicht proces / process figures")

    @model_validator(mode="after")
    def _sum_to_one(self) -> Weights:
        total = self.own + self.integration + self.process
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"weights must add up to 1, they add up to {total:g}")
        return self


class Reflection(_Model):
    round: int = Field(ge=1, description="Aan het begin van deze ronde / at the start of round")
    question: Text


class Phrase(_Model):
    id: Id
    text: Text


class Source(_Model):
    """A law article, ruling or policy letter that a fact in the case rests on."""

    title: Text = Field(
        description="Wet en artikel, uitspraak of beleidsbrief / law article, ruling or letter"
    )
    date: str = Field(
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="Datum of jaar (JJJJ, JJJJ-MM of JJJJ-MM-DD) / date or year",
    )
    url: str | None = Field(default=None, description="Vindplaats / where to read it")
    supports: Text | None = Field(
        default=None, description="Welk feit in de casus dit onderbouwt / what fact it backs"
    )

    @field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        """YAML reads an unquoted 2019-06-12 as a date; keep it as the text the author wrote."""
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, int):
            return str(value)
        return value


class Scenario(_Model):
    """A negotiation table: who sits there, what they settle and what can happen."""

    id: Id
    title: Text
    summary: Text
    language: Literal["nl", "en"] = Field(default="nl", description="Hoofdtaal / main language")
    languages: list[Literal["nl", "en"]] = Field(
        default_factory=lambda: ["nl", "en"],
        min_length=1,
        description="Talen waarin de casus geschreven is; [nl] = alleen Nederlands, zonder "
        "waarschuwingen over vertalingen / languages the case is written in",
    )
    sources: list[Source] = Field(
        default_factory=list,
        description="Bronnen van de juridische en beleidsfeiten / sources of legal facts",
    )
    fiction: Text | None = Field(
        default=None,
        description="Wat in deze casus verzonnen of vereenvoudigd is / what is fiction here",
    )
    learning_goals: list[LearningGoal] = Field(
        default_factory=list, description="Leerdoelen voor het nagesprek / debrief goals"
    )
    rounds: int = Field(default=8, ge=1, le=52, description="Deadline in rondes (weken)")
    turn_order: list[Id] | None = Field(
        default=None, description="Volgorde van beurten; standaard de volgorde van actors"
    )
    agreement: Agreement = Field(
        default_factory=Agreement, description="Wanneer is er een akkoord / agreement rule"
    )
    issues: list[Issue] = Field(
        min_length=1, max_length=8, description="Kwesties aan tafel / issues to settle"
    )
    actors: list[Actor] = Field(
        min_length=2, max_length=8, description="Partijen aan tafel / parties at the table"
    )
    events: list[Event] = Field(
        default_factory=list, description="Gebeurtenissen tijdens het spel / events"
    )
    escalation: Escalation | None = Field(
        default=None, description="Escalatietafel, één keer per spel / escalation table"
    )
    weights: Weights = Field(
        default_factory=Weights, description="Weging van de spelscore / game score weights"
    )
    reflection: list[Reflection] = Field(
        default_factory=list, description="Reflectiemomenten / reflection moments"
    )
    phrases: list[Phrase] = Field(
        default_factory=list, description="Vaste zinnen voor aan tafel / phrases to say"
    )

    def issue(self, issue_id: str) -> Issue:
        return next(i for i in self.issues if i.id == issue_id)

    def actor(self, actor_id: str) -> Actor:
        return next(a for a in self.all_actors() if a.id == actor_id)

    def issues_option_ids(self) -> dict[str, list[str]]:
        """Option ids per issue as written in `issues` (before any event adds one)."""
        return {i.id: [o.id for o in i.options] for i in self.issues}

    def late_actors(self) -> list[Actor]:
        """Actors that join the table through an event."""
        return [e.actor for ev in self.events for e in ev.effects if isinstance(e, AddActor)]

    def all_actors(self) -> list[Actor]:
        return [*self.actors, *self.late_actors()]

    def added_options(self) -> list[tuple[str, AddOption]]:
        """(event id, effect) for every option an event adds."""
        return [(ev.id, e) for ev in self.events for e in ev.effects if isinstance(e, AddOption)]
