"""The room protocol in one place: every message as a pydantic model, one JSON object per
WebSocket frame, and the parsing and encoding of a frame.

The models live in `client_messages.py` (checked strictly: unknown fields, wrong types and
oversized strings are refused), `server_messages.py` (engine views travel as plain JSON) and
`protocol_fields.py` (field types, limits, the plain-value check); callers import them from
here. `docs/protocol.md` is generated from these classes (`python -m game.net.protocol_doc`).
"""

from __future__ import annotations

import json

from pydantic import BaseModel, ValidationError

from game.net.client_messages import (
    BEHAVIOUR_KEYS,
    CLIENT_ADAPTER,
    FACILITATOR_TYPES,
    MAX_ENTRIES,
    NOTE_LIMIT,
    Act,
    Behaviour,
    ClientMessage,
    EndSession,
    ExtendDeadline,
    Facilitate,
    FillBots,
    FireEvent,
    FreeSeat,
    GetBoard,
    GetSave,
    Guess,
    Join,
    Leave,
    Observe,
    PauseTable,
    RateSelf,
    Reflect,
    Resume,
    ResumeTable,
    ShareSeat,
    TakeSeat,
    Watch,
)
from game.net.protocol_fields import (
    CONTROL,
    MAX_INT,
    PROTOCOL_VERSION,
    ActorId,
    Code,
    Lang,
    Name,
    TableNo,
    Token,
    encodable,
    plain_text,
    unusable_value,
)
from game.net.server_messages import (
    LOG_FROM,
    SAME,
    SERVER_ADAPTER,
    BoardData,
    EventInfo,
    FeedbackLine,
    GuessPrompt,
    Lobby,
    Noted,
    PlayerDebrief,
    PlayerUpdate,
    ProposalStatus,
    ReflectionPrompt,
    Refused,
    RoomStatus,
    Seated,
    SeatInfo,
    ServerMessage,
    SessionEnded,
    TableInfo,
    TableSave,
    TableStatus,
    TableUpdate,
)

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
    Reflect,
    Guess,
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
    PlayerDebrief,
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


__all__ = [
    "BEHAVIOUR_KEYS",
    "CLIENT_ADAPTER",
    "CLIENT_MESSAGES",
    "CONTROL",
    "FACILITATOR_TYPES",
    "LOG_FROM",
    "MAX_ENTRIES",
    "MAX_INT",
    "NOTE_LIMIT",
    "PROTOCOL_VERSION",
    "SAME",
    "SERVER_ADAPTER",
    "SERVER_MESSAGES",
    "UNUSABLE",
    "Act",
    "ActorId",
    "BadMessage",
    "Behaviour",
    "BoardData",
    "ClientMessage",
    "Code",
    "EndSession",
    "EventInfo",
    "ExtendDeadline",
    "Facilitate",
    "FeedbackLine",
    "FillBots",
    "FireEvent",
    "FreeSeat",
    "GetBoard",
    "GetSave",
    "Guess",
    "GuessPrompt",
    "Join",
    "Lang",
    "Leave",
    "Lobby",
    "Name",
    "Noted",
    "Observe",
    "PauseTable",
    "PlayerDebrief",
    "PlayerUpdate",
    "ProposalStatus",
    "RateSelf",
    "Reflect",
    "ReflectionPrompt",
    "Refused",
    "Resume",
    "ResumeTable",
    "RoomStatus",
    "SeatInfo",
    "Seated",
    "ServerMessage",
    "SessionEnded",
    "ShareSeat",
    "TableInfo",
    "TableNo",
    "TableSave",
    "TableStatus",
    "TableUpdate",
    "TakeSeat",
    "Token",
    "Watch",
    "encodable",
    "encode",
    "parse_client",
    "parse_server",
    "plain_text",
    "unusable_value",
]
