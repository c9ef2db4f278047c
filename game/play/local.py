"""A table on this computer: the engine, the one bot loop and the autosave, behind the port.

People send actions through `send`; the bots in the other seats play through
`game.agents.loop` (one seeding rule: the game's seed; one fallback), a whole turn at once
(`play_bots`, the terminal) or one action per call (`bot_step`, the window, which shows each
action before the next). After every change the table writes its save to the files its client
named, in the client's own format (`Autosave.document`), atomically (`game.saves`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.agents import STRATEGIES, strategies_for
from game.agents.bot import Bot, BotMove
from game.agents.loop import table_bot, turn_steps
from game.engine import Action, Game, IllegalAction, LegalActions, Outcome, PlayerView, PublicView
from game.engine.views import LogLine
from game.play.port import Refusal, SeatError, Sent, Update
from game.saves import write_atomic
from game.scenario.model import LocalText


@dataclass
class Autosave:
    """Where a local table keeps itself after every change, and in which format.

    `document` builds what is written (a client's save wraps the engine's `Game.to_save()`
    with its own keys); None writes the engine's save as it is. A failure is kept in `error`
    for the client to show, never raised: a full disk must not end the game."""

    paths: Sequence[Path]
    document: Callable[[], dict[str, Any]] | None = None
    error: str | None = None
    #: Raise a failure instead (the terminal stops with the reason rather than play unsaved).
    strict: bool = False


@dataclass
class LocalTable:
    """One local game as a `TablePort`: `people` play through `send`, bots the other seats."""

    game: Game
    people: Sequence[str]
    strategies: dict[str, str] = field(default_factory=dict)
    difficulty: str = "normal"
    autosave: Autosave | None = None
    #: Per log index of a bot's action: the bot's own reason for it (Dutch and English).
    explanations: dict[int, LocalText] = field(default_factory=dict)
    #: Whether to keep those reasons (a room, where nobody reads them, words none).
    explain: bool = True
    _bots: dict[str, Bot] = field(default_factory=dict, repr=False)
    _turn: Iterator[BotMove] | None = field(default=None, repr=False)
    _turn_at: int = field(default=-1, repr=False)
    _polled: tuple[int, int] = field(default=(0, 0), repr=False)  # log length, last line's id
    _refused: list[Refusal] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.people = tuple(self.people)
        self._polled = self._log_mark()

    # --- the port --------------------------------------------------------------------------
    @property
    def seats(self) -> tuple[str, ...]:
        return tuple(self.game.at_table())

    @property
    def mine(self) -> tuple[str, ...]:
        return tuple(self.people)

    @property
    def phrases(self) -> Mapping[str, LocalText]:
        return {phrase.id: phrase.text for phrase in self.game.scenario.phrases}

    @property
    def current_actor(self) -> str | None:
        return self.game.current_actor

    def is_over(self) -> bool:
        return self.game.is_over()

    def outcome(self) -> Outcome | None:
        return self.game.outcome

    def view(self, seat: str) -> PlayerView:
        if seat not in self.game.seats and seat not in self.game.at_table():
            raise SeatError(seat)
        return self.game.view(seat)

    def public_view(self) -> PublicView:
        return self.game.public_view()

    def legal(self, seat: str) -> LegalActions:
        return self.game.legal_actions(seat)

    def send(self, action: Action) -> Sent:
        """Apply a person's action (the engine checks it) and save; a refusal says why."""
        try:
            entries = self.game.apply(action)
        except IllegalAction as error:
            return Sent(refusal=Refusal.of(error))
        self.save()
        actor = getattr(action, "actor", None)
        return Sent(tuple(LogLine.of(e) for e in entries if e.visible_to(actor)))

    def submit(self, action: Action) -> None:
        """`send` (a local table answers at once); a refusal comes with the next `poll`."""
        sent = self.send(action)
        if sent.refusal is not None:
            self._refused.append(sent.refusal)

    def poll(self) -> Update:
        """What changed since the last poll, whoever changed the game (this table, a room's
        `act`, an undo: after one, the whole log counts as new)."""
        refused, self._refused = tuple(self._refused), []
        log = self.game.log
        (size, last), mark = self._polled, self._log_mark()
        self._polled = mark
        grown = len(log) >= size and (size == 0 or id(log[size - 1]) == last)
        since = size if grown else 0
        return Update(
            changed=mark != (size, last) or bool(refused),
            log_from=since,
            log_size=len(log),
            current_actor=self.game.current_actor,
            over=self.game.is_over(),
            refusals=refused,
        )

    def wait(self, timeout: float) -> Update:
        """Nothing changes a local table by itself: what `poll` says, at once."""
        return self.poll()

    def _log_mark(self) -> tuple[int, int]:
        log = self.game.log
        return len(log), id(log[-1]) if log else 0

    # --- the bots --------------------------------------------------------------------------
    def is_person(self, actor: str) -> bool:
        return actor in self.people

    def strategy(self, actor: str) -> str:
        """The strategy of the bot in `actor`'s seat: the one the client chose, else the
        difficulty's pick (`strategies_for`), else the scenario's suggestion."""
        if actor not in self.strategies:
            chosen = strategies_for(self.game.scenario, self.difficulty, list(self.people))
            for seat, strategy in dict(chosen).items():
                self.strategies.setdefault(seat, strategy)
        if actor not in self.strategies:
            suggested = self.game.scenario.actor(actor).strategy
            self.strategies[actor] = suggested or STRATEGIES[0]
        return self.strategies[actor]

    def bot(self, actor: str) -> Bot:
        """The bot in `actor`'s seat, made once by the one seeding rule (`table_bot`)."""
        if actor not in self._bots:
            self._bots[actor] = table_bot(self.game, actor, self.strategy(actor))
        return self._bots[actor]

    def seat_bot(self, actor: str, strategy: str) -> Bot:
        """A new bot with `strategy` in `actor`'s seat (a room fills or refills a seat)."""
        self.strategies[actor] = strategy
        self._bots.pop(actor, None)
        if self._turn is not None and self.game.current_actor == actor:
            self._turn = None  # a turn the old bot began is not the new one's
        return self.bot(actor)

    def bot_to_move(self) -> str | None:
        """The seat whose bot is to act now, or None (a person's turn, or the end)."""
        actor = self.game.current_actor
        if actor is None or self.game.is_over() or self.is_person(actor):
            return None
        return actor

    def bot_step(self) -> BotMove | None:
        """One action of the bot to move (applied, saved, its reason kept); None when no
        bot is to move."""
        actor = self.bot_to_move()
        if actor is None:
            return None
        game = self.game
        move = None
        if self._turn is not None and self._turn_at == len(game.actions):
            move = next(self._turn, None)  # the turn goes on where it was
        if move is None:  # a new turn (or the game changed under it: an undo)
            self._turn = turn_steps(game, self.bot(actor))
            move = next(self._turn, None)
        if move is None:
            return None
        self._turn_at = len(game.actions)
        self._explain(move)
        self.save()
        return move

    def play_bots(self) -> list[BotMove]:
        """Every bot turn until a person is to move or the game ends, each action saved."""
        moves = []
        while (move := self.bot_step()) is not None:
            moves.append(move)
        return moves

    def play_turn(self) -> list[BotMove]:
        """The whole turn of the bot to move (none when no bot is to move)."""
        actor = self.bot_to_move()
        turn = self.game.turn
        moves = []
        while actor is not None and self.bot_to_move() == actor and self.game.turn == turn:
            move = self.bot_step()
            if move is None:
                break
            moves.append(move)
        return moves

    def _explain(self, move: BotMove) -> None:
        """Keep the bot's reason by the log line of the action it took."""
        if not self.explain:
            return
        for entry in reversed(self.game.log):
            if entry.kind == "action" and entry.action == move.action:
                self.explanations[entry.index] = move.explanation
                return

    # --- practice and saving ---------------------------------------------------------------
    def undo(self, to: int | None = None) -> None:
        """Take actions back (practice mode): to log length `to`, or the last one."""
        self.game.undo(to=to)
        self._turn = None
        kept = len(self.game.log)
        for index in [i for i in self.explanations if i >= kept]:
            del self.explanations[index]  # in place: a client may share this dict
        self.save()

    def save(self) -> None:
        """Write the autosave (if any); a failure lands in `autosave.error`."""
        autosave = self.autosave
        if autosave is None or not autosave.paths:
            return
        data = autosave.document() if autosave.document is not None else self.game.to_save()
        try:
            for path in autosave.paths:
                write_atomic(path, data)
            autosave.error = None
        except OSError as error:
            autosave.error = str(error)
            if autosave.strict:
                raise
