"""The messages a client sends the room server (checked strictly: unknown fields, wrong types
and oversized strings are refused).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter, model_validator
from pydantic_core import PydanticCustomError

from game.net.protocol_fields import (
    MAX_INT,
    ActorId,
    ClientMessageBase,
    Code,
    Lang,
    Name,
    TableNo,
    Token,
)


# --- client → server ---------------------------------------------------------------------
class Join(ClientMessageBase):
    """A trainee enters the room with its code and a name; the answer is the `lobby`."""

    type: Literal["join"] = "join"
    code: Code
    name: Name
    lang: Lang = "nl"


class TakeSeat(ClientMessageBase):
    """Take a free seat (an actor) at a table; the answer is `seated` and a `view`."""

    type: Literal["take_seat"] = "take_seat"
    table: TableNo
    actor: ActorId


class Watch(ClientMessageBase):
    """Watch a table as an observer: only the public table (`table_view`)."""

    type: Literal["watch"] = "watch"
    table: TableNo


class Resume(ClientMessageBase):
    """Come back to your seat after a dropped connection, with the seat token; `seated`
    brings a fresh token and the one sent stops working."""

    type: Literal["resume"] = "resume"
    token: Token
    lang: Lang = "nl"


class ShareSeat(ClientMessageBase):
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


class Observe(ClientMessageBase):
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


class RateSelf(ClientMessageBase):
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


class Leave(ClientMessageBase):
    """Give your seat back (it becomes free for someone else)."""

    type: Literal["leave"] = "leave"


class Act(ClientMessageBase):
    """One engine action for the seat you hold; `seq` grows by one per action you send.

    The server answers with a `view` whose `ack` is this `seq`, or `refused` with this `seq`.
    A `seq` at or below the last one applied is not applied again (safe to resend). The
    count belongs to your seat token: the two people of a duo each number their own
    actions, so neither's resend is mistaken for the other's."""

    type: Literal["act"] = "act"
    seq: int = Field(ge=1, le=MAX_INT)
    action: dict[str, Any]


class Reflect(ClientMessageBase):
    """Your answer to this week's reflection question (`reflection` in your `view`); empty
    is an answer too. One line: the page joins the lines of what was typed."""

    type: Literal["reflect"] = "reflect"
    moment: int = Field(ge=0, le=64, description="The question's `moment` from your view")
    text: str = Field(default="", max_length=2000)


class Guess(ClientMessageBase):
    """Your priority guesses (`guesses` in your `view`): per actor named there, the issue you
    think it cares most about (null: don't know), or `skip` for the whole sheet."""

    type: Literal["guess"] = "guess"
    moment: Literal["start", "end"]
    picks: dict[ActorId, ActorId | None] = Field(default_factory=dict, max_length=32)
    skip: bool = False


class Facilitate(ClientMessageBase):
    """The facilitator signs in with the token from the host's token file; answer: `room`."""

    type: Literal["facilitate"] = "facilitate"
    token: Token
    lang: Lang = "nl"


class PauseTable(ClientMessageBase):
    """Stop play at a table: actions are refused with `net.paused`, bots wait."""

    type: Literal["pause_table"] = "pause_table"
    table: TableNo


class ResumeTable(ClientMessageBase):
    """Let a paused table play on."""

    type: Literal["resume_table"] = "resume_table"
    table: TableNo


class FireEvent(ClientMessageBase):
    """Fire one of the scenario's events at a table now, whatever its trigger says; it goes
    into the table's record like any action (`net.unknown_event` for an id not in the
    scenario)."""

    type: Literal["fire_event"] = "fire_event"
    table: TableNo
    event: ActorId


class ExtendDeadline(ClientMessageBase):
    """Give a table more rounds; it goes into the table's record like any action."""

    type: Literal["extend_deadline"] = "extend_deadline"
    table: TableNo
    rounds: int = Field(default=1, ge=1, le=8)


class FillBots(ClientMessageBase):
    """Put bots on every free seat of a table (or of every table when `table` is absent)."""

    type: Literal["fill_bots"] = "fill_bots"
    table: TableNo | None = None
    strategy: str | None = Field(default=None, max_length=32)


class FreeSeat(ClientMessageBase):
    """Give a seat back to the room: its player (or bot) leaves it, its token stops working.
    For a trainee who left, or to hand a bot's seat to a latecomer."""

    type: Literal["free_seat"] = "free_seat"
    table: TableNo
    actor: ActorId


class GetSave(ClientMessageBase):
    """The whole record of one table (the engine's save), for the report and the debrief."""

    type: Literal["get_save"] = "get_save"
    table: TableNo


class EndSession(ClientMessageBase):
    """End the session: every table stops, the results are kept."""

    type: Literal["end_session"] = "end_session"


class GetBoard(ClientMessageBase):
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
    | Reflect
    | Guess
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
