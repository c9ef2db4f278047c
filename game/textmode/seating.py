"""Who sits where: the people at the keyboard (from --role) and the bots in the other seats.

The bots come from game/agents (`strategies_for`, and `table_bot`, `play_turn` of the one bot
loop); this module only asks them for their strategies and keeps one bot per seat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from types import ModuleType

from game.engine import Game
from game.scenario.model import Scenario, text_in

ALL_ROLES = "all"
DIFFICULTIES = ("easy", "normal", "hard")


class SeatingError(Exception):
    """The roles asked for do not fit the scenario; carries a catalogue key and values."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(key)


def parse_roles(spec: str, scenario: Scenario) -> list[str]:
    """The actor ids a --role value names ('all', one id, or ids separated by commas)."""
    base = [a.id for a in scenario.actors]
    if spec.strip().lower() == ALL_ROLES:
        return base
    wanted = [part.strip() for part in spec.split(",") if part.strip()]
    if not wanted:
        raise SeatingError("textmode.role.empty", known=", ".join(base))
    for actor in wanted:
        if actor not in base:
            raise SeatingError("textmode.role.unknown", role=actor, known=", ".join(base))
    if len(set(wanted)) != len(wanted):
        raise SeatingError("textmode.role.twice")
    return [a for a in base if a in wanted]  # in the scenario's order


def actor_label(scenario: Scenario, actor: str, lang: str) -> str:
    found = scenario.actor(actor)
    return f"{text_in(found.name, lang)} — {text_in(found.role, lang)}"


def agents() -> ModuleType:
    """game.agents; SeatingError when the bots are not installed in this copy of the game."""
    try:
        module = import_module("game.agents")
    except ImportError:
        raise SeatingError("textmode.bots.missing") from None
    for name in ("table_bot", "play_turn", "strategies_for"):
        if not hasattr(module, name):
            raise SeatingError("textmode.bots.missing")
    return module


class BotSeats:
    """One bot for every seat no person takes, made on first use (late actors too)."""

    def __init__(
        self, game: Game, humans: Sequence[str], difficulty: str, strategies: dict[str, str]
    ) -> None:
        self.game = game
        self.humans = list(humans)
        self.difficulty = difficulty
        self.strategies = dict(strategies)
        self._module: ModuleType | None = None
        self._bots: dict[str, object] = {}

    @property
    def _agents(self) -> ModuleType:
        if self._module is None:
            self._module = agents()
        return self._module

    def strategy(self, actor: str) -> str:
        if actor not in self.strategies:
            chosen = self._agents.strategies_for(self.game.scenario, self.difficulty, self.humans)
            for seat, strategy in dict(chosen).items():
                self.strategies.setdefault(seat, strategy)
        if actor not in self.strategies:
            scenario_choice = self.game.scenario.actor(actor).strategy
            self.strategies[actor] = scenario_choice or self._agents.STRATEGIES[0]
        return self.strategies[actor]

    def bot(self, actor: str) -> object:
        if actor not in self._bots:
            self._bots[actor] = self._agents.table_bot(self.game, actor, self.strategy(actor))
        return self._bots[actor]

    def play_turn(self, actor: str, after_action: Callable[[], None] | None = None) -> list:
        """Let the bot in `actor`'s seat play its whole turn; its moves with explanations.

        `after_action` runs after each action the bot makes (the session saves there)."""
        return list(self._agents.play_turn(self.game, self.bot(actor), after_action))
