"""The table port: the one way every client plays at a table, local or in a room.

A client asks the port whose seats it plays (`mine`), what a seat sees (`view`), what it may
do (`legal`: the engine's `LegalActions` locally, `game.net.remote.RemoteLegal` in a room;
both answer the same questions), sends an action (`send`: the new log lines, or a refusal
with a reason a person can read, never a traceback; `submit`: the same without waiting, for
a frame loop, its refusal coming with the next `poll`) and asks what changed since it last
looked (`poll`, without waiting; `wait`, until something changes). `game.play.local`
implements it over the engine and the one bot loop; `game.net.remote_table` over the room's
websocket. How an action is worded for people: `game.play.describe`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from game.engine import Action, EngineError, IllegalAction, Outcome, PlayerView, PublicView
from game.engine.views import LogLine
from game.scenario.model import LocalText
from game.text import t


class Legal(Protocol):
    """What a seat may do now: the engine's LegalActions, or RemoteLegal in a room."""

    actor: str

    @property
    def my_turn(self) -> bool: ...
    @property
    def must_answer(self) -> bool: ...
    @property
    def can_talk(self) -> bool: ...
    @property
    def can_move(self) -> bool: ...
    def __contains__(self, action: object) -> bool: ...
    def __iter__(self) -> Iterator[Action]: ...
    def options(self, issue: str) -> list[str]: ...
    def allows_package(self, package: Mapping[str, str]) -> bool: ...
    def answerable(self) -> list[int]: ...
    def why_not(self, action: Action) -> IllegalAction | None: ...
    def mandate_problem(self, package: Mapping[str, str], verb: str) -> IllegalAction | None: ...


@dataclass(frozen=True)
class Refusal:
    """Why the table did not take an action, in both languages."""

    key: str
    nl: str
    en: str

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl

    @classmethod
    def of(cls, error: EngineError) -> Refusal:
        return cls(error.key, error.message("nl"), error.message("en"))

    @classmethod
    def keyed(cls, key: str, **values: object) -> Refusal:
        return cls(key, t(key, "nl", **values), t(key, "en", **values))


@dataclass(frozen=True)
class Sent:
    """What came of one `send`: the log lines the sender now sees, or the refusal."""

    lines: tuple[LogLine, ...] = ()
    refusal: Refusal | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class Update:
    """What changed at the table since the client last asked (`poll`)."""

    changed: bool  # anything at all: an action, a pause, a seat, a refusal
    log_from: int  # the first log index that is new since the last poll
    log_size: int  # log lines at the table now (for a room: in this seat's view)
    current_actor: str | None
    over: bool
    paused: bool = False
    refusals: tuple[Refusal, ...] = ()  # refusals that arrived (a room answers late)


class SeatError(LookupError):
    """A client asked about a seat it does not play (a view is only for its own seat)."""

    def __init__(self, seat: str) -> None:
        self.seat = seat
        super().__init__(t("play.not_your_seat", "en", seat=seat))

    def message(self, lang: str) -> str:
        return t("play.not_your_seat", lang, seat=self.seat)


@runtime_checkable
class TablePort(Protocol):
    """One table as a client plays it; see the module's docstring."""

    @property
    def seats(self) -> tuple[str, ...]: ...  # the actors at the table now
    @property
    def mine(self) -> tuple[str, ...]: ...  # the seats this client plays (none: watching)
    @property
    def phrases(self) -> Mapping[str, LocalText]: ...  # the scenario's ready phrases
    @property
    def current_actor(self) -> str | None: ...
    def is_over(self) -> bool: ...
    def outcome(self) -> Outcome | None: ...
    def view(self, seat: str) -> PlayerView: ...
    def public_view(self) -> PublicView: ...
    def legal(self, seat: str) -> Legal: ...
    def send(self, action: Action) -> Sent: ...
    def submit(self, action: Action) -> None: ...  # send without waiting (see poll)
    def poll(self) -> Update: ...
    def wait(self, timeout: float) -> Update: ...
