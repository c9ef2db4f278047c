"""Who plays the seats nobody sits in: the strategies the seating screen offers, and its
difficulty presets (the strategy bots of game/agents). The bots themselves play through the
session's table (`game.play.local.LocalTable`, the one bot loop)."""

from __future__ import annotations

from game.agents import strategies_for
from game.scenario.model import STRATEGIES, Scenario


def available_strategies() -> tuple[str, ...]:
    """The strategies a seat can be given (the scenario format's list)."""
    return STRATEGIES


#: The difficulty presets of the seating screen, easiest first (game/agents' names).
LEVELS = ("easy", "normal", "hard")


def preset_strategies(scenario: Scenario, level: str, people: set[str]) -> dict[str, str]:
    """A strategy for every party nobody plays, by difficulty (`game.agents.strategies_for`)."""
    return dict(strategies_for(scenario, level, sorted(people)))
