"""The Game: one table from a scenario, a seed and seats; every client plays through it.

game = Game(load_scenario(path).scenario, seed=7)
me = game.current_actor
if Pass(actor=me) in game.legal_actions(me):
    for entry in game.apply(Pass(actor=me)):
        print(entry.text("nl"))
game.undo()                      # back to the start, exactly
Game.from_save(game.to_save(), game.scenario).state_hash() == game.state_hash()
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from game.engine import rules, turn
from game.engine.actions import Action, action_data
from game.engine.errors import IllegalAction, SaveError, SetupError
from game.engine.legal import LegalActions
from game.engine.log import LogEntry
from game.engine.record import (
    SAVE_FORMAT,
    SAVE_VERSION,
    SaveFile,
    canonical_json,
    check_scenario,
    kept_entry,
    parse_save,
    parse_save_text,
    scenario_hash,
    sha256,
)
from game.engine.setting import Setting
from game.engine.state import MandateState, Outcome
from game.engine.views import PlayerView, PublicView, player_view, public_view
from game.scenario.deal_rule import deal_rule
from game.scenario.model import LocalText, Scenario
from game.scenario.source import source_text
from game.scenario.space import TableData


def _check_seats(scenario: Scenario, seats: Sequence[str]) -> None:
    base = [a.id for a in scenario.actors]
    for seat in seats:
        if seat not in base:
            raise SetupError("engine.setup.unknown_seat", {"seat": seat, "known": ", ".join(base)})
    if len(set(seats)) != len(seats):
        raise SetupError("engine.setup.duplicate_seat")
    if len(seats) < 2:
        raise SetupError("engine.setup.too_few_seats")
    for required in scenario.agreement.required:
        if required in base and required not in seats:
            raise SetupError("engine.setup.required_missing", {"actor": required})
    quorum = deal_rule(scenario.agreement).quorum  # 0 under unanimity
    reachable = len(seats) + len(scenario.late_actors())
    if quorum > reachable:
        raise SetupError("engine.setup.below_quorum", {"quorum": quorum, "seats": len(seats)})


class Game:
    """A game in progress: legal actions, apply, undo, views, outcome, save and hash."""

    def __init__(self, scenario: Scenario, seed: int = 0, seats: Sequence[str] | None = None):
        chosen = tuple(seats) if seats is not None else tuple(a.id for a in scenario.actors)
        _check_seats(scenario, chosen)
        self._setting = Setting(scenario, int(seed), chosen)
        self._initial = turn.new_state(self._setting)
        self._state = self._initial.copy()
        self._actions: list[Action] = []
        self._log_before: list[int] = []  # log length just before each applied action
        self._scenario_hash: str | None = None

    # --- facts ---------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self._setting.scenario

    @property
    def seed(self) -> int:
        return self._setting.seed

    @property
    def seats(self) -> tuple[str, ...]:
        return self._setting.seats

    @property
    def round(self) -> int:
        return self._state.round

    @property
    def deadline(self) -> int:
        return self._state.deadline

    @property
    def current_actor(self) -> str | None:
        return self._state.current_actor()

    @property
    def talked(self) -> bool:
        """Whether the current actor has used its talk slot this turn."""
        return self._state.talked

    @property
    def turn(self) -> int:
        """The number of the turn being played (1-based, counted over the whole game)."""
        return self._state.turn

    @property
    def outcome(self) -> Outcome | None:
        return self._state.outcome

    @property
    def log(self) -> list[LogEntry]:
        return list(self._state.log)

    @property
    def actions(self) -> list[Action]:
        return list(self._actions)

    def at_table(self) -> list[str]:
        """Actors at the table now, in turn order."""
        return self._state.at_table()

    def status(self, actor: str) -> str:
        """'at_table', 'walked_away' or 'absent' (not seated, or not joined yet)."""
        return self._state.status[actor]

    def mandates(self) -> dict[str, MandateState]:
        """Every actor's mandate as it stands now (events and granted consultations applied),
        as copies: the debrief asks what each could still support at the end."""
        return {actor: state.copy() for actor, state in self._state.mandates.items()}

    def consulted(self) -> dict[str, list[str]]:
        """Per actor, the consultations it has used (granted or refused), in order."""
        return {actor: [*used] for actor, used in self._state.consulted.items()}

    def issue_options(self) -> dict[str, list[str]]:
        """The option ids of every issue as the table stands now (options added by events
        included), in the scenario's order."""
        return {issue: list(options) for issue, options in self._state.issues.items()}

    def is_over(self) -> bool:
        return self._state.outcome is not None

    # --- playing -------------------------------------------------------------------------
    def legal_actions(self, actor: str) -> LegalActions:
        return LegalActions(self._setting, self._state, actor)

    def why_not(self, action: Action) -> IllegalAction | None:
        return rules.check(self._setting, self._state, action)

    def apply(self, action: Action) -> list[LogEntry]:
        """Apply `action` for its actor, or raise IllegalAction; returns the new log entries."""
        problem = rules.check(self._setting, self._state, action)
        if problem is not None:
            raise problem
        self._log_before.append(len(self._state.log))
        self._actions.append(action)
        return turn.apply_action(self._setting, self._state, action)

    def undo(self, to: int | None = None) -> None:
        """Take back the last action (with all it caused), or go back to log length `to`.

        With `to`, the game returns to the latest point, after a whole action, at which the
        log was no longer than `to`. Replays from the start, so the result is exact.
        """
        if to is None:
            keep = max(len(self._actions) - 1, 0)
        else:
            after = [*self._log_before[1:], len(self._state.log)]  # log length after k actions
            keep = sum(1 for length in after if length <= to)
        self._replay(self._actions[:keep])

    def _replay(self, actions: Sequence[Action]) -> None:
        self._state = self._initial.copy()
        self._actions = []
        self._log_before = []
        for action in actions:
            self.apply(action)

    # --- what people see -----------------------------------------------------------------
    def view(self, actor: str) -> PlayerView:
        """What `actor` may know: the public table plus its own confidential information."""
        if actor not in self._state.status or self._state.status[actor] == "absent":
            raise SetupError("engine.setup.not_seated", {"actor": actor})
        return player_view(self._setting, self._state, actor)

    def public_view(self) -> PublicView:
        return public_view(self._setting, self._state)

    # --- numbers -------------------------------------------------------------------------
    def points(self, actor: str, package: Mapping[str, str]) -> float:
        """The actor's points for a package of the table as it stands now."""
        if actor not in self._state.status:
            raise SetupError("engine.setup.not_seated", {"actor": actor})
        problem = rules.package_problem(self._setting, self._state, package)
        if problem is not None:
            raise problem
        return self._state.score(actor, dict(package))

    def final_points(self) -> dict[str, float]:
        """Each actor who sat at the table: its points under the outcome (BATNA if no deal or
        if it walked away). Before the end: as if the game ended without agreement now."""
        state = self._state
        out = {}
        for actor in state.order:
            outcome = state.outcome
            if (
                outcome is not None
                and outcome.kind == "agreement"
                and outcome.package is not None
                and state.status[actor] == "at_table"
            ):
                out[actor] = state.score(actor, outcome.package)
            else:
                out[actor] = state.batna[actor]
        return out

    def table_data(self) -> TableData:
        """The table now (options added by events, actors who joined) for the scoring code."""
        state = self._state
        actors = tuple(state.order)
        return TableData(
            issues=tuple((i, tuple(o)) for i, o in state.issues.items()),
            actors=actors,
            points={a: {i: dict(state.points[a][i]) for i in state.issues} for a in actors},
            batna={a: state.batna[a] for a in actors},
        )

    # --- record --------------------------------------------------------------------------
    def scenario_hash(self) -> str:
        if self._scenario_hash is None:
            self._scenario_hash = scenario_hash(self.scenario)
        return self._scenario_hash

    def state_hash(self) -> str:
        """SHA-256 over a canonical serialisation of the whole state (log included)."""
        return sha256(
            canonical_json(
                {
                    "scenario": self.scenario_hash(),
                    "seed": self.seed,
                    "seats": list(self.seats),
                    "state": self._state.canonical(),
                }
            )
        )

    def to_save(self) -> dict[str, Any]:
        """The game's record as JSON-ready data; it keeps the scenario's text when the
        scenario was loaded from one, so it replays after that file is edited or gone."""
        kept = source_text(self.scenario)
        return {
            "format": SAVE_FORMAT,
            "version": SAVE_VERSION,
            "scenario_id": self.scenario.id,
            "scenario_hash": self.scenario_hash(),
            **({"scenario_text": dict(kept_entry(kept))} if kept is not None else {}),
            "seed": self.seed,
            "seats": list(self.seats),
            "actions": [action_data(a) for a in self._actions],
            "log": [e.canonical() for e in self._state.log],
            "state_hash": self.state_hash(),
        }

    @classmethod
    def from_save(cls, data: object, scenario: Scenario) -> Game:
        """Replay a save; SaveError (never a traceback) when it does not fit or reproduce."""
        return cls._from_save_file(parse_save(data), scenario)

    @classmethod
    def from_save_text(cls, text: str, scenario: Scenario) -> Game:
        return cls._from_save_file(parse_save_text(text), scenario)

    @classmethod
    def _from_save_file(cls, save: SaveFile, scenario: Scenario) -> Game:
        check_scenario(save, scenario)
        try:
            game = cls(scenario, seed=save.seed, seats=save.seats)
        except SetupError as error:
            raise SaveError("engine.save.bad_setup", {"reason": _both(error)}) from None
        for number, action in enumerate(save.actions, start=1):
            try:
                game.apply(action)
            except IllegalAction as error:
                raise SaveError(
                    "engine.save.illegal_action", {"number": number, "reason": _both(error)}
                ) from None
        replayed = game._state.log
        for index, stored in enumerate(save.log):
            if index >= len(replayed) or replayed[index] != stored:
                raise SaveError("engine.save.log_differs", {"index": index})
        if len(replayed) != len(save.log):
            raise SaveError("engine.save.log_differs", {"index": len(save.log)})
        if game.state_hash() != save.state_hash:
            raise SaveError(
                "engine.save.hash_differs", {"saved": save.state_hash, "found": game.state_hash()}
            )
        return game

    def clone(self) -> Game:
        """An independent copy of this game, history included."""
        other = Game.__new__(Game)
        other._setting = self._setting
        other._initial = self._initial
        other._state = self._state.copy()
        other._actions = list(self._actions)
        other._log_before = list(self._log_before)
        other._scenario_hash = self._scenario_hash
        return other


def _both(error: IllegalAction | SetupError) -> LocalText:
    return LocalText(nl=_valid_text(error.message("nl")), en=_valid_text(error.message("en")))


def _valid_text(text: str) -> str:
    """`text` without lone surrogates (a tampered save may put "\\udcff" in an id)."""
    return text.encode("utf-8", "replace").decode("utf-8")
