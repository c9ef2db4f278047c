"""A room client that keeps its seat: it reconnects with backoff and resends unanswered actions.

The terminal client, the window's join scene, the tests and the benchmark all use this one
class. It keeps the latest lobby, view and room status, and lets callers wait for a message.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import ValidationError
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from game.engine import Action, action_data
from game.net import limits
from game.net.address import room_url
from game.net.protocol import (
    UNUSABLE,
    Act,
    BoardData,
    Facilitate,
    Join,
    Leave,
    Lobby,
    Observe,
    PlayerUpdate,
    RateSelf,
    Refused,
    Resume,
    RoomStatus,
    Seated,
    ServerMessage,
    SessionEnded,
    ShareSeat,
    TableUpdate,
    TakeSeat,
    Watch,
    encode,
    parse_server,
)
from game.text import t

#: Refusals after which our seat token no longer works (so we never resume with it again).
SEAT_LOST = frozenset({"net.seat_freed", "net.unknown_token", "net.taken_over"})
#: Seconds to wait before each reconnection attempt (the last one repeats), with ±20 % jitter.
BACKOFF = (0.1, 0.25, 0.5, 1.0, 2.0, 4.0)


def backoff(delays: tuple[float, ...] = BACKOFF) -> Iterator[float]:
    for delay in delays:
        yield delay * random.uniform(0.8, 1.2)
    while True:
        yield delays[-1] * random.uniform(0.8, 1.2)


class RoomClient:
    """One person (or bot) in the room: a trainee with a seat, an observer or the facilitator."""

    def __init__(
        self,
        address: str,
        *,
        code: str | None = None,
        name: str | None = None,
        lang: str = "nl",
        token: str | None = None,
        facilitator_token: str | None = None,
        keep: bool = True,
        compression: str | None = "deflate",
        delays: tuple[float, ...] = BACKOFF,
        on_message: Callable[[ServerMessage], None] | None = None,
    ) -> None:
        self.url = room_url(address)
        self.code, self.name, self.lang = code, name, lang
        self.token = token
        self.facilitator_token = facilitator_token
        self.keep = keep
        self.compression = compression
        self.delays = delays
        self.on_message = on_message
        self.received: list[ServerMessage] = []
        self.raw: list[str] = []
        self.count = 0
        self.lobby: Lobby | None = None
        self.seated: Seated | None = None
        self.update: PlayerUpdate | None = None
        self.table_update: TableUpdate | None = None
        self.room: RoomStatus | None = None
        self.board: dict[str, Any] | None = None
        self.refusals: list[Refused] = []
        self.ended = False
        self.seq = 0
        self.pending: dict[int, tuple[dict[str, Any], float]] = {}
        self.latencies: list[float] = []
        self.connects = 0
        self.watching: int | None = None
        self._ws: ClientConnection | None = None
        self._changed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._connected = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()

    # --- life ----------------------------------------------------------------------------
    async def start(self, timeout: float = 10.0) -> None:
        """Connect (and keep reconnecting in the background); returns once signed in."""
        self._task = asyncio.create_task(self._run())
        await asyncio.wait_for(self._connected.wait(), timeout)

    async def close(self) -> None:
        self._closing = True
        if self._ws is not None:
            await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def drop(self) -> None:
        """Lose the connection as a flaky network would (the client comes back by itself)."""
        if self._ws is not None:
            self._connected.clear()
            self._ws.transport.abort()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    async def wait_connected(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._connected.wait(), timeout)

    async def _run(self) -> None:
        delays = backoff(self.delays)
        while not self._closing:
            try:
                async with connect(
                    self.url,
                    max_size=limits.MAX_SERVER_MESSAGE,
                    compression=self.compression,
                    proxy=None,
                    open_timeout=5,
                ) as ws:
                    self._ws = ws
                    self.connects += 1
                    delays = backoff(self.delays)
                    await self._hello(ws)
                    async for raw in ws:
                        self._receive(raw)
            except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError):
                pass
            except InvalidURI:
                self._closing = True
                raise
            finally:
                self._ws = None
                self._connected.clear()
            if not self._closing and not self.ended:
                await asyncio.sleep(next(delays))
            elif self.ended:
                return

    async def _hello(self, ws: ClientConnection) -> None:
        if self.facilitator_token:
            await ws.send(encode(Facilitate(token=self.facilitator_token, lang=self.lang)))
        elif self.token:
            await ws.send(encode(Resume(token=self.token, lang=self.lang)))
        else:
            await ws.send(encode(Join(code=self.code or "", name=self.name or "?", lang=self.lang)))
            if self.watching is not None:
                await ws.send(encode(Watch(table=self.watching)))
        self._connected.set()

    # --- receiving -----------------------------------------------------------------------
    def _receive(self, raw: str | bytes) -> None:
        text = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
        try:
            message = parse_server(text)
        except ValueError:
            return  # a server of another version; nothing we can act on
        now = time.perf_counter()
        if isinstance(message, PlayerUpdate | TableUpdate) and (message.log_from or message.same):
            message = self._with_earlier_parts(message)
        if self.keep:
            self.received.append(message)
            self.raw.append(text)
        if isinstance(message, Lobby):
            self.lobby = message
        elif isinstance(message, Seated):
            self.seated = message
            if message.token:
                self.token = message.token
                self.seq = max(self.seq, message.last_seq)
                self._resend_after(message.last_seq)
        elif isinstance(message, PlayerUpdate):
            self.update = message
            if message.ack is not None:
                self._acked(message.ack, now)
        elif isinstance(message, TableUpdate):
            self.table_update = message
        elif isinstance(message, Refused):
            self.refusals.append(message)
            if message.seq is not None:
                self._acked(message.seq, now)
            if message.key in SEAT_LOST:
                self.token, self.seated, self.update = None, None, None
                self.pending.clear()
        elif isinstance(message, RoomStatus):
            self.room = message
        elif isinstance(message, SessionEnded):
            self.ended = True
        elif isinstance(message, BoardData):
            self.board = message.board
        # counted only now that everything it brings is in place: a reader in another thread
        # (`RemoteTable.poll`, the window's view key) that sees the new count reads the new
        # view, never the one before it under the new count (its own view then lagging behind)
        self.count += 1
        if self.on_message is not None:
            self.on_message(message)
        self._changed.set()

    def _with_earlier_parts(self, message: PlayerUpdate | TableUpdate) -> Any:
        """The message with what it left out (earlier log lines, unchanged parts) put back."""
        before = self.update if isinstance(message, PlayerUpdate) else self.table_update
        earlier = before.view if before is not None and before.table == message.table else {}
        view = dict(message.view)
        kept = [line for line in earlier.get("log", []) if line["index"] < message.log_from]
        view["log"] = kept + list(view.get("log", []))
        for name in message.same:
            if name in earlier:
                view[name] = earlier[name]
        return message.model_copy(update={"view": view, "log_from": 0, "same": []})

    def _acked(self, seq: int, now: float) -> None:
        for number in [n for n in self.pending if n <= seq]:
            _, sent = self.pending.pop(number)
            if number == seq:
                self.latencies.append(now - sent)

    def _resend_after(self, last: int) -> None:
        """After a reconnect: what the server applied is done; send the rest again."""
        for number in sorted(self.pending):
            if number <= last:
                self.pending.pop(number)
            elif self._ws is not None:
                data, _ = self.pending[number]
                task = asyncio.create_task(self._send(Act(seq=number, action=data)))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def wait_for(
        self, test: Callable[[ServerMessage], bool], timeout: float = 5.0, since: int = 0
    ) -> ServerMessage:
        """The first message (from number `since` on) that passes `test`; TimeoutError if none."""
        deadline = time.monotonic() + timeout
        seen = since
        while True:
            while seen < len(self.received):
                message = self.received[seen]
                seen += 1
                if test(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no such message")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), left)

    async def changed(self, timeout: float, seen: int | None = None) -> bool:
        """Wait until any message arrives (True) or `timeout` passes (False); with `seen`
        (a `count` read earlier), a message counted since then answers True at once."""
        if seen is not None and self.count != seen:
            return True
        self._changed.clear()
        try:
            await asyncio.wait_for(self._changed.wait(), timeout)
        except TimeoutError:
            return False
        return True

    # --- sending -------------------------------------------------------------------------
    async def _send(self, message: Any) -> None:
        ws = self._ws
        if ws is None:
            return
        with contextlib.suppress(ConnectionClosed):
            await ws.send(encode(message))

    async def send_raw(self, text: str | bytes) -> None:
        """A frame as is (tests use it to send what a well-behaved client never would)."""
        if self._ws is not None:
            await self._ws.send(text)

    async def join(self) -> None:
        """Sign in with the room code and name (after the seat token stopped working)."""
        await self._send(Join(code=self.code or "", name=self.name or "?", lang=self.lang))

    async def take_seat(self, table: int, actor: str) -> None:
        await self._send(TakeSeat(table=table, actor=actor))

    async def share_seat(self, table: int, actor: str) -> None:
        """Join the person at this seat as a duo (both play it)."""
        await self._send(ShareSeat(table=table, actor=actor))

    async def observe(self, week: int, marks: dict[str, list[str]], note: str = "") -> None:
        """Send the observation form for one week of the table we watch."""
        await self._send(Observe.model_validate({"week": week, "marks": marks, "note": note}))

    async def rate_self(self, moment: str, ratings: dict[str, int], skipped: bool = False) -> None:
        """Send our self-rating per learning goal (1–5) at the start or the end."""
        await self._send(
            RateSelf.model_validate({"moment": moment, "ratings": ratings, "skipped": skipped})
        )

    async def watch(self, table: int) -> None:
        self.watching = table
        await self._send(Watch(table=table))

    async def leave(self) -> None:
        self.token = None
        await self._send(Leave())

    async def act(self, action: Action | dict[str, Any]) -> int:
        """Send one action for our seat; returns its seq (answered by a view or a refusal)."""
        data = action if isinstance(action, dict) else action_data(action)
        self.seq += 1
        try:
            message = Act(seq=self.seq, action=data)
        except ValidationError as error:  # text typed in a broken encoding, say
            self._refused_here(self.seq, error)
            return self.seq
        self.pending[self.seq] = (data, time.perf_counter())
        await self._send(message)
        return self.seq

    def _refused_here(self, seq: int, error: ValidationError) -> None:
        """Answer an action the room would refuse as the room would, without sending it."""
        first = error.errors()[0]
        key = UNUSABLE.get(first["type"], "net.bad_action")
        detail = str(first["msg"])[:200]
        refused = Refused(
            seq=seq, key=key, nl=t(key, "nl", detail=detail), en=t(key, "en", detail=detail)
        )
        self._receive(encode(refused))

    async def command(self, message: Any) -> None:
        """A facilitator command (PauseTable, FillBots, …) as a protocol model."""
        await self._send(message)
