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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory

from game.engine import EngineError, PlayerView, PublicView, action_data
from game.net import limits
from game.net.class_board import ClassBoard, class_board
from game.net.protocol import (
    FACILITATOR_TYPES,
    Act,
    BadMessage,
    BoardData,
    ClientMessage,
    EndSession,
    EventInfo,
    ExtendDeadline,
    Facilitate,
    FillBots,
    FireEvent,
    FreeSeat,
    GetBoard,
    GetSave,
    Join,
    Leave,
    Lobby,
    Noted,
    Observe,
    PauseTable,
    PlayerUpdate,
    ProposalStatus,
    RateSelf,
    Refused,
    Resume,
    ResumeTable,
    RoomStatus,
    Seated,
    SeatInfo,
    SessionEnded,
    ShareSeat,
    TableInfo,
    TableSave,
    TableStatus,
    TableUpdate,
    TakeSeat,
    Watch,
    encodable,
    encode,
    parse_client,
)
from game.net.room import Refusal, Room, Seat, Table, hash_token
from game.scenario.model import LocalText, text_in

log = logging.getLogger("omgevingstafel.net")

#: Parts of a view that seldom change: left out of a view message when the connection's
#: previous view had them the same (the client keeps them).
STEADY_FIELDS = (
    "scenario_id",
    "title",
    "issues",
    "actors",
    "agreement",
    "confidential_brief",
    "points",
    "mandate",
    "consultations",
    "interests",
)
#: Seconds between two room-status updates to the facilitator while tables are busy.
STATUS_EVERY = 0.2


@dataclass(eq=False)
class Connection:
    """One WebSocket and what it is to the room."""

    ws: ServerConnection
    address: str = ""  # the remote network address (no port)
    returning: bool = False  # came in over a cap: may only resume a seat or facilitate
    seatless_since: float = 0.0  # when it last entered the lobby without a table
    bucket: limits.TokenBucket = field(default_factory=limits.TokenBucket)
    outbox: asyncio.Queue[str | tuple[int, str]] = field(default_factory=asyncio.Queue)
    role: str = "new"  # new | trainee | facilitator
    name: str = ""
    lang: str = "nl"
    token: str | None = None  # seat token while holding a seat
    table: int | None = None  # the table it plays or watches
    actor: str | None = None  # the actor it plays (None: observer)
    log_seen: int = -1  # the highest log index this connection has been sent
    seen: int = 0  # the table change it has been sent
    sent: dict[str, object] = field(default_factory=dict)  # steady view parts it has
    dropped: int = 0
    last_notice: float = 0.0
    writer: asyncio.Task[None] | None = None


class RoomServer:
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
        address = _address_of(ws)
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

    # --- messages ------------------------------------------------------------------------
    def _dispatch(self, conn: Connection, message: ClientMessage) -> None:
        if conn.returning and not isinstance(message, Resume | Facilitate):
            self._turn_away(conn, "net.room_full")
            return
        if message.type in FACILITATOR_TYPES and conn.role != "facilitator":
            raise Refusal("net.not_facilitator")
        if isinstance(message, Join):
            self._join(conn, message)
        elif isinstance(message, Resume):
            self._resume(conn, message)
        elif isinstance(message, Facilitate):
            self._facilitate(conn, message)
        elif conn.role == "new":
            raise Refusal("net.say_hello")
        elif isinstance(message, TakeSeat):
            self._take_seat(conn, message)
        elif isinstance(message, Watch):
            self._watch(conn, message)
        elif isinstance(message, Leave):
            self._leave(conn)
        elif isinstance(message, Act):
            self._act(conn, message)
        elif isinstance(message, ShareSeat | Observe | RateSelf | GetBoard):
            self._kit_message(conn, message)
        else:
            self._facilitator_command(conn, message)

    def _join(self, conn: Connection, message: Join) -> None:
        if message.code.strip().upper() != self.room.code:
            raise Refusal("net.wrong_code")
        if conn.role == "new":
            conn.role = "trainee"
            if conn.table is None:
                self._seatless(conn)
        conn.name, conn.lang = message.name.strip() or message.name, message.lang
        self._send(conn, encode(self.lobby()))

    def _resume(self, conn: Connection, message: Resume) -> None:
        """Back to a seat: with a fresh token (sent in `seated`); the one given stops working."""
        held = self.room.by_token(message.token)
        partner = held is not None and held[1].is_partner(hash_token(message.token))
        found = self.room.resume(message.token)
        if found is None:
            if conn.returning:
                self._turn_away(conn, "net.unknown_token")
                return
            raise Refusal("net.unknown_token")
        table, seat = found
        conn.returning = False
        for other in self.connections:
            if other is not conn and other.token == message.token:
                self._refuse(other, Refusal("net.taken_over"))
                other.token, other.table, other.actor = None, None, None
                self._seatless(other)
        conn.role, conn.lang = "trainee", message.lang
        conn.name = (seat.partner if partner else seat.player) or ""
        self._bind(conn, table, seat, partner)
        self._lobby_changed()

    def _facilitate(self, conn: Connection, message: Facilitate) -> None:
        if not self.room.facilitator_ok(message.token):
            if conn.returning:
                self._turn_away(conn, "net.wrong_facilitator_token")
                return
            raise Refusal("net.wrong_facilitator_token")
        conn.returning = False
        conn.role, conn.lang = "facilitator", message.lang
        self._send(conn, encode(self.room_status()))

    def _take_seat(self, conn: Connection, message: TakeSeat) -> None:
        if conn.token is not None:
            raise Refusal("net.already_seated")
        seat = self.room.take_seat(message.table, message.actor, conn.name)
        self._bind(conn, self.room.table(message.table), seat)
        self._lobby_changed()

    def _bind(self, conn: Connection, table: Table, seat: Seat, partner: bool = False) -> None:
        """Give the connection the seat (as the duo's second person when `partner`)."""
        _player, token, last_seq = seat.hand(partner)
        conn.token, conn.table, conn.actor = token, table.number, seat.actor
        seated = Seated(
            table=table.number,
            actor=seat.actor,
            name=self.room.actor_name(seat.actor, conn.lang),
            token=token,
            last_seq=last_seq,
            phrases=self._phrases,
            **self._kit_fields(table, conn.lang),
        )
        self._send(conn, encode(seated))
        conn.log_seen, conn.sent = -1, {}
        self._send_update(conn, table, last_seq or None)
        conn.seen = self._changes.get(table.number, 0)

    def _watch(self, conn: Connection, message: Watch) -> None:
        if conn.token is not None:
            raise Refusal("net.already_seated")
        table = self.room.table(message.table)
        conn.table, conn.actor, conn.log_seen, conn.sent = table.number, None, -1, {}
        seated = Seated(
            table=table.number,
            actor=None,
            phrases=self._phrases,
            **self._kit_fields(table, conn.lang),
        )
        self._send(conn, encode(seated))
        self._send_update(conn, table, None)
        conn.seen = self._changes.get(table.number, 0)
        self._lobby_changed()

    def _leave(self, conn: Connection) -> None:
        if conn.token is not None:
            self.room.leave(conn.token)
        conn.token, conn.table, conn.actor = None, None, None
        self._seatless(conn)
        self._send(conn, encode(self.lobby()))
        self._lobby_changed()

    def _act(self, conn: Connection, message: Act) -> None:
        if conn.token is None:
            raise Refusal("net.no_seat")
        table, _seat, applied = self.room.act(conn.token, message.seq, message.action)
        if not applied:
            self._send_update(conn, table, message.seq)
            return
        try:  # applied and stored: from here on nothing may tell the sender otherwise
            self._table_changed(table, ack=(conn, message.seq))
        except Exception:
            log.exception("telling table %s about an action failed", table.number)

    def _facilitator_command(self, conn: Connection, message: ClientMessage) -> None:
        room = self.room
        if isinstance(message, PauseTable | ResumeTable):
            table = room.pause(message.table, isinstance(message, PauseTable))
            self._table_changed(table)
        elif isinstance(message, FireEvent):
            self._table_changed(room.fire_event(message.table, message.event))
        elif isinstance(message, ExtendDeadline):
            self._table_changed(room.extend_deadline(message.table, message.rounds))
        elif isinstance(message, FillBots):
            for table in room.fill_bots(message.table, message.strategy):
                self._kick_bots(table)
            self._lobby_changed()
        elif isinstance(message, FreeSeat):
            _table, freed = room.free_seat(message.table, message.actor)
            for other in self.connections:
                if other.token and hash_token(other.token) in freed:
                    self._refuse(other, Refusal("net.seat_freed"))
                    other.token, other.table, other.actor = None, None, None
                    self._seatless(other)
                    self._send(other, encode(self.lobby()))
            self._lobby_changed()
        elif isinstance(message, GetSave):
            table = room.table(message.table)
            save = TableSave(
                table=table.number,
                scenario_path=room.scenario_path,
                scenario_text=self._scenario_text(),
                save=table.game.to_save(),
            )
            self._send(conn, encode(save))
        elif isinstance(message, EndSession):
            room.end()
            ended = encode(SessionEnded())
            for other in self.connections:
                if other.role != "new":
                    self._send(other, ended)
            self._status_changed()

    # --- the facilitator's kit: duos, observation forms, self-ratings, the class board ----
    def _kit_message(
        self, conn: Connection, message: ShareSeat | Observe | RateSelf | GetBoard
    ) -> None:
        room = self.room
        if isinstance(message, ShareSeat):
            if conn.token is not None:
                raise Refusal("net.already_seated")
            seat = room.share_seat(message.table, message.actor, conn.name)
            self._bind(conn, room.table(message.table), seat, partner=True)
            self._lobby_changed()
        elif isinstance(message, Observe):
            if conn.table is None or conn.actor is not None:
                raise Refusal("kit.not_observing")
            marks = {actor: list(seen) for actor, seen in message.marks.items()}
            entry = room.observe(conn.table, conn.name, message.week, marks, message.note)
            self._send(conn, encode(Noted(what="observation", table=entry.table, week=entry.week)))
            self._status_changed()
        elif isinstance(message, RateSelf):
            if conn.table is None:
                raise Refusal("kit.not_at_table")
            rating = room.rate_self(
                conn.table, conn.actor, conn.name, message.moment, message.ratings, message.skipped
            )
            self._send(conn, encode(Noted(what="rating", table=rating.table, moment=rating.moment)))
        else:
            self._send(conn, encode(BoardData(board=self.board(conn.lang).to_json())))

    def board(self, lang: str = "nl") -> ClassBoard:
        """The class board of the room as it stands (finished and running tables)."""
        room = self.room
        games = [(table.number, table.game) for table in room.tables]
        return class_board(
            room.scenario,
            games,
            list(room.observations.values()),
            list(room.ratings.values()),
            lang,
            players={t.number: {a: s.players() for a, s in t.seats.items()} for t in room.tables},
        )

    def _kit_fields(self, table: Table, lang: str) -> dict[str, Any]:
        """What a seated trainee or an observer needs for the forms: the goals, the weeks,
        the actors' names."""
        scenario = self.room.scenario
        return {
            "goals": {
                g.id: g.text if isinstance(g.text, LocalText) else LocalText(nl=g.text)
                for g in scenario.learning_goals
            },
            "weeks": table.game.deadline,
            "actors": {actor: self.room.actor_name(actor, lang) for actor in table.seats},
        }

    def _scenario_text(self) -> str:
        try:
            return Path(self.room.scenario_path).read_text(encoding="utf-8")
        except OSError:
            return ""

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
        return text

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

    # --- building messages ---------------------------------------------------------------
    def _update_for(self, conn: Connection, table: Table, ack: int | None) -> str:
        """The view message for one connection: its seat's view, or the public table.

        Only what the connection has not been sent yet goes out: log lines after the last
        one it has (`log_from`), and none of the steady parts (issues, actors, briefs, …)
        that are the same as in its previous view (`same`). Rebinding a seat resets both."""
        if conn.actor is None:
            view: PublicView = table.game.public_view()
            update: PlayerUpdate | TableUpdate = TableUpdate(
                table=table.number, paused=table.paused, view={}, log_from=conn.log_seen + 1
            )
        else:
            view, update = self._player_update(table, conn.actor, ack, conn.log_seen + 1)
        fresh = [line for line in view.log if line.index > conn.log_seen]
        if view.log:
            conn.log_seen = max(conn.log_seen, view.log[-1].index)
        same = []
        for name in STEADY_FIELDS:
            if name not in type(view).model_fields:
                continue
            value = getattr(view, name)
            if name in conn.sent and conn.sent[name] == value:
                same.append(name)
            conn.sent[name] = value
        if same:
            update = update.model_copy(update={"same": same})
        trimmed = view.model_copy(update={"log": fresh})
        body = trimmed.model_dump_json(exclude=set(same)) if same else trimmed.model_dump_json()
        return _with_view(update.model_dump_json(), body)

    def _player_update(
        self, table: Table, actor: str, ack: int | None, log_from: int
    ) -> tuple[PlayerView, PlayerUpdate]:
        game = table.game
        legal = game.legal_actions(actor)
        view = game.view(actor)
        listing: list[dict[str, Any]] = []
        options: dict[str, list[str]] = {}
        if legal.my_turn and not self.room.ended:
            listing = [action_data(a) for a in legal]
            if legal.can_move:
                options = {issue.id: legal.options(issue.id) for issue in view.issues}
        update = PlayerUpdate(
            table=table.number,
            ack=ack,
            paused=table.paused,
            my_turn=legal.my_turn,
            must_answer=legal.must_answer,
            can_talk=legal.can_talk,
            can_move=legal.can_move,
            legal=listing,
            options=options,
            log_from=log_from,
            view={},
        )
        return view, update

    def _seat_infos(self, table: Table, facilitator: bool = False) -> list[SeatInfo]:
        """The seats as the room may see them; only the facilitator learns bots' strategies."""
        lang = "nl"
        online = {c.actor for c in self.connections if c.table == table.number and c.token}
        actors = {a.id: a for a in self.room.scenario.actors}
        out = []
        for actor_id, seat in table.seats.items():
            known = actors.get(actor_id)
            out.append(
                SeatInfo(
                    actor=actor_id,
                    name=text_in(known.name, lang) if known else actor_id,
                    role=text_in(known.role, lang) if known else "",
                    kind=known.kind if known else "",
                    holder=seat.holder,
                    player=seat.players()
                    if seat.holder == "human"
                    else (seat.strategy if facilitator else None),
                    partner=seat.partner if seat.holder == "human" else None,
                    connected=seat.holder == "bot" or actor_id in online,
                )
            )
        return out

    def lobby(self) -> Lobby:
        room = self.room
        tables = []
        for table in room.tables:
            observers = sum(
                1 for c in self.connections if c.table == table.number and c.actor is None
            )
            tables.append(
                TableInfo(
                    table=table.number,
                    seats=self._seat_infos(table),
                    observers=observers,
                    round=table.game.round,
                    deadline=table.game.deadline,
                    paused=table.paused,
                    over=table.game.is_over(),
                )
            )
        return Lobby(
            room=room.code,
            scenario=room.scenario.id,
            title=text_in(room.scenario.title, "nl"),
            tables=tables,
            ended=room.ended,
        )

    def room_status(self) -> RoomStatus:
        room = self.room
        return RoomStatus(
            room=room.code,
            session=room.session_id,
            scenario=room.scenario.id,
            title=text_in(room.scenario.title, "nl"),
            ended=room.ended,
            can_fire_events=room.can_fire_events,
            can_extend_deadline=room.can_extend_deadline,
            tables=[self._cached_status(table) for table in room.tables],
        )

    def _cached_status(self, table: Table) -> TableStatus:
        """A table's status, rebuilt only when the table or its seats changed."""
        key = (self._changes.get(table.number, 0), self._seat_version, table.paused)
        cached = self._status_cache.get(table.number)
        if cached is None or cached[0] != key:
            cached = (key, self._table_status(table))
            self._status_cache[table.number] = cached
        return cached[1]

    def _table_status(self, table: Table) -> TableStatus:
        game = table.game
        public = game.public_view()
        result = table.result
        fired = set(_fired(game))
        return TableStatus(
            table=table.number,
            seats=self._seat_infos(table, facilitator=True),
            round=game.round,
            deadline=game.deadline,
            current_actor=game.current_actor,
            paused=table.paused,
            proposals=[
                ProposalStatus(
                    id=p.id,
                    proposer=p.proposer,
                    package=p.package,
                    supporters=p.supporters_at_table,
                )
                for p in public.proposals
            ],
            events=[
                EventInfo(id=e.id, fired=e.id in fired, text=text_in(e.message, "nl"))
                for e in self.room.scenario.events
            ],
            outcome=result.outcome if result else None,
            outcome_round=result.round if result else None,
            package=result.package if result else None,
            integration_index=result.integration_index if result else None,
            points=result.points if result else None,
            actions=len(game.actions),
        )


def fast_deflate() -> ServerPerMessageDeflateFactory:
    """Per-message deflate at zlib level 1: views shrink about 4×, at a fifth of the CPU of
    the default level (which made compression the server's biggest cost per action)."""
    return ServerPerMessageDeflateFactory(
        server_max_window_bits=12,
        client_max_window_bits=12,
        compress_settings={"memLevel": 5, "level": 1},
    )


def _address_of(ws: ServerConnection) -> str:
    """The remote address without its port ('' when the socket does not say)."""
    remote = ws.remote_address
    if isinstance(remote, tuple) and remote:
        return str(remote[0])
    return str(remote or "")


def _fired(game: Any) -> list[str]:
    """Events fired at a table, private ones included (the facilitator may know)."""
    return [str(e.data.get("event")) for e in game.log if e.kind == "event"]


def _with_view(envelope: str, view: str) -> str:
    """Put an engine view's JSON into a message whose `view` is still `{}` (no re-parsing)."""
    head, tail = envelope.rsplit('"view":{}', 1)
    return f'{head}"view":{view}{tail}'
