"""What an actor can do at the table: small frozen pydantic models told apart by `kind`.

Talk actions (statement, reveal_interest, ask) use the one talk slot of a turn; moves end
the turn. An answer to a waiting question is neither: it is owed, and comes first.
Facilitator actions (fire_event, extend_deadline) come from the trainer, at any moment,
outside the turn order; they are recorded like any other action so a game still replays.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class _Action(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: str


class Statement(_Action):
    """Say something at the table: free text, or one of the scenario's phrases."""

    kind: Literal["statement"] = "statement"
    text: str | None = None
    phrase: str | None = None


class RevealInterest(_Action):
    """Tell the table one of your own interests."""

    kind: Literal["reveal_interest"] = "reveal_interest"
    interest: str


class Ask(_Action):
    """Ask another actor about an issue; it answers on its next turn."""

    kind: Literal["ask"] = "ask"
    to: str
    issue: str


AnswerMode = Literal["truthful", "vague", "decline"]


class Answer(_Action):
    """Answer a question put to you: truthfully, vaguely, or not at all."""

    kind: Literal["answer"] = "answer"
    question: int
    mode: AnswerMode


class Propose(_Action):
    """Put a package on the table (one option per issue); the proposer supports it."""

    kind: Literal["propose"] = "propose"
    package: dict[str, str]


class Support(_Action):
    kind: Literal["support"] = "support"
    proposal: int


class WithdrawSupport(_Action):
    kind: Literal["withdraw_support"] = "withdraw_support"
    proposal: int


class Consult(_Action):
    """Go back to your own organisation; may widen your mandate."""

    kind: Literal["consult"] = "consult"
    consultation: str


class Escalate(_Action):
    """Call the escalation table (once per game for the whole table)."""

    kind: Literal["escalate"] = "escalate"


class WalkAway(_Action):
    """Leave the table and take your BATNA."""

    kind: Literal["walk_away"] = "walk_away"


class Pass(_Action):
    kind: Literal["pass"] = "pass"


FACILITATOR = "_facilitator"  # never an actor id: scenario ids start with a letter


class FireEvent(_Action):
    """The facilitator fires one of the scenario's events now, whatever its trigger says."""

    kind: Literal["fire_event"] = "fire_event"
    actor: Literal["_facilitator"] = FACILITATOR
    event: str


class ExtendDeadline(_Action):
    """The facilitator gives the table more rounds."""

    kind: Literal["extend_deadline"] = "extend_deadline"
    actor: Literal["_facilitator"] = FACILITATOR
    rounds: int = Field(ge=1, le=52)


Action = Annotated[
    Statement
    | RevealInterest
    | Ask
    | Answer
    | Propose
    | Support
    | WithdrawSupport
    | Consult
    | Escalate
    | WalkAway
    | Pass
    | FireEvent
    | ExtendDeadline,
    Field(discriminator="kind"),
]

TALK_KINDS: frozenset[str] = frozenset({"statement", "reveal_interest", "ask"})
ANSWER_KINDS: frozenset[str] = frozenset({"answer"})
MOVE_KINDS: frozenset[str] = frozenset(
    {"propose", "support", "withdraw_support", "consult", "escalate", "walk_away", "pass"}
)
FACILITATOR_KINDS: frozenset[str] = frozenset({"fire_event", "extend_deadline"})

ACTION_ADAPTER: TypeAdapter[Action] = TypeAdapter(Action)


def parse_action(data: dict[str, Any]) -> Action:
    """An action from its JSON form; raises pydantic.ValidationError when malformed."""
    return ACTION_ADAPTER.validate_python(data)


def action_data(action: Action) -> dict[str, Any]:
    """The JSON form of an action (what saves and the network carry)."""
    return action.model_dump(mode="json")
