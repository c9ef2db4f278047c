"""A seat in a room as the table scene plays it: what `Session` is for a local game.

The table scene (game/ui/scenes/table/) reads views, legal actions and the table's state
through `table`, a `TablePort`: the session's `LocalTable` for a local game, a `RemoteTable`
over the room's websocket here. Around it this class keeps what the window remembers of
the seat itself: whose briefing was read, which moments were shown, the self-ratings sent,
and who plays the other seats as the room's lobby lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from game.net.bridge import ClientThread
from game.net.protocol import Seated
from game.net.remote_table import RemoteTable
from game.scenario.model import LocalText


@dataclass
class RoomSession:
    """The seat `seated` that the connection `link` holds, and what the window keeps of it."""

    link: ClientThread
    seated: Seated
    table: RemoteTable = field(init=False)
    mode: ClassVar[str] = "room"  # as `Session.mode` says "solo" or "hotseat"
    briefed: set[str] = field(default_factory=set)  # the seat's briefing was read here
    seen_events: set[tuple[str, int]] = field(default_factory=set)  # (seat, log index)
    rated: set[str] = field(default_factory=set)  # the self-ratings sent: "start", "end"
    ended: bool = False  # the trainer ended the session
    last_viewer: str | None = None
    save_error: str | None = None  # a room keeps the game: nothing to save here
    #: A bot's reasons are the room's: its lines say what the bot did, not why.
    explanations: dict[int, LocalText] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.table = RemoteTable.over_thread(self.link)

    @property
    def actor(self) -> str:
        assert self.seated.actor is not None  # a seat, not an observer
        return self.seated.actor

    def viewer(self) -> str:
        return self.actor

    def people(self) -> list[str]:
        """The seats this window plays: its own."""
        return [self.actor]

    def is_person(self, actor: str) -> bool:
        """Whether a person plays `actor`'s seat: this window's, or one the lobby lists a
        player for (the others are the room's bots)."""
        return actor == self.actor or bool(self.player_of(actor))

    def player_of(self, actor: str) -> str:
        """Who plays `actor`'s seat at this table as the lobby lists it ("Anna & Bram" for
        a duo), or ""."""
        lobby = self.link.client.lobby
        if lobby is None:
            return ""
        for table in lobby.tables:
            if table.table == self.seated.table:
                for seat in table.seats:
                    if seat.actor == actor and seat.player:
                        return seat.player
        return ""

    def saw_event(self, person: str, index: int) -> None:
        self.seen_events.add((person, index))

    @property
    def connected(self) -> bool:
        return self.link.client.connected

    @property
    def stamp(self) -> int:
        """Changes whenever the room sent anything (the table's view is read again)."""
        return self.link.client.count

    def rate(self, moment: str, ratings: dict[str, int], skipped: bool) -> None:
        """Send the seat's self-assessment at `moment` to the room."""
        self.link.send(self.link.client.rate_self, moment, ratings, skipped)

    def leave(self) -> None:
        self.link.close()
