"""The room without the sockets: tables with a game each, seats, tokens, bots, pauses.

Everything a client may change goes through here, so the same checks hold whether a move
comes from a trainee's laptop, a bot on the host, or a test. A `Recorder` (the SQLite store)
is told about every change as it happens, so a restarted host can rebuild the room.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import random
import secrets
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from pydantic import ValidationError

from game.agents.loop import fallback_action
from game.engine import Action, EngineError, ExtendDeadline, Game, parse_action
from game.engine import FireEvent as EngineFireEvent
from game.learning.journal import LearningJournal
from game.net.notes import ObservationEntry, RatingEntry, check_observation, check_rating
from game.net.seat import Seat
from game.play.local import LocalTable
from game.scenario.model import Scenario, text_in

log = logging.getLogger("omgevingstafel.net")

#: Letters for room codes: no 0/O, 1/I/L, so a code read aloud is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
#: The strategy a bot gets when neither the facilitator nor the scenario names one.
DEFAULT_DIFFICULTY = "normal"


class Refusal(EngineError):
    """A room-level "no" (not your seat, table paused, …) with a catalogue key."""


def new_code(rng: random.Random | None = None) -> str:
    pick = (rng or secrets.SystemRandom()).choice
    return "".join(pick(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_token() -> str:
    """128 random bits as hex: safe on a command line (never starts with '-') and in a URL."""
    return secrets.token_hex(16)


def hash_token(token: str) -> str:
    """What the room keeps of a token: its SHA-256 (hex). A token is 128 random bits, so a
    plain hash without salt cannot be turned back into it; who reads the results file
    learns no token that works."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def is_token_hash(value: str) -> bool:
    """Whether a stored value is a token's hash (64 hex digits) rather than a token itself
    (files from before tokens were hashed hold the 24-digit tokens themselves)."""
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


class Recorder(Protocol):
    """What the room tells its store (game.net.store.Store implements it)."""

    def atomic(self) -> AbstractContextManager[None]: ...
    def record_action(self, table: int, number: int, action: Action) -> None: ...
    def record_seat(self, table: int, seat: Seat) -> None: ...
    def record_table(self, table: Table) -> None: ...
    def record_learning(self, table: Table) -> None: ...
    def record_end(self) -> None: ...
    def record_observation(self, entry: ObservationEntry) -> None: ...
    def record_rating(self, entry: RatingEntry) -> None: ...


@dataclass
class Table:
    """One table of the room: its game, its seats and whether the facilitator paused it."""

    number: int
    seed: int
    game: Game
    seats: dict[str, Seat]
    paused: bool = False
    result: Any = None  # game.net.results.TableResult once the game is over
    #: Reflection answers and priority guesses of its players (game/net/learning.py)
    journal: LearningJournal = field(default_factory=LearningJournal)
    #: The game as a local table: its bot seats play through it (the one bot loop, the one
    #: seeding rule), as they do in the window and the terminal. The room decides which
    #: seats are bots (`Seat.holder`); people's actions come in through `Room.act`.
    local: LocalTable = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.local = LocalTable(self.game, people=(), explain=False)

    def sync_seats(self) -> None:
        """Give a seat to every actor who joined the table later (a stakeholder event)."""
        for actor in self.game.at_table():
            if actor not in self.seats:
                self.seats[actor] = Seat(actor)

    def holder_of(self, actor: str | None) -> Seat | None:
        return self.seats.get(actor) if actor is not None else None


class Room:
    """A session: one scenario, N tables, a code for trainees and a token for the facilitator."""

    def __init__(
        self,
        scenario: Scenario,
        scenario_path: str,
        tables: int,
        seats: Sequence[str] | None = None,
        *,
        code: str | None = None,
        facilitator_token: str | None = None,
        facilitator_hash: str | None = None,
        seed: int | None = None,
        seeds: Sequence[int] | None = None,
        recorder: Recorder | None = None,
    ) -> None:
        self.scenario = scenario
        self.scenario_path = scenario_path
        self.seat_ids = tuple(seats) if seats else tuple(a.id for a in scenario.actors)
        self.code = code or new_code()
        if facilitator_hash is not None and facilitator_token is None:
            # restored from the store, which keeps the hash only: the host finds the token
            # in its token file or issues a new one (new_facilitator_token)
            self.facilitator_token: str | None = None
            self.facilitator_hash = facilitator_hash
        else:
            self.facilitator_token = facilitator_token or new_token()
            self.facilitator_hash = hash_token(self.facilitator_token)
        base = seed if seed is not None else secrets.randbelow(1_000_000)
        numbers = list(seeds) if seeds is not None else [base + n for n in range(tables)]
        self.tables: list[Table] = []
        for number, table_seed in enumerate(numbers, start=1):
            game = Game(scenario, seed=table_seed, seats=self.seat_ids)
            seats_of = {actor: Seat(actor) for actor in game.at_table()}
            self.tables.append(Table(number, table_seed, game, seats_of))
        self.ended = False
        self.session_id = 0
        self.recorder = recorder
        self._tokens: dict[str, tuple[int, str]] = {}
        self.observations: dict[tuple[int, str, int], ObservationEntry] = {}
        self.ratings: dict[tuple[int, str, str, str], RatingEntry] = {}

    # --- looking things up ---------------------------------------------------------------
    @property
    def seeds(self) -> list[int]:
        return [table.seed for table in self.tables]

    def table(self, number: int) -> Table:
        if 1 <= number <= len(self.tables):
            return self.tables[number - 1]
        raise Refusal("net.unknown_table", {"table": number, "count": len(self.tables)})

    def by_token(self, token: str) -> tuple[Table, Seat] | None:
        digest = hash_token(token)
        found = self._tokens.get(digest)
        if found is None:
            return None
        table = self.table(found[0])
        seat = table.seats.get(found[1])
        if seat is None or not (
            hmac.compare_digest(seat.token_hash or "", digest) or seat.is_partner(digest)
        ):
            return None
        return table, seat

    def facilitator_ok(self, token: str) -> bool:
        return hmac.compare_digest(hash_token(token), self.facilitator_hash)

    def new_facilitator_token(self) -> str:
        """A fresh facilitator token (the old one stops working); the caller stores its hash."""
        self.facilitator_token = new_token()
        self.facilitator_hash = hash_token(self.facilitator_token)
        return self.facilitator_token

    def actor_name(self, actor: str, lang: str = "nl") -> str:
        for known in self.scenario.actors:
            if known.id == actor:
                return text_in(known.name, lang)
        return actor

    # --- seats ---------------------------------------------------------------------------
    def take_seat(self, number: int, actor: str, player: str) -> Seat:
        """Give a free seat to a person; returns the seat with its new token."""
        self._open()
        table = self.table(number)
        table.sync_seats()
        seat = table.seats.get(actor)
        if seat is None:
            raise Refusal("net.unknown_seat", {"actor": actor, "table": number})
        if seat.holder != "free":
            raise Refusal("net.seat_taken", {"actor": self.actor_name(actor), "table": number})
        with self._step(table):
            seat.holder, seat.player = "human", player
            seat.strategy, seat.bot, seat.last_seq = None, None, 0
            self._issue_token(number, seat)
            self._record_seat(table, seat)
        return seat

    def resume(self, token: str) -> tuple[Table, Seat] | None:
        """The seat of `token` with a fresh token (the one given stops working), or None."""
        found = self.by_token(token)
        if found is None:
            return None
        table, seat = found
        partner = seat.is_partner(hash_token(token))
        with self._step(table):
            if partner:
                self._issue_partner_token(table.number, seat)
            else:
                self._issue_token(table.number, seat)
            self._record_seat(table, seat)
        return found

    def _issue_token(self, number: int, seat: Seat) -> None:
        if seat.token_hash is not None:
            self._tokens.pop(seat.token_hash, None)
        seat.token = new_token()
        seat.token_hash = hash_token(seat.token)
        self._tokens[seat.token_hash] = (number, seat.actor)

    def _issue_partner_token(self, number: int, seat: Seat) -> None:
        if seat.partner_token_hash is not None:
            self._tokens.pop(seat.partner_token_hash, None)
        seat.partner_token = new_token()
        seat.partner_token_hash = hash_token(seat.partner_token)
        self._tokens[seat.partner_token_hash] = (number, seat.actor)

    def share_seat(self, number: int, actor: str, player: str) -> Seat:
        """Make a person the second of a duo at a seat a person holds; the seat with the
        partner's new token (`partner_token`). Both may act for the seat from now on."""
        self._open()
        table = self.table(number)
        seat = table.seats.get(actor)
        if seat is None:
            raise Refusal("net.unknown_seat", {"actor": actor, "table": number})
        if seat.holder != "human":
            raise Refusal("kit.not_shared", {"actor": self.actor_name(actor), "table": number})
        if seat.partner is not None:
            raise Refusal("kit.duo_full", {"actor": self.actor_name(actor), "table": number})
        with self._step(table):
            seat.partner, seat.partner_seq = player, 0
            self._issue_partner_token(number, seat)
            self._record_seat(table, seat)
        return seat

    def leave(self, token: str) -> tuple[Table, Seat] | None:
        found = self.by_token(token)
        if found is None:
            return None
        table, seat = found
        digest = hash_token(token)
        with self._step(table):
            self._tokens.pop(digest, None)
            if seat.is_partner(digest):
                seat.drop_partner()
            elif seat.partner is not None:  # the partner goes on alone at the seat
                seat.player, seat.last_seq = seat.partner, seat.partner_seq
                seat.token, seat.token_hash = seat.partner_token, seat.partner_token_hash
                seat.drop_partner()
            else:
                seat.holder, seat.player, seat.last_seq = "free", None, 0
                seat.token = seat.token_hash = None
            self._record_seat(table, seat)
        return found

    def free_seat(self, number: int, actor: str) -> tuple[Table, frozenset[str]]:
        """Empty a seat (person, duo or bot); returns the table and the hashes of the tokens
        that stopped working."""
        self._open()
        table = self.table(number)
        seat = table.seats.get(actor)
        if seat is None:
            raise Refusal("net.unknown_seat", {"actor": actor, "table": number})
        freed = frozenset(h for h in (seat.token_hash, seat.partner_token_hash) if h)
        with self._step(table):
            for digest in freed:
                self._tokens.pop(digest, None)
            seat.holder, seat.player, seat.strategy = "free", None, None
            seat.token = seat.token_hash = None
            seat.bot, seat.last_seq = None, 0
            seat.drop_partner()
            self._record_seat(table, seat)
        return table, freed

    def restore_seat(self, number: int, seat: Seat) -> None:
        """Put back a seat as the store kept it (after a restart)."""
        table = self.table(number)
        table.seats[seat.actor] = seat
        if seat.holder == "human" and seat.token_hash:
            self._tokens[seat.token_hash] = (number, seat.actor)
        if seat.holder == "human" and seat.partner_token_hash:
            self._tokens[seat.partner_token_hash] = (number, seat.actor)
        if seat.holder == "bot":
            seat.bot = make_seat_bot(table, seat.actor, seat.strategy)

    def fill_bots(self, number: int | None = None, strategy: str | None = None) -> list[Table]:
        """Bots on every free seat of one table (or all tables); returns the tables changed."""
        self._open()
        if strategy is not None:
            from game.agents import STRATEGIES

            if strategy not in STRATEGIES:
                raise Refusal("net.unknown_strategy", {"strategy": strategy})
        tables = [self.table(number)] if number is not None else self.tables
        changed = []
        for table in tables:
            table.sync_seats()
            free = [s for s in table.seats.values() if s.holder == "free"]
            if not free:
                continue
            chosen = bot_strategies(self.scenario, table, strategy)
            with self._step(table):
                for seat in free:
                    seat.holder, seat.strategy = "bot", chosen[seat.actor]
                    seat.player = None
                    seat.bot = make_seat_bot(table, seat.actor, seat.strategy)
                    self._record_seat(table, seat)
            changed.append(table)
        return changed

    # --- playing -------------------------------------------------------------------------
    def act(self, token: str, seq: int, data: dict[str, Any]) -> tuple[Table, Seat, bool]:
        """Apply one action for the seat of `token`; returns (table, seat, applied?).

        A `seq` already applied returns applied=False (a resend after a reconnect).
        Raises Refusal or IllegalAction with the reason."""
        found = self.by_token(token)
        if found is None:
            raise Refusal("net.no_seat")
        table, seat = found
        partner = seat.is_partner(hash_token(token))
        if seq <= (seat.partner_seq if partner else seat.last_seq):
            return table, seat, False
        try:
            action = parse_action(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise Refusal("net.bad_action", {"detail": f"{where}: {first['msg']}"}) from None
        if action.actor != seat.actor:
            raise Refusal("net.not_your_seat", {"actor": self.actor_name(seat.actor)})
        self._playable(table)
        with self._step(table):
            self._apply(table, action)
            if partner:
                seat.partner_seq = seq
            else:
                seat.last_seq = seq
            self._record_seat(table, seat)
        return table, seat, True

    def bot_to_move(self, table: Table) -> Seat | None:
        """The bot seat whose turn it is at this table, if the table may play on."""
        if self.ended or table.paused or table.game.is_over():
            return None
        seat = table.holder_of(table.game.current_actor)
        if seat is None or seat.holder != "bot" or seat.bot is None:
            return None
        return seat

    def play_bot(self, table: Table) -> int:
        """Let the bot whose turn it is play its whole turn; returns the actions it took."""
        seat = self.bot_to_move(table)
        if seat is None:
            return 0
        game = table.game
        before = len(game.actions)
        with self._step(table):
            try:
                table.local.play_turn()  # the one bot loop: ends with a move, or its fallback
            except Exception:  # a bot with a bug ends its turn plainly
                log.exception("the bot for %s at table %s stumbled", seat.actor, table.number)
                finish_turn(game, seat.actor)
            for number, action in enumerate(game.actions[before:], start=before + 1):
                self._after_action(table, number, action)
        return len(game.actions) - before

    def pause(self, number: int, paused: bool) -> Table:
        table = self.table(number)
        with self._step(table):
            table.paused = paused
            self._record_table(table)
        return table

    # Facilitator actions go through the engine like any other, so they are in the record,
    # replay after a restart and show in every player's log.
    can_fire_events = True
    can_extend_deadline = True

    def fire_event(self, number: int, event: str) -> Table:
        """Fire one of the scenario's events at a table now, whatever its trigger says."""
        self._open()
        table = self.table(number)
        if event not in {e.id for e in self.scenario.events}:
            raise Refusal("net.unknown_event", {"event": event})
        with self._step(table):
            self._apply(table, EngineFireEvent(event=event))
        return table

    def extend_deadline(self, number: int, rounds: int) -> Table:
        """Give a table more rounds."""
        self._open()
        table = self.table(number)
        with self._step(table):
            self._apply(table, ExtendDeadline(rounds=rounds))
        return table

    # --- the facilitator's kit: observation forms and self-assessments --------------------
    def observe(
        self,
        number: int,
        observer: str,
        week: int,
        marks: dict[str, list[str]],
        note: str,
    ) -> ObservationEntry:
        """Keep an observer's form for one week at a table (a week sent again replaces it)."""
        table = self.table(number)
        entry = check_observation(table, number, observer, week, marks, note)
        with self._step(table):
            if self.recorder is not None:
                self.recorder.record_observation(entry)
        self.observations[(number, observer, week)] = entry
        return entry

    def rate_self(
        self,
        number: int,
        actor: str | None,
        player: str,
        moment: str,
        ratings: dict[str, int],
        skipped: bool,
    ) -> RatingEntry:
        """Keep a trainee's self-assessment at the start or the end (again: replaces it)."""
        table = self.table(number)
        entry = check_rating(self.scenario, number, actor, player, moment, ratings, skipped)
        with self._step(table):
            if self.recorder is not None:
                self.recorder.record_rating(entry)
        self.ratings[entry.key] = entry
        return entry

    def end(self) -> None:
        if not self.ended:
            self.ended = True
            if self.recorder is not None:
                self.recorder.record_end()

    # --- inside --------------------------------------------------------------------------
    @contextlib.contextmanager
    def _step(self, table: Table) -> Iterator[None]:
        """One change to a table, applied and recorded together or not at all.

        The store writes the change in one transaction; when anything inside fails (a rule,
        the disk, a bug), the transaction is rolled back and the table is put back as it was
        (its game, seats, tokens, result and pause), so memory never runs ahead of the
        record and nothing half-done is acknowledged."""
        game = table.game
        before = len(game.actions)
        seats = {actor: replace(seat) for actor, seat in table.seats.items()}
        tokens = dict(self._tokens)
        result, paused = table.result, table.paused
        try:
            if self.recorder is None:
                yield
            else:
                with self.recorder.atomic():
                    yield
        except BaseException:
            while len(game.actions) > before:
                game.undo()
            for actor in [a for a in table.seats if a not in seats]:
                del table.seats[actor]
            for actor, saved in seats.items():
                if actor in table.seats:
                    vars(table.seats[actor]).update(vars(saved))
                else:
                    table.seats[actor] = saved
            self._tokens = tokens
            table.result, table.paused = result, paused
            raise

    def _open(self) -> None:
        if self.ended:
            raise Refusal("net.session_ended")

    def _playable(self, table: Table) -> None:
        self._open()
        if table.paused:
            raise Refusal("net.paused", {"table": table.number})

    def _apply(self, table: Table, action: Action) -> None:
        game = table.game
        game.apply(action)  # IllegalAction goes to the caller as the reason
        self._after_action(table, len(game.actions), action)

    def _after_action(self, table: Table, number: int, action: Action) -> None:
        if self.recorder is not None:
            self.recorder.record_action(table.number, number, action)
        table.sync_seats()
        if table.game.is_over() and table.result is None:
            from game.net.results import table_result

            table.result = table_result(table.game)
            self._record_table(table)

    def _record_seat(self, table: Table, seat: Seat) -> None:
        if self.recorder is not None:
            self.recorder.record_seat(table.number, seat)

    def record_learning(self, table: Table) -> None:
        """Keep the table's journal (a reflection answer or a guess sheet was just added)."""
        if self.recorder is not None:
            with self.recorder.atomic():
                self.recorder.record_learning(table)

    def _record_table(self, table: Table) -> None:
        if self.recorder is not None:
            self.recorder.record_table(table)


def bot_strategies(scenario: Scenario, table: Table, strategy: str | None) -> dict[str, str]:
    """A strategy for every seat of the table: the one asked for, else the scenario's own."""
    if strategy is not None:
        return dict.fromkeys(table.seats, strategy)
    from game.agents import strategies_for

    humans = [a for a, s in table.seats.items() if s.holder == "human"]
    chosen = dict(strategies_for(scenario, DEFAULT_DIFFICULTY, humans))
    fallback = next(iter(chosen.values()), "reciprocal")
    return {actor: chosen.get(actor, fallback) for actor in table.seats}


def make_seat_bot(table: Table, actor: str, strategy: str | None) -> object:
    """The seat's bot in the table's local table, by the one seeding rule
    (`game.agents.loop.table_bot`), so a room table filled with bots plays the game
    `simulate` plays for the same seed."""
    return table.local.seat_bot(actor, strategy or "reciprocal")


def finish_turn(game: Game, actor: str) -> None:
    """End `actor`'s turn plainly if it is still going, by the one bot loop's fallback
    (`game.agents.loop.fallback_action`: a pass, else the first legal action)."""
    while not game.is_over() and game.current_actor == actor:
        game.apply(fallback_action(game, actor))


def apply_replayed(table: Table, actions: Sequence[Action]) -> None:
    """Replay stored actions on a fresh table game (restore after a restart)."""
    for action in actions:
        table.game.apply(action)
    table.sync_seats()
