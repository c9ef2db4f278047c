"""What the room server does with each client message: join, resume, seats, actions,
learning answers, the facilitator's commands and kit.

A mixin of `RoomServer` (game/net/server.py), which holds the connections and the room.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from game.net import learning
from game.net.class_board import ClassBoard, class_board
from game.net.connection import Connection
from game.net.protocol import (
    FACILITATOR_TYPES,
    Act,
    BoardData,
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
    Noted,
    Observe,
    PauseTable,
    RateSelf,
    Reflect,
    Resume,
    ResumeTable,
    Seated,
    SessionEnded,
    ShareSeat,
    TableSave,
    TakeSeat,
    Watch,
    encode,
)
from game.net.room import Refusal, Seat, Table, hash_token
from game.scenario.model import LocalText

log = logging.getLogger("omgevingstafel.net")


class RequestHandlers:
    """The server's answer to each kind of client message."""

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
        elif isinstance(message, Reflect | Guess):
            self._learning(conn, message)
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
        conn.log_seen, conn.sent, conn.debriefed = -1, {}, False
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

    def _learning(self, conn: Connection, message: Reflect | Guess) -> None:
        """A reflection answer or a guess sheet: kept in the table's journal; the player gets
        its view without the prompt (and, after the end guesses, its debrief again)."""
        found = self.room.by_token(conn.token) if conn.token is not None else None
        if found is None:
            raise Refusal("net.no_seat")
        table, seat = found
        if isinstance(message, Reflect):
            learning.record_reflection(table, seat.actor, message.moment, message.text)
        else:
            learning.record_guesses(
                table, seat.actor, message.moment, dict(message.picks), message.skip
            )
            conn.debriefed = False
        self.room.record_learning(table)
        self._send_update(conn, table, None)

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
                learning=None if table.journal.is_empty() else table.journal.to_data(),
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
