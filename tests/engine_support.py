"""Shared helpers for the engine tests: scenarios to play, and playing them at random."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from game.engine import Game
from game.engine.random_play import random_legal_action
from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import Scenario

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def fixture(name: str) -> Scenario:
    return load_scenario(FIXTURES / f"engine_{name}.yaml").scenario


@cache
def all_scenarios() -> tuple[Scenario, ...]:
    """Every shipped scenario plus the engine's own fixture tables."""
    shipped = [load_scenario(p).scenario for p in shipped_scenarios()]
    return (*shipped, fixture("quorum"), fixture("unanimity"))


def play_randomly(game: Game, rng: random.Random, max_actions: int = 5000) -> int:
    """Random legal actions until the game ends; returns how many were applied."""
    count = 0
    while not game.is_over() and count < max_actions:
        actor = game.current_actor
        assert actor is not None
        action = random_legal_action(game, actor, rng)
        assert action is not None
        game.apply(action)
        count += 1
    return count


def random_seats(scenario: Scenario, rng: random.Random) -> list[str]:
    """A random table: every required actor plus a random choice of the others (two or more)."""
    base = [a.id for a in scenario.actors]
    required = [a for a in scenario.agreement.required if a in base]
    others = [a for a in base if a not in required]
    rng.shuffle(others)
    keep = rng.randint(max(0, 2 - len(required)), len(others))
    chosen = set(required) | set(others[:keep])
    return [a for a in base if a in chosen]
