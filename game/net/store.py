"""Sessions, seats, action logs and results in SQLite; a restarted host rebuilds its room here.

Every applied action is written as it happens (one row, the action's JSON), so restoring a
table is replaying its actions on a fresh game with the stored seed: the engine is
deterministic, and the scenario's hash is checked first so a changed file is caught.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from game.engine import Action, IllegalAction, action_data, parse_action
from game.learning.journal import JournalError, LearningJournal
from game.net.notes import ObservationEntry, RatingEntry
from game.net.results import ResultRow, TableResult, package_text, points_text
from game.net.room import Room, Seat, Table, apply_replayed, hash_token, is_token_hash
from game.net.store_schema import (
    SCHEMA,
    SessionRow,
    StoreError,
    create_owner_only,
    local_now,
    refuse_if_not_sqlite,
    require_tables,
    session_row,
    usable,
)
from game.scenario.model import Scenario, text_in

log = logging.getLogger(__name__)


class Store:
    """One SQLite file; also the room's Recorder while a session runs."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        """Open (or, unless read_only, create) the results file. An existing file that is
        not SQLite is refused untouched; read_only never writes, not even the schema."""
        self.path = Path(path)
        refuse_if_not_sqlite(self.path)
        try:
            if read_only:
                self.db = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
                require_tables(self.db, self.path)
            else:
                create_owner_only(self.path)
                self.db = sqlite3.connect(str(self.path), isolation_level=None)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(SCHEMA)
                if not self._has_learning():  # a results file from before the column
                    self.db.execute("ALTER TABLE tables ADD COLUMN learning TEXT")
        except (sqlite3.Error, OSError) as error:
            raise StoreError("net.db_unusable", {"path": str(path), "reason": str(error)}) from None
        self.session_id = 0
        self._depth = 0

    def close(self) -> None:
        self.db.close()

    def _has_learning(self) -> bool:
        return any(row[1] == "learning" for row in self.db.execute("PRAGMA table_info(tables)"))

    # --- sessions ------------------------------------------------------------------------
    def start_session(self, room: Room) -> int:
        """Write a new session with its tables; the room records into it from now on."""
        scenario = room.scenario
        first = room.tables[0].game
        with self.atomic():
            cursor = self.db.execute(
                "INSERT INTO sessions (code, facilitator_token, scenario_path, scenario_id,"
                " scenario_hash, title, seats, started) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    room.code,
                    room.facilitator_hash,
                    room.scenario_path,
                    scenario.id,
                    first.scenario_hash(),
                    text_in(scenario.title, "nl"),
                    json.dumps(list(room.seat_ids)),
                    local_now(),
                ),
            )
            session = int(cursor.lastrowid or 0)
            for table in room.tables:
                self.db.execute(
                    "INSERT INTO tables (session_id, number, seed) VALUES (?, ?, ?)",
                    (session, table.number, table.seed),
                )
        self.session_id = session
        room.session_id = session
        room.recorder = self
        return session

    def running_session(self) -> SessionRow | None:
        """The newest session that was not ended, if any."""
        row = self.db.execute(
            "SELECT * FROM sessions WHERE ended IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return session_row(row) if row else None

    def sessions(self) -> list[SessionRow]:
        rows = self.db.execute("SELECT * FROM sessions ORDER BY id").fetchall()
        return [session_row(r) for r in rows]

    def end_session(self, session: int) -> None:
        self.db.execute("UPDATE sessions SET ended = ? WHERE id = ?", (local_now(), session))

    def restore(self, session: SessionRow, scenario: Scenario) -> Room:
        """Rebuild a session's room: seeds, seats, tokens, pauses, and every table's actions."""
        seeds = [
            int(r[0])
            for r in self.db.execute(
                "SELECT seed FROM tables WHERE session_id = ? ORDER BY number", (session.id,)
            )
        ]
        stored = session.facilitator_hash
        hashed = is_token_hash(stored)
        room = Room(
            scenario,
            session.scenario_path,
            len(seeds),
            session.seats,
            code=session.code,
            facilitator_token=None if hashed else stored,
            facilitator_hash=stored if hashed else None,
            seeds=seeds,
        )
        if room.tables and room.tables[0].game.scenario_hash() != session.scenario_hash:
            raise StoreError("net.scenario_changed", {"path": session.scenario_path})
        for table in room.tables:
            self._restore_table(session.id, table)
        clear = []  # seats stored with the token itself (a file from before hashing)
        for row in self.db.execute(
            "SELECT table_no, actor, holder, player, token, strategy, last_seq FROM seats"
            " WHERE session_id = ?",
            (session.id,),
        ).fetchall():
            stored_token = row[4]
            if stored_token and not is_token_hash(stored_token):
                stored_token = hash_token(stored_token)
                clear.append(int(row[0]))
            seat = Seat(
                row[1], row[2], row[3], token_hash=stored_token, strategy=row[5],
                last_seq=int(row[6]),
            )  # fmt: skip
            room.restore_seat(int(row[0]), seat)
        self._restore_partners(session.id, room)
        room.observations = {
            (o.table, o.observer, o.week): o for o in self.observations(session.id)
        }
        room.ratings = {r.key: r for r in self.ratings(session.id)}
        room.session_id = session.id
        room.recorder = self
        self.session_id = session.id
        with self.atomic():  # from now on the file holds hashes only
            if not hashed:
                self.record_facilitator(room)
            for number in clear:
                for seat in room.table(number).seats.values():
                    self.record_seat(number, seat)
        return room

    def _restore_partners(self, session: int, room: Room) -> None:
        """Put every duo's second person back on its seat, with its token's hash."""
        if not self._has("partners"):
            return
        for number, actor, player, token, last_seq in self.db.execute(
            "SELECT table_no, actor, player, token, last_seq FROM partners WHERE session_id = ?",
            (session,),
        ).fetchall():
            seat = room.table(int(number)).seats.get(actor)
            if seat is None or seat.holder != "human":
                continue
            seat.partner, seat.partner_token_hash, seat.partner_seq = player, token, int(last_seq)
            room.restore_seat(int(number), seat)

    def _has(self, name: str) -> bool:
        """Whether the file has this table (a file from before the kit lacks the new ones;
        read-only, it stays without them)."""
        row = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return row is not None

    def record_facilitator(self, room: Room) -> None:
        """Store the hash of the room's (new) facilitator token."""
        self.db.execute(
            "UPDATE sessions SET facilitator_token = ? WHERE id = ?",
            (room.facilitator_hash, room.session_id),
        )

    def _restore_table(self, session: int, table: Table) -> None:
        paused, result = self.db.execute(
            "SELECT paused, result FROM tables WHERE session_id = ? AND number = ?",
            (session, table.number),
        ).fetchone()
        actions = [
            parse_action(usable(json.loads(r[0])))
            for r in self.db.execute(
                "SELECT action FROM actions WHERE session_id = ? AND table_no = ? ORDER BY number",
                (session, table.number),
            )
        ]
        try:
            apply_replayed(table, actions)
        except IllegalAction as error:
            raise StoreError(
                "net.replay_failed", {"table": table.number, "reason": error.message("en")}
            ) from None
        table.paused = bool(paused)
        if result:
            table.result = TableResult.from_json(json.loads(result))
        journal = self.journal(session, table.number)
        if journal is not None:
            table.journal = journal

    # --- the room's Recorder -------------------------------------------------------------
    def record_action(self, table: int, number: int, action: Action) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO actions (session_id, table_no, number, action)"
            " VALUES (?, ?, ?, ?)",
            (self.session_id, table, number, json.dumps(action_data(action))),
        )

    def record_seat(self, table: int, seat: Seat) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO seats (session_id, table_no, actor, holder, player, token,"
            " strategy, last_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.session_id,
                table,
                seat.actor,
                seat.holder,
                seat.player,
                seat.token_hash,
                seat.strategy,
                seat.last_seq,
            ),
        )
        if seat.partner is None:
            self.db.execute(
                "DELETE FROM partners WHERE session_id = ? AND table_no = ? AND actor = ?",
                (self.session_id, table, seat.actor),
            )
        else:
            self.db.execute(
                "INSERT OR REPLACE INTO partners (session_id, table_no, actor, player, token,"
                " last_seq) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    self.session_id,
                    table,
                    seat.actor,
                    seat.partner,
                    seat.partner_token_hash,
                    seat.partner_seq,
                ),
            )

    def record_observation(self, entry: ObservationEntry) -> None:
        marks = {actor: list(seen) for actor, seen in entry.marks.items()}
        self.db.execute(
            "INSERT OR REPLACE INTO observations (session_id, table_no, observer, week, marks,"
            " note) VALUES (?, ?, ?, ?, ?, ?)",
            (
                self.session_id,
                entry.table,
                entry.observer,
                entry.week,
                json.dumps(marks),
                entry.note,
            ),
        )

    def record_rating(self, entry: RatingEntry) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO ratings (session_id, table_no, actor, player, moment, ratings,"
            " skipped) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                self.session_id,
                entry.table,
                entry.actor or "",
                entry.player,
                entry.moment,
                json.dumps(entry.ratings),
                int(entry.skipped),
            ),
        )

    def record_table(self, table: Table) -> None:
        result = json.dumps(table.result.to_json()) if table.result is not None else None
        save = json.dumps(table.game.to_save()) if table.game.is_over() else None
        self.db.execute(
            "UPDATE tables SET paused = ?, result = ?, save = COALESCE(?, save)"
            " WHERE session_id = ? AND number = ?",
            (int(table.paused), result, save, self.session_id, table.number),
        )

    def record_learning(self, table: Table) -> None:
        self.db.execute(
            "UPDATE tables SET learning = ? WHERE session_id = ? AND number = ?",
            (json.dumps(table.journal.to_data()), self.session_id, table.number),
        )

    def record_end(self) -> None:
        self.end_session(self.session_id)

    # --- reading results -----------------------------------------------------------------
    def result_rows(self, session: int | None = None) -> list[ResultRow]:
        """One row per table (of one session, or of all), oldest session first."""
        query = (
            "SELECT s.id, s.code, s.scenario_id, s.started, t.number, t.result,"
            " (SELECT COUNT(*) FROM actions a WHERE a.session_id = s.id AND a.table_no = t.number)"
            " FROM sessions s JOIN tables t ON t.session_id = s.id"
        )
        params: tuple[object, ...] = ()
        if session is not None:
            query += " WHERE s.id = ?"
            params = (session,)
        rows = []
        for sid, code, scenario, started, number, result, count in self.db.execute(
            query + " ORDER BY s.id, t.number", params
        ):
            parsed = TableResult.from_json(json.loads(result)) if result else None
            rows.append(
                ResultRow(
                    session=int(sid),
                    code=code,
                    scenario=scenario,
                    started=started,
                    table=int(number),
                    outcome=parsed.outcome if parsed else "open",
                    round=parsed.round if parsed else None,
                    integration_index=parsed.integration_index if parsed else None,
                    pareto_optimal=parsed.pareto_optimal if parsed else None,
                    nash_ratio=parsed.nash_ratio if parsed else None,
                    fairness=parsed.fairness if parsed else None,
                    package=package_text(parsed.package) if parsed else "",
                    points=points_text(parsed.points) if parsed else "",
                    actions=int(count),
                )
            )
        return rows

    def players(self, session: int) -> dict[int, dict[str, str | None]]:
        """Who played each seat of a session's tables (a duo's two names joined)."""
        out: dict[int, dict[str, str | None]] = {}
        for number, actor, holder, player in self.db.execute(
            "SELECT table_no, actor, holder, player FROM seats WHERE session_id = ?", (session,)
        ).fetchall():
            out.setdefault(int(number), {})[str(actor)] = player if holder == "human" else None
        if self._has("partners"):
            for number, actor, partner in self.db.execute(
                "SELECT table_no, actor, player FROM partners WHERE session_id = ?", (session,)
            ).fetchall():
                seats = out.setdefault(int(number), {})
                first = seats.get(str(actor))
                seats[str(actor)] = f"{first} & {partner}" if first else str(partner)
        return out

    def observations(self, session: int) -> list[ObservationEntry]:
        """Every observation form of a session, by table, observer and week."""
        if not self._has("observations"):
            return []
        rows = self.db.execute(
            "SELECT table_no, observer, week, marks, note FROM observations WHERE session_id = ?"
            " ORDER BY table_no, observer, week",
            (session,),
        ).fetchall()
        out = []
        for number, observer, week, marks, note in rows:
            seen = {str(a): tuple(str(b) for b in v) for a, v in json.loads(marks).items()}
            out.append(ObservationEntry(int(number), str(observer), int(week), seen, str(note)))
        return out

    def ratings(self, session: int) -> list[RatingEntry]:
        """Every self-rating of a session."""
        if not self._has("ratings"):
            return []
        rows = self.db.execute(
            "SELECT table_no, actor, player, moment, ratings, skipped FROM ratings"
            " WHERE session_id = ? ORDER BY table_no, actor, player, moment",
            (session,),
        ).fetchall()
        return [
            RatingEntry(
                int(number),
                str(actor) or None,
                str(player),
                str(moment),
                {str(g): int(v) for g, v in json.loads(ratings).items()},
                bool(skipped),
            )
            for number, actor, player, moment, ratings, skipped in rows
        ]

    def saved_game(self, session: int, table: int) -> dict[str, object] | None:
        row = self.db.execute(
            "SELECT save FROM tables WHERE session_id = ? AND number = ?", (session, table)
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def journal(self, session: int, table: int) -> LearningJournal | None:
        """The table's reflection answers and guesses; None when it has none (or the file is
        from before they were kept). A journal that does not read is left out, with a
        warning: it must not keep the games themselves from coming back."""
        if not self._has_learning():
            return None
        row = self.db.execute(
            "SELECT learning FROM tables WHERE session_id = ? AND number = ?", (session, table)
        ).fetchone()
        if not row or not row[0]:
            return None
        try:
            return LearningJournal.from_data(usable(json.loads(row[0])))
        except (ValueError, JournalError) as error:
            log.warning("table %s: its learning journal is unreadable (%s)", table, error)
            return None

    # --- one step ------------------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Everything written inside is kept together or not at all (one transaction; an
        inner `atomic` joins the outer one). A failed commit is rolled back and raised."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.db.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
