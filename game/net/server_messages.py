"""The messages the room server sends its clients (engine views travel in them as plain JSON)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter

from game.net.protocol_fields import PROTOCOL_VERSION, ProtocolMessage
from game.scenario.model import LocalText


# --- server → client ---------------------------------------------------------------------
class SeatInfo(ProtocolMessage):
    """One seat at a table as everybody in the room may see it."""

    actor: str
    name: str
    role: str
    kind: str
    holder: Literal["free", "human", "bot"]
    player: str | None = Field(
        default=None, description="Who plays it; a duo's two names joined with ' & '"
    )
    partner: str | None = Field(default=None, description="A duo's second person")
    connected: bool = False


class TableInfo(ProtocolMessage):
    table: int
    seats: list[SeatInfo]
    observers: int
    round: int
    deadline: int
    paused: bool
    over: bool


class Lobby(ProtocolMessage):
    """The room as a trainee sees it before (and while) sitting down."""

    type: Literal["lobby"] = "lobby"
    protocol: int = PROTOCOL_VERSION
    room: str
    scenario: str
    title: str
    tables: list[TableInfo]
    ended: bool = False


class Seated(ProtocolMessage):
    """You hold this seat now; keep the token to come back after a dropped connection."""

    type: Literal["seated"] = "seated"
    table: int
    actor: str | None = Field(description="None for an observer")
    name: str | None = Field(default=None, description="The actor's name at the table")
    token: str | None = Field(default=None, description="Seat token; None for an observer")
    last_seq: int = 0
    phrases: dict[str, LocalText] = Field(
        default_factory=dict, description="The scenario's ready phrases for statements, by id"
    )
    goals: dict[str, LocalText] = Field(
        default_factory=dict, description="The case's learning goals, by id (for `rate_self`)"
    )
    weeks: int = Field(default=0, description="The table's deadline in weeks (for `observe`)")
    actors: dict[str, str] = Field(
        default_factory=dict, description="The actors at the table by id: their names"
    )


LOG_FROM = (
    "view.log holds only the lines with index >= log_from; keep the earlier lines you were"
    " sent (0: the whole log)"
)


SAME = "fields of view left out: the same as in the previous view you were sent; keep those"


class ReflectionPrompt(ProtocolMessage):
    moment: int = Field(description="Index of the question; send it back in `reflect`")
    question: dict[str, str] = Field(description="The question: {nl, en}")


class GuessPrompt(ProtocolMessage):
    moment: Literal["start", "end"]
    about: list[str] = Field(description="The actors to guess about, in turn order")


class PlayerUpdate(ProtocolMessage):
    """Your own view of your table (the engine's PlayerView) after every change there.

    `legal` lists the enumerable actions open to you now (empty when it is not your turn);
    `options` the options per issue your mandate allows in a proposal."""

    type: Literal["view"] = "view"
    table: int
    ack: int | None = None
    paused: bool = False
    my_turn: bool = False
    must_answer: bool = False
    can_talk: bool = False
    can_move: bool = False
    legal: list[dict[str, Any]] = Field(default_factory=list)
    options: dict[str, list[str]] = Field(default_factory=dict)
    reflection: ReflectionPrompt | None = Field(
        default=None, description="This week's reflection question, until you answer it"
    )
    guesses: GuessPrompt | None = Field(
        default=None,
        description="Priority guesses asked of you now (before your first action"
        " and after the end), until you send or skip them",
    )
    log_from: int = Field(default=0, description=LOG_FROM)
    same: list[str] = Field(default_factory=list, description=SAME)
    view: dict[str, Any]


class TableUpdate(ProtocolMessage):
    """The public table (the engine's PublicView) for observers."""

    type: Literal["table_view"] = "table_view"
    table: int
    paused: bool = False
    log_from: int = Field(default=0, description=LOG_FROM)
    same: list[str] = Field(default_factory=list, description=SAME)
    view: dict[str, Any]


class Refused(ProtocolMessage):
    """Your last message was not carried out, and why (Dutch and English)."""

    type: Literal["refused"] = "refused"
    seq: int | None = None
    key: str
    nl: str
    en: str


class ProposalStatus(ProtocolMessage):
    id: int
    proposer: str
    package: dict[str, str]
    supporters: list[str]


class EventInfo(ProtocolMessage):
    id: str
    fired: bool
    text: str


class TableStatus(ProtocolMessage):
    """One table as the facilitator sees it: live figures, never a player's secrets."""

    table: int
    seats: list[SeatInfo]
    round: int
    deadline: int
    current_actor: str | None
    paused: bool
    proposals: list[ProposalStatus]
    events: list[EventInfo]
    outcome: str | None = None
    outcome_round: int | None = None
    package: dict[str, str] | None = None
    integration_index: float | None = None
    points: dict[str, float] | None = None
    actions: int = 0


class RoomStatus(ProtocolMessage):
    """Every table of the room, for the facilitator dashboard."""

    type: Literal["room"] = "room"
    room: str
    session: int
    scenario: str
    title: str
    ended: bool
    can_fire_events: bool
    can_extend_deadline: bool
    tables: list[TableStatus]


class TableSave(ProtocolMessage):
    """One table's record (the engine's save) with the scenario it replays on."""

    type: Literal["table_save"] = "table_save"
    table: int
    scenario_path: str
    scenario_text: str = Field(default="", description="The scenario file, for the report")
    save: dict[str, Any]
    learning: dict[str, Any] | None = Field(
        default=None,
        description="The players' reflection answers and priority guesses (the text mode's"
        " `learning` journal); None when there are none",
    )


class SessionEnded(ProtocolMessage):
    type: Literal["ended"] = "ended"


class FeedbackLine(ProtocolMessage):
    kind: Literal["strength", "work"]
    label: dict[str, str] = Field(description="The kind in words: {nl, en}")
    text: dict[str, str] = Field(description="The observation: {nl, en}")


class PlayerDebrief(ProtocolMessage):
    """Your own figures once your table's game is over, right after the `view` that shows
    the end (and again after a `resume` or `take_seat` at a finished table): the outcome,
    your points against your BATNA, and the table's integration index. Only your own points
    and BATNA, never another actor's."""

    type: Literal["debrief"] = "debrief"
    table: int
    actor: str
    outcome: Literal["agreement", "deadline", "walkout"]
    round: int
    package: dict[str, str] | None = Field(description="The agreed package; None without one")
    own_points: float = Field(
        description="Your points under the outcome (your BATNA without a deal)"
    )
    own_batna: float = Field(description="Your points without agreement")
    integration_index: float = Field(
        description="How much of the joint gain the table captured, 0..1 (see docs/scoring.md)"
    )
    pareto_optimal: bool
    feedback: list[FeedbackLine] = Field(
        default_factory=list, description="Observations about how you played, from the log"
    )
    guesses: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="How your priority guesses scored, per moment ('start', 'end'): {nl, en}",
    )


class Noted(ProtocolMessage):
    """Your observation form or self-assessment is stored."""

    type: Literal["noted"] = "noted"
    what: Literal["observation", "rating"]
    table: int | None = None
    week: int | None = None
    moment: str | None = None


class BoardData(ProtocolMessage):
    """The class board (game.net.class_board.ClassBoard as JSON), for the dashboard."""

    type: Literal["board"] = "board"
    board: dict[str, Any]


ServerMessage = Annotated[
    Lobby
    | Seated
    | PlayerUpdate
    | TableUpdate
    | Refused
    | RoomStatus
    | TableSave
    | SessionEnded
    | PlayerDebrief
    | Noted
    | BoardData,
    Field(discriminator="type"),
]
SERVER_ADAPTER: TypeAdapter[ServerMessage] = TypeAdapter(ServerMessage)
