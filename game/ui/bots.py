"""Who plays the seats nobody sits in: the strategies the seating screen offers, and its
difficulty presets (the strategy bots of game/agents). The bots themselves play through the
session's table (`game.play.local.LocalTable`, the one bot loop)."""

from __future__ import annotations

from importlib import import_module

from game.scenario.model import STRATEGIES, Scenario

FALLBACK = "random"


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


#: The difficulty presets of the seating screen, easiest first (game/agents' names).
LEVELS = ("easy", "normal", "hard")


def preset_strategies(scenario: Scenario, level: str, people: set[str]) -> dict[str, str]:
    """A strategy for every party nobody plays, by difficulty (`game.agents.strategies_for`);
    without game/agents, the scenario's suggestion or the integrative default."""
    module = _agents_module()
    if module is not None and hasattr(module, "strategies_for"):
        return dict(module.strategies_for(scenario, level, sorted(people)))
    return {a.id: a.strategy or "integrative" for a in scenario.all_actors() if a.id not in people}
