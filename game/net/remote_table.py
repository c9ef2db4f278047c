"""A seat in a room as a `TablePort`: the room's websocket behind the same questions a local
table answers, so the terminal and the window play a room game as they play a local one.

The connection (`RoomClient`) lives in an event loop of its own (`ClientThread`, or the loop
of an asyncio caller); this class is called from another thread and waits for the room's
answer to `send` at most `timeout` seconds (the client must keep what it receives:
`RoomClient(keep=True)`, its default). Every action is still checked by the room; the
legal actions here (`RemoteLegal`) are rebuilt from the seat's last `view` message.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine, Mapping
from typing import Any, TypeVar

from game.engine import Action, Outcome, PlayerView, PublicView
from game.net.bridge import ClientThread
from game.net.client import RoomClient
from game.net.protocol import PlayerUpdate, Refused, ServerMessage, TableUpdate
from game.net.remote import RemoteLegal, player_view, public_view
from game.play.port import Refusal, SeatError, Sent, Update
from game.scenario.model import LocalText

#: Seconds to wait for the room to answer an action before telling the player so.
ANSWER_TIMEOUT = 30.0
T = TypeVar("T")


class RemoteTable:
    """The seat (or the watched table) a `RoomClient` holds, as a `TablePort`."""

    def __init__(
        self, client: RoomClient, loop: asyncio.AbstractEventLoop, timeout: float = ANSWER_TIMEOUT
    ) -> None:
        self.client = client
        self.loop = loop
        self.timeout = timeout
        self._parsed: tuple[object, PlayerView | PublicView] | None = None
        self._count = client.count
        self._log_seen = self._log_size()
        self._refusals_seen = len(client.refusals)
        self._answered: set[int] = set()  # seqs whose refusal `send` returned itself
        self._late: list[Refusal] = []  # refusals of `submit` found here, for the next poll

    @classmethod
    def over_thread(cls, thread: ClientThread, timeout: float = ANSWER_TIMEOUT) -> RemoteTable:
        return cls(thread.client, thread.loop, timeout)

    # --- the port --------------------------------------------------------------------------
    @property
    def seats(self) -> tuple[str, ...]:
        table = self._table_view()
        if table is None:
            return ()
        return tuple(a.id for a in table.actors if a.status == "at_table")

    @property
    def mine(self) -> tuple[str, ...]:
        seated = self.client.seated
        if seated is None or seated.actor is None or self.client.update is None:
            return ()
        return (seated.actor,)

    @property
    def phrases(self) -> Mapping[str, LocalText]:
        seated = self.client.seated
        return dict(seated.phrases) if seated is not None else {}

    @property
    def current_actor(self) -> str | None:
        table = self._table_view()
        return table.current_actor if table is not None else None

    def is_over(self) -> bool:
        return self.outcome() is not None

    def outcome(self) -> Outcome | None:
        table = self._table_view()
        return table.outcome if table is not None else None

    @property
    def paused(self) -> bool:
        message = self.client.update or self.client.table_update
        return bool(message is not None and message.paused)

    def view(self, seat: str) -> PlayerView:
        update = self.client.update
        if update is None or seat not in self.mine:
            raise SeatError(seat)
        view = self._parse(update)
        assert isinstance(view, PlayerView)
        return view

    def public_view(self) -> PublicView:
        """The table as this client sees it: the watched table's public view, or for a seat
        its own view without its secrets (its log keeps the lines meant for this seat)."""
        table = self.client.table_update
        if self.client.update is None and table is not None:
            return self._parse(table)
        update = self.client.update
        if update is None:
            raise SeatError("")
        return public_view(update.view)

    def legal(self, seat: str) -> RemoteLegal:
        update = self.client.update
        if update is None or seat not in self.mine:
            raise SeatError(seat)
        view = self._parse(update)
        assert isinstance(view, PlayerView)
        return RemoteLegal(update, view)

    def send(self, action: Action) -> Sent:
        """Send an action for this seat and wait for the room's answer: the new log lines
        of this seat's view, or the room's refusal (also when it does not answer in time)."""
        if not self.mine:
            return Sent(refusal=Refusal.keyed("play.no_seat"))
        before = self._log_size()
        try:
            answer = self._call(self._act(action), self.timeout + 1)
        except TimeoutError:
            return Sent(refusal=Refusal.keyed("play.no_answer", seconds=round(self.timeout)))
        if isinstance(answer, Refused):
            if answer.seq is not None:
                self._answered.add(answer.seq)
            return Sent(refusal=Refusal(answer.key, answer.nl, answer.en))
        assert isinstance(answer, PlayerUpdate)
        lines = self._parse(answer).log
        return Sent(tuple(line for line in lines if line.index >= before))

    def submit(self, action: Action) -> None:
        """Send an action for this seat without waiting (a window's frame loop): the view it
        brings, or the room's refusal, comes with a later `poll`."""
        if not self.mine:
            self._late.append(Refusal.keyed("play.no_seat"))
            return
        asyncio.run_coroutine_threadsafe(self.client.act(action), self.loop)

    def poll(self) -> Update:
        client = self.client
        count = client.count  # read once, before the view: see `RoomClient._receive`
        changed = count != self._count  # the parsed view stays: `_parse` knows its message
        self._count = count
        size = self._log_size()
        since, self._log_seen = min(self._log_seen, size), size
        fresh = client.refusals[self._refusals_seen :]
        self._refusals_seen = len(client.refusals)
        refusals = tuple(
            Refusal(r.key, r.nl, r.en)
            for r in fresh
            if r.seq is None or r.seq not in self._answered
        )
        return Update(
            changed=changed or bool(refusals),
            log_from=since,
            log_size=size,
            current_actor=self.current_actor,
            over=self.is_over() or client.ended,
            paused=self.paused,
            refusals=refusals,
        )

    def wait(self, timeout: float) -> Update:
        """Wait until the room sends anything (or `timeout` passes), then `poll`."""
        if self.client.count == self._count:
            with contextlib.suppress(TimeoutError):
                self._call(self.client.changed(timeout, self._count), timeout + 1)
        return self.poll()

    # --- inside ----------------------------------------------------------------------------
    async def _act(self, action: Action) -> ServerMessage:
        client = self.client
        since = len(client.received)
        seq = await client.act(action)
        return await client.wait_for(
            lambda m: (m.type == "view" and m.ack == seq) or (m.type == "refused" and m.seq == seq),
            self.timeout,
            since,
        )

    def _call(self, work: Coroutine[Any, Any, T], timeout: float) -> T:
        """Run `work` in the connection's loop and wait for it (never from that loop)."""
        future = asyncio.run_coroutine_threadsafe(work, self.loop)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise

    def _table_view(self) -> PlayerView | PublicView | None:
        message = self.client.update or self.client.table_update
        return self._parse(message) if message is not None else None

    def _parse(self, message: PlayerUpdate | TableUpdate) -> Any:
        """The view a message carries, read once per message."""
        if self._parsed is not None and self._parsed[0] is message:
            return self._parsed[1]
        if isinstance(message, PlayerUpdate):
            view: PlayerView | PublicView = player_view(message.view)
        else:
            view = public_view(message.view)
        self._parsed = (message, view)
        return view

    def _log_size(self) -> int:
        message = self.client.update or self.client.table_update
        if message is None:
            return 0
        log = self._parse(message).log
        return log[-1].index + 1 if log else 0
