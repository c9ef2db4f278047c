"""Who plays the seats nobody sits in: the strategy bots of game/agents.

Should game/agents be missing (a partial install), the engine's random legal mover
(`game.engine.random_play`) plays instead, and the seating screen says so.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from game.engine import Action, Game, Pass
from game.scenario.model import STRATEGIES, LocalText, Scenario

FALLBACK = "random"


@dataclass(frozen=True)
class BotMove:
    action: Action
    why: LocalText | None = None  # the bot's own explanation, Dutch and English


def _agents_module():
    try:
        return import_module("game.agents")
    except ImportError:
        return None


def available_strategies() -> tuple[str, ...]:
    """The strategies a seat can be given (the scenario format's list)."""
    return STRATEGIES


def real_bots() -> bool:
    """Whether game/agents offers bots (else the random mover plays)."""
    module = _agents_module()
    return module is not None and hasattr(module, "table_bot")


class SeatBot:
    """One bot seat. `step(game)` plays the next action of its turn through the one bot loop
    (`game.agents.loop`: one seeding rule, one fallback), which applies it; the window takes
    one step per frame, so each action can be shown before the next."""

    def __init__(self, actor: str, strategy: str, game: Game, lang: str = "nl") -> None:
        self.actor = actor
        self.strategy = strategy
        self.lang = lang
        self.rng = random.Random(f"{game.seed}:{actor}")
        self._agents = _agents_module() if real_bots() else None
        self.agent = None if self._agents is None else self._agents.table_bot(game, actor, strategy)
        self._turn: Iterator[Any] | None = None  # game.agents.loop.turn_steps
        self._turn_at = -1  # the number of actions in the game after this bot's last step

    def step(self, game: Game) -> BotMove:
        if self._agents is None:
            from game.engine.random_play import random_legal_action

            action = random_legal_action(game, self.actor, self.rng) or Pass(actor=self.actor)
            game.apply(action)
            return BotMove(action)
        turn_steps = self._agents.turn_steps
        move = None
        if self._turn is not None and self._turn_at == len(game.actions):
            move = next(self._turn, None)  # the turn goes on where it was
        if move is None:  # a new turn (or the game changed under it: an undo)
            self._turn = turn_steps(game, self.agent)
            move = next(self._turn, None)
        if move is None:  # not this bot's turn after all: change nothing
            raise LookupError(self.actor)
        self._turn_at = len(game.actions)
        return BotMove(move.action, move.explanation)


#: The difficulty presets of the seating screen, easiest first (game/agents' names).
LEVELS = ("easy", "normal", "hard")


def preset_strategies(scenario: Scenario, level: str, people: set[str]) -> dict[str, str]:
    """A strategy for every party nobody plays, by difficulty (`game.agents.strategies_for`);
    without game/agents, the scenario's suggestion or the integrative default."""
    module = _agents_module()
    if module is not None and hasattr(module, "strategies_for"):
        return dict(module.strategies_for(scenario, level, sorted(people)))
    return {a.id: a.strategy or "integrative" for a in scenario.all_actors() if a.id not in people}
