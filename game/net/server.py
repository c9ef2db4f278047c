"""The room server: asyncio + websockets around one `Room`; the server is the only authority.

Each connection gets a token bucket and its own outbox (a slow laptop never holds up the
room); each frame is parsed into a protocol model or refused with a reason; a trainee sees
its own view and the public table only. After every change at a table the players there get
their view, observers the public table, and the facilitator a fresh room status.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from game.engine import EngineError
from game.net import limits, webpage
from game.net.connection import Connection, address_of, fast_deflate
from game.net.handlers import RequestHandlers
from game.net.protocol import (
    Act,
    BadMessage,
    Refused,
    TableStatus,
    encodable,
    encode,
    parse_client,
)
from game.net.room import Refusal, Room, Table
from game.net.updates import STEADY_FIELDS, UpdateBuilders, player_debrief
from game.scenario.model import LocalText

log = logging.getLogger("omgevingstafel.net")

#: Seconds between two room-status updates to the facilitator while tables are busy.
STATUS_EVERY = 0.2


class RoomServer(RequestHandlers, UpdateBuilders):
    """Serves one room on `host:port` (port 0: any free port; see `port` after `start`)."""

    def __init__(
        self,
        room: Room,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        bot_delay: float = 0.0,
        compression: str | None = None,
        per_address: int = limits.MAX_PER_ADDRESS,
    ) -> None:
        self.room = room
        self.per_address = per_address
        self.host = host
        self.port = port
        self.bot_delay = bot_delay
        self.compression = compression
        self.connections: set[Connection] = set()
        self._by_address: dict[str, int] = {}
        self._lobby_due = False
        self._lobby_sent = -limits.LOBBY_EVERY
        self._server: Server | None = None
        self._bots_due: set[int] = set()
        self._broadcast_due: set[int] = set()
        self._changes: dict[int, int] = {}
        self._seat_version = 0
        self._status_cache: dict[int, tuple[tuple[int, int, bool], TableStatus]] = {}
        self._status_due = False
        self._closed = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._phrases = {
            p.id: p.text if isinstance(p.text, LocalText) else LocalText(nl=p.text)
            for p in room.scenario.phrases
        }

    # --- life ----------------------------------------------------------------------------
    async def start(self) -> None:
        extensions = [fast_deflate()] if self.compression == "deflate" else None
        self._server = await serve(
            self._handle,
            self.host,
            self.port,
            max_size=limits.MAX_CLIENT_MESSAGE,
            compression=None,
            extensions=extensions,
            process_request=webpage.process_request,
            process_response=webpage.process_response,
        )
        sockets = list(self._server.sockets)
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        for table in self.room.tables:
            self._kick_bots(table)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for conn in list(self.connections):
            if conn.writer is not None:
                conn.writer.cancel()
        self._closed.set()

    async def wait_closed(self) -> None:
        await self._closed.wait()

    # --- one connection ------------------------------------------------------------------
    async def _handle(self, ws: ServerConnection) -> None:
        address = address_of(ws)
        returning = self._over_cap(address, 0)
        if returning and self._over_cap(address, 1):
            await ws.close(1013, "room full")
            return
        conn = Connection(ws, address=address, returning=returning)
        conn.writer = asyncio.create_task(self._write(conn))
        self.connections.add(conn)
        self._by_address[address] = self._by_address.get(address, 0) + 1
        wait = limits.RETURN_TIMEOUT if returning else limits.HELLO_TIMEOUT
        asyncio.get_running_loop().call_later(wait, self._hello_due, conn)
        try:
            async for raw in ws:
                if not conn.bucket.take():
                    self._flooded(conn)
                    continue
                self._receive(conn, raw)
        except ConnectionClosed:
            pass
        finally:
            self.connections.discard(conn)
            left = self._by_address.get(address, 1) - 1
            if left > 0:
                self._by_address[address] = left
            else:
                self._by_address.pop(address, None)
            if conn.writer is not None:
                conn.writer.cancel()
            if conn.token is not None:
                self._lobby_changed()

    def _over_cap(self, address: str, spare: int) -> bool:
        """Whether one more connection from `address` goes over the room's caps (`spare`:
        with the spare places for seat holders coming back counted in)."""
        here = self._by_address.get(address, 0)
        if spare:
            return (
                here >= self.per_address + limits.SPARE_PER_ADDRESS
                or len(self.connections) >= limits.MAX_CONNECTIONS + limits.SPARE_CONNECTIONS
            )
        return here >= self.per_address or len(self.connections) >= limits.MAX_CONNECTIONS

    def _hello_due(self, conn: Connection) -> None:
        """A connection that never said who it is does not keep a place in the room."""
        if conn.role == "new" and conn in self.connections:
            self._close_later(conn, 1013 if conn.returning else 1008, "no hello")

    def _seatless(self, conn: Connection) -> None:
        """The connection is in the lobby without a table now: it may stay a while."""
        stamp = conn.seatless_since = time.monotonic()
        loop = asyncio.get_running_loop()
        loop.call_later(limits.SEATLESS_TIMEOUT, self._seatless_due, conn, stamp)

    def _seatless_due(self, conn: Connection, stamp: float) -> None:
        """A trainee that sat in the lobby all this time gives its place back to the room."""
        if (
            conn in self.connections
            and conn.role == "trainee"
            and conn.table is None
            and conn.seatless_since == stamp
        ):
            self._close_later(conn, 1008, "no seat taken")

    async def _write(self, conn: Connection) -> None:
        with contextlib.suppress(ConnectionClosed, asyncio.CancelledError):
            while True:
                item = await conn.outbox.get()
                if isinstance(item, tuple):  # close, after everything sent before
                    await conn.ws.close(*item)
                    return
                await conn.ws.send(item)

    def _send(self, conn: Connection, text: str) -> None:
        if conn.outbox.qsize() >= limits.MAX_OUTBOX:
            log.warning("closing a connection that stopped reading")
            self._close_later(conn, 1008, "not reading")
            return
        conn.outbox.put_nowait(text)

    def _turn_away(self, conn: Connection, key: str) -> None:
        """Refuse with `key`, then close the connection as room full (in that order)."""
        self._refuse(conn, Refusal(key))
        conn.outbox.put_nowait((1013, "room full"))

    def _close_later(self, conn: Connection, code: int, reason: str) -> None:
        task = asyncio.create_task(conn.ws.close(code, reason))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _flooded(self, conn: Connection) -> None:
        conn.dropped += 1
        if conn.dropped == limits.FLOOD_CLOSE_AFTER:
            # closed in the background: this loop keeps draining frames, so the close
            # handshake is not stuck behind the flood
            self._close_later(conn, 1008, "flooding")
        if conn.dropped >= limits.FLOOD_CLOSE_AFTER:
            return
        now = time.monotonic()
        if now - conn.last_notice >= limits.FLOOD_NOTICE_EVERY:
            conn.last_notice = now
            self._refuse(conn, Refusal("net.too_fast"))

    def _receive(self, conn: Connection, raw: str | bytes) -> None:
        seq = None
        try:
            message = parse_client(raw)
            seq = message.seq if isinstance(message, Act) else None
            self._dispatch(conn, message)
        except BadMessage as error:
            self._refuse(conn, Refusal(error.key, {"detail": error.detail}))
        except EngineError as error:
            self._refuse(conn, error, seq)
        except Exception:  # a bug must not take the room down; the sender hears about it
            log.exception("message handling failed")
            self._refuse(conn, Refusal("net.server_error"), seq)

    def _refuse(self, conn: Connection, error: EngineError, seq: int | None = None) -> None:
        nl, en = error.message("nl"), error.message("en")
        if not (encodable(nl) and encodable(en)):  # a detail quoting what the sender sent
            plain = Refusal(error.key) if error.values else Refusal("net.server_error")
            nl, en = plain.message("nl"), plain.message("en")
        self._send(conn, encode(Refused(seq=seq, key=error.key, nl=nl, en=en)))

    # --- telling people ------------------------------------------------------------------
    def _table_changed(self, table: Table, ack: tuple[Connection, int] | None = None) -> None:
        """The table changed: the player who acted hears first, everybody else right after.

        The others' views are built in a callback of their own, so the acting player's
        answer is on its way before the server spends time on the rest of the table; quick
        successive changes then cost the others one view, not one per change."""
        number = table.number
        self._changes[number] = self._changes.get(number, 0) + 1
        if ack is not None:
            conn, seq = ack
            self._send_update(conn, table, seq)
            conn.seen = self._changes[number]
        if number not in self._broadcast_due:
            self._broadcast_due.add(number)
            asyncio.get_running_loop().call_soon(self._broadcast, table)
        self._status_changed()
        self._kick_bots(table)

    def _broadcast(self, table: Table) -> None:
        """Bring everybody at the table up to date, one view per turn of the event loop, so
        an action arriving meanwhile (at any table) is answered between two views."""
        number = table.number
        self._broadcast_due.discard(number)
        targets = [c for c in self.connections if c.table == number]
        self._broadcast_step(table, targets, {})

    def _broadcast_step(
        self,
        table: Table,
        targets: list[Connection],
        built: dict[tuple[object, ...], tuple[str, int, dict[str, object]]],
    ) -> None:
        latest = self._changes.get(table.number, 0)
        while targets:
            conn = targets.pop()
            if conn.table != table.number or conn.seen >= latest or conn not in self.connections:
                continue
            steady = tuple(id(conn.sent.get(name)) for name in STEADY_FIELDS)
            key = (latest, conn.actor, conn.log_seen, steady)
            if key in built:  # the same audience, having the same: the same message
                text, conn.log_seen, sent = built[key]
                conn.sent = dict(sent)
                self._send(conn, text)
                self._debrief_once(conn, table)
                conn.seen = latest
                continue
            conn.seen = latest
            text = self._send_update(conn, table, None)
            if text is not None:
                built[key] = (text, conn.log_seen, dict(conn.sent))
            if targets:
                asyncio.get_running_loop().call_soon(self._broadcast_step, table, targets, built)
            return

    def _send_update(self, conn: Connection, table: Table, ack: int | None) -> str | None:
        """Build and send one connection's view; a failure is logged and costs that one
        connection its update (it hears `net.server_error`), never the rest of the table."""
        log_seen = conn.log_seen
        try:
            text = self._update_for(conn, table, ack)
        except Exception:
            log.exception("the view for a connection at table %s failed", table.number)
            conn.sent, conn.log_seen = {}, log_seen
            # no seq: what it answers (an applied action) did happen
            self._refuse(conn, Refusal("net.server_error"))
            return None
        self._send(conn, text)
        self._debrief_once(conn, table)
        return text

    def _debrief_once(self, conn: Connection, table: Table) -> None:
        """A player whose game is over gets its own figures, once per seat it holds."""
        if conn.actor is None or conn.debriefed or table.result is None:
            return
        conn.debriefed = True
        self._send(conn, encode(player_debrief(table, conn.actor)))

    def _lobby_changed(self) -> None:
        """Seats or observers changed: every trainee gets the lobby, at most once per
        LOBBY_EVERY seconds (the first change goes out at once, a burst after it as one
        lobby at the end of the interval, built then, so always the latest)."""
        self._seat_version += 1
        self._status_changed()
        if self._lobby_due:
            return
        wait = self._lobby_sent + limits.LOBBY_EVERY - time.monotonic()
        if wait <= 0:
            self._send_lobby()
            return
        self._lobby_due = True
        asyncio.get_running_loop().call_later(wait, self._send_lobby)

    def _send_lobby(self) -> None:
        self._lobby_due = False
        self._lobby_sent = time.monotonic()
        try:
            lobby = encode(self.lobby())
        except Exception:  # a bug must not stop the room; the next change tries again
            log.exception("building the lobby failed")
            return
        for conn in self.connections:
            if conn.role == "trainee":
                self._send(conn, lobby)

    def _status_changed(self) -> None:
        if self._status_due:
            return
        self._status_due = True
        asyncio.get_running_loop().call_later(STATUS_EVERY, self._send_status)

    def _send_status(self) -> None:
        self._status_due = False
        facilitators = [c for c in self.connections if c.role == "facilitator"]
        if facilitators:
            status = encode(self.room_status())
            for conn in facilitators:
                self._send(conn, status)

    # --- bots ----------------------------------------------------------------------------
    def _kick_bots(self, table: Table) -> None:
        if table.number in self._bots_due or self.room.bot_to_move(table) is None:
            return
        self._bots_due.add(table.number)
        asyncio.get_running_loop().call_later(self.bot_delay, self._bot_step, table)

    def _bot_step(self, table: Table) -> None:
        self._bots_due.discard(table.number)
        try:
            played = self.room.play_bot(table)
        except Exception:  # a bot's bug must not stop the room
            log.exception("bot turn failed at table %s", table.number)
            return
        if played:
            self._table_changed(table)
