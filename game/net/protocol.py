"""Every message of the room protocol as a pydantic model; one JSON object per WebSocket frame.

Client messages are checked strictly (unknown fields, wrong types and oversized strings are
refused); server messages carry engine views as plain JSON. `docs/protocol.md` is generated
from these classes (`python -m game.net.protocol_doc`).
"""

from __future__ import annotations

import json
import math
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from game.scenario.model import LocalText

PROTOCOL_VERSION = 1
#: The largest integer a client may send anywhere in a frame: the largest a JSON number
#: holds exactly in every language (2**53 - 1), and what SQLite stores without overflow.
MAX_INT = 2**53 - 1

Name = Annotated[str, Field(min_length=1, max_length=40)]
Token = Annotated[str, Field(min_length=8, max_length=64)]
Code = Annotated[str, Field(min_length=1, max_length=16)]
TableNo = Annotated[int, Field(ge=1, le=64)]
ActorId = Annotated[str, Field(min_length=1, max_length=64)]
Lang = Literal["nl", "en"]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ClientMessage(_Message):
    """A message from a client: every text in it must be plain (UTF-8, no control characters)
    and every number must lie in 0..MAX_INT, down to the action inside an `act`, before any
    of it is used."""

    @model_validator(mode="before")
    @classmethod
    def _plain_values(cls, data: Any) -> Any:
        problem = unusable_value(data)
        if problem is not None:
            kind, where = problem
            raise PydanticCustomError(kind, "{where}", {"where": where or "message"})
        return data


def unusable_value(data: Any) -> tuple[str, str] | None:
    """('bad_text' | 'bad_number', where) for the first value in `data` that no table may
    hold: text with a lone surrogate (it cannot be written as UTF-8, so no view, save or
    result holding it could be) or a control character, an integer outside 0..MAX_INT, or
    a number that is not finite. None when every value is usable. Walks without recursion
    (deep nesting is fine)."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if not plain_text(value):
                return "bad_text", where
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if not 0 <= value <= MAX_INT:
                return "bad_number", where
        elif isinstance(value, float):
            if not math.isfinite(value) or abs(value) > MAX_INT:
                return "bad_number", where
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and not plain_text(key):
                    return "bad_text", where
                stack.append((f"{where}.{key}" if where else str(key), item))
        elif isinstance(value, list | tuple):
            stack.extend((f"{where}[{n}]", item) for n, item in enumerate(value))
    return None


def plain_text(text: str) -> bool:
    """Text a table may hold: writable as UTF-8 and free of control characters (an escape
    sequence in a statement or name would clear or retitle other trainees' terminals)."""
    return encodable(text) and CONTROL.search(text) is None


#: Control characters (C0, DEL, C1), newline and tab included: every text field is one line.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def encodable(text: str) -> bool:
    """Whether `text` can be written as UTF-8 (False for a lone surrogate such as \\ud800)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --- client → server ---------------------------------------------------------------------
class Join(_ClientMessage):
    """A trainee enters the room with its code and a name; the answer is the `lobby`."""

    type: Literal["join"] = "join"
    code: Code
    name: Name
    lang: Lang = "nl"


class TakeSeat(_ClientMessage):
    """Take a free seat (an actor) at a table; the answer is `seated` and a `view`."""

    type: Literal["take_seat"] = "take_seat"
    table: TableNo
    actor: ActorId


class Watch(_ClientMessage):
    """Watch a table as an observer: only the public table (`table_view`)."""

    type: Literal["watch"] = "watch"
    table: TableNo


class Resume(_ClientMessage):
    """Come back to your seat after a dropped connection, with the seat token; `seated`
    brings a fresh token and the one sent stops working."""

    type: Literal["resume"] = "resume"
    token: Token
    lang: Lang = "nl"


class ShareSeat(_ClientMessage):
    """Join a trainee who already holds a seat, as a duo: both see the seat's view and either
    may act for it. The answer is `seated` with a token of your own; the seat shows both
    names. A seat holds at most two people."""

    type: Literal["share_seat"] = "share_seat"
    table: TableNo
    actor: ActorId


#: What an observer tallies per actor (the observation form's behaviours,
#: game/facilitation/observation.py).
Behaviour = Literal["asks", "reveals", "package", "consults", "support"]
BEHAVIOUR_KEYS: tuple[str, ...] = ("asks", "reveals", "package", "consults", "support")
#: The longest free note on an observation form.
NOTE_LIMIT = 1000
#: The most actors an observation form or a self-assessment may name.
MAX_ENTRIES = 16


class Observe(_ClientMessage):
    """An observer's form for one week at the table it watches: per actor the behaviours
    seen, and a free note. Sending a week again replaces that week's form. Answer: `noted`."""

    type: Literal["observe"] = "observe"
    week: int = Field(ge=1, le=64)
    marks: dict[ActorId, list[Behaviour]] = Field(default_factory=dict, max_length=MAX_ENTRIES)
    note: str = Field(default="", max_length=NOTE_LIMIT)

    @model_validator(mode="after")
    def _each_once(self) -> Observe:
        for actor, seen in self.marks.items():
            if len(seen) != len(set(seen)):
                raise PydanticCustomError("repeated", "{actor}", {"actor": actor})
        return self


class RateSelf(_ClientMessage):
    """A trainee rates themself per learning goal of the case (1–5), at the start or at the
    end; `skipped` says the trainee chose not to. Sending a moment again replaces it.
    Answer: `noted`."""

    type: Literal["rate_self"] = "rate_self"
    moment: Literal["start", "end"]
    ratings: dict[ActorId, int] = Field(default_factory=dict, max_length=MAX_ENTRIES)
    skipped: bool = False

    @model_validator(mode="after")
    def _one_to_five(self) -> RateSelf:
        for goal, value in self.ratings.items():
            if not 1 <= value <= 5:
                raise PydanticCustomError("rating", "{goal}: 1..5", {"goal": goal})
        return self


class Leave(_ClientMessage):
    """Give your seat back (it becomes free for someone else)."""

    type: Literal["leave"] = "leave"


class Act(_ClientMessage):
    """One engine action for the seat you hold; `seq` grows by one per action you send.

    The server answers with a `view` whose `ack` is this `seq`, or `refused` with this `seq`.
    A `seq` at or below the last one applied is not applied again (safe to resend). The
    count belongs to your seat token: the two people of a duo each number their own
    actions, so neither's resend is mistaken for the other's."""

    type: Literal["act"] = "act"
    seq: int = Field(ge=1, le=MAX_INT)
    action: dict[str, Any]


class Facilitate(_ClientMessage):
    """The facilitator signs in with the token from the host's token file; answer: `room`."""

    type: Literal["facilitate"] = "facilitate"
    token: Token
    lang: Lang = "nl"


class PauseTable(_ClientMessage):
    """Stop play at a table: actions are refused with `net.paused`, bots wait."""

    type: Literal["pause_table"] = "pause_table"
    table: TableNo


class ResumeTable(_ClientMessage):
    """Let a paused table play on."""

    type: Literal["resume_table"] = "resume_table"
    table: TableNo


class FireEvent(_ClientMessage):
    """Fire one of the scenario's events at a table now, whatever its trigger says; it goes
    into the table's record like any action (`net.unknown_event` for an id not in the
    scenario)."""

    type: Literal["fire_event"] = "fire_event"
    table: TableNo
    event: ActorId


class ExtendDeadline(_ClientMessage):
    """Give a table more rounds; it goes into the table's record like any action."""

    type: Literal["extend_deadline"] = "extend_deadline"
    table: TableNo
    rounds: int = Field(default=1, ge=1, le=8)


class FillBots(_ClientMessage):
    """Put bots on every free seat of a table (or of every table when `table` is absent)."""

    type: Literal["fill_bots"] = "fill_bots"
    table: TableNo | None = None
    strategy: str | None = Field(default=None, max_length=32)


class FreeSeat(_ClientMessage):
    """Give a seat back to the room: its player (or bot) leaves it, its token stops working.
    For a trainee who left, or to hand a bot's seat to a latecomer."""

    type: Literal["free_seat"] = "free_seat"
    table: TableNo
    actor: ActorId


class GetSave(_ClientMessage):
    """The whole record of one table (the engine's save), for the report and the debrief."""

    type: Literal["get_save"] = "get_save"
    table: TableNo


class EndSession(_ClientMessage):
    """End the session: every table stops, the results are kept."""

    type: Literal["end_session"] = "end_session"


class GetBoard(_ClientMessage):
    """The class board (every table side by side, observers' tallies, self-assessments);
    answer: `board`."""

    type: Literal["get_board"] = "get_board"


ClientMessage = Annotated[
    Join
    | TakeSeat
    | Watch
    | ShareSeat
    | Observe
    | RateSelf
    | Resume
    | Leave
    | Act
    | Facilitate
    | PauseTable
    | ResumeTable
    | FireEvent
    | ExtendDeadline
    | FillBots
    | FreeSeat
    | GetSave
    | EndSession
    | GetBoard,
    Field(discriminator="type"),
]
FACILITATOR_TYPES: frozenset[str] = frozenset(
    {
        "pause_table",
        "resume_table",
        "fire_event",
        "extend_deadline",
        "fill_bots",
        "free_seat",
        "get_save",
        "end_session",
        "get_board",
    }
)
CLIENT_ADAPTER: TypeAdapter[ClientMessage] = TypeAdapter(ClientMessage)


# --- server → client ---------------------------------------------------------------------
class SeatInfo(_Message):
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


class TableInfo(_Message):
    table: int
    seats: list[SeatInfo]
    observers: int
    round: int
    deadline: int
    paused: bool
    over: bool


class Lobby(_Message):
    """The room as a trainee sees it before (and while) sitting down."""

    type: Literal["lobby"] = "lobby"
    protocol: int = PROTOCOL_VERSION
    room: str
    scenario: str
    title: str
    tables: list[TableInfo]
    ended: bool = False


class Seated(_Message):
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


class PlayerUpdate(_Message):
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
    log_from: int = Field(default=0, description=LOG_FROM)
    same: list[str] = Field(default_factory=list, description=SAME)
    view: dict[str, Any]


class TableUpdate(_Message):
    """The public table (the engine's PublicView) for observers."""

    type: Literal["table_view"] = "table_view"
    table: int
    paused: bool = False
    log_from: int = Field(default=0, description=LOG_FROM)
    same: list[str] = Field(default_factory=list, description=SAME)
    view: dict[str, Any]


class Refused(_Message):
    """Your last message was not carried out, and why (Dutch and English)."""

    type: Literal["refused"] = "refused"
    seq: int | None = None
    key: str
    nl: str
    en: str


class ProposalStatus(_Message):
    id: int
    proposer: str
    package: dict[str, str]
    supporters: list[str]


class EventInfo(_Message):
    id: str
    fired: bool
    text: str


class TableStatus(_Message):
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


class RoomStatus(_Message):
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


class TableSave(_Message):
    """One table's record (the engine's save) with the scenario it replays on."""

    type: Literal["table_save"] = "table_save"
    table: int
    scenario_path: str
    scenario_text: str = Field(default="", description="The scenario file, for the report")
    save: dict[str, Any]


class SessionEnded(_Message):
    type: Literal["ended"] = "ended"


class Noted(_Message):
    """Your observation form or self-assessment is stored."""

    type: Literal["noted"] = "noted"
    what: Literal["observation", "rating"]
    table: int | None = None
    week: int | None = None
    moment: str | None = None


class BoardData(_Message):
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
    | Noted
    | BoardData,
    Field(discriminator="type"),
]
SERVER_ADAPTER: TypeAdapter[ServerMessage] = TypeAdapter(ServerMessage)

CLIENT_MESSAGES: tuple[type[BaseModel], ...] = (
    Join,
    TakeSeat,
    Watch,
    ShareSeat,
    Observe,
    RateSelf,
    Resume,
    Leave,
    Act,
    Facilitate,
    PauseTable,
    ResumeTable,
    FireEvent,
    ExtendDeadline,
    FillBots,
    FreeSeat,
    GetSave,
    EndSession,
    GetBoard,
)
SERVER_MESSAGES: tuple[type[BaseModel], ...] = (
    Lobby,
    Seated,
    PlayerUpdate,
    TableUpdate,
    Refused,
    RoomStatus,
    TableSave,
    SessionEnded,
    Noted,
    BoardData,
)


class BadMessage(Exception):
    """A frame that is not a valid client message; `key` names the catalogue reason."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(detail or key)
        self.key = key
        self.detail = detail


def parse_client(raw: str | bytes) -> ClientMessage:
    """A client message from one frame, or BadMessage (never another exception)."""
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise BadMessage("net.bad_json", str(error)[:200]) from None
    if not isinstance(data, dict):
        raise BadMessage("net.bad_message", "not an object")
    problem = unusable_value(data)  # before anything (the `type` tag too) is read
    if problem is not None:
        kind, where = problem
        raise BadMessage(UNUSABLE[kind], (where or "message")[:200])
    try:
        return CLIENT_ADAPTER.validate_python(data)
    except ValidationError as error:
        first = error.errors()[0]
        if first["type"] in UNUSABLE:
            raise BadMessage(UNUSABLE[first["type"]], first["msg"][:200]) from None
        where = ".".join(str(p) for p in first["loc"])
        raise BadMessage("net.bad_message", f"{where}: {first['msg']}"[:200]) from None


#: The catalogue key for each kind of unusable value (see `unusable_value`).
UNUSABLE = {"bad_text": "net.bad_text", "bad_number": "net.bad_number"}


def _no_constant(name: str) -> float:
    """NaN and Infinity are not JSON; Python's parser would take them."""
    raise ValueError(f"{name} is not a JSON number")


def parse_server(raw: str | bytes) -> ServerMessage:
    """A server message from one frame (clients trust the server, but still check)."""
    return SERVER_ADAPTER.validate_json(raw)


def encode(message: BaseModel) -> str:
    return message.model_dump_json()
