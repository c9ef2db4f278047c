"""Who plays the seats nobody sits in: the strategy bots of game/agents.

Should game/agents be missing (a partial install), the engine's random legal mover
(`game.engine.random_play`) plays instead, and the seating screen says so.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from importlib import import_module

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
    return module is not None and hasattr(module, "make_bot")


class SeatBot:
    """One bot seat; `move(game)` gives its next action with an explanation when it has one."""

    def __init__(self, actor: str, strategy: str, seed: int, lang: str = "nl") -> None:
        self.actor = actor
        self.strategy = strategy
        self.lang = lang
        self.rng = random.Random(f"{seed}:{actor}")
        module = _agents_module()
        self.agent = None
        if module is not None and hasattr(module, "make_bot"):
            self.agent = module.make_bot(actor, strategy, seed)

    def move(self, game: Game) -> BotMove:
        if self.agent is not None:
            choice = self.agent.act(game.view(self.actor), game.legal_actions(self.actor))
            return BotMove(choice.action, choice.explanation)
        from game.engine.random_play import random_legal_action

        action = random_legal_action(game, self.actor, self.rng)
        return BotMove(action or Pass(actor=self.actor))


#: The difficulty presets of the seating screen, easiest first (game/agents' names).
LEVELS = ("easy", "normal", "hard")


def preset_strategies(scenario: Scenario, level: str, people: set[str]) -> dict[str, str]:
    """A strategy for every party nobody plays, by difficulty (`game.agents.strategies_for`);
    without game/agents, the scenario's suggestion or the integrative default."""
    module = _agents_module()
    if module is not None and hasattr(module, "strategies_for"):
        return dict(module.strategies_for(scenario, level, sorted(people)))
    return {a.id: a.strategy or "integrative" for a in scenario.all_actors() if a.id not in people}
