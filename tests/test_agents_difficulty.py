"""Difficulty picks a strategy for every seat nobody plays; "normal" honours the scenario."""

from __future__ import annotations

import pytest
from agents_support import all_scenarios

from game.agents import DIFFICULTIES, STRATEGIES, strategies_for

SCENARIOS = {s.id: s for s in all_scenarios()}
E33 = SCENARIOS["e33-vrijdagnacht"]


def test_normal_honours_the_scenarios_suggested_strategies() -> None:
    chosen = strategies_for(E33, "normal", [])
    for actor in E33.actors:
        if actor.strategy:
            assert chosen[actor.id] == actor.strategy


def test_every_difficulty_gives_every_bot_seat_a_strategy_and_skips_humans() -> None:
    for scenario in SCENARIOS.values():
        humans = [scenario.actors[0].id]
        for difficulty in DIFFICULTIES:
            chosen = strategies_for(scenario, difficulty, humans)
            expected = {a.id for a in scenario.all_actors()} - set(humans)
            assert set(chosen) == expected
            assert set(chosen.values()) <= set(STRATEGIES)


def test_easy_tables_are_gentler_than_hard_ones() -> None:
    easy = strategies_for(E33, "easy", [])
    hard = strategies_for(E33, "hard", [])
    assert list(easy.values()).count("tough") < list(hard.values()).count("tough")


def test_an_unknown_difficulty_is_refused() -> None:
    with pytest.raises(ValueError, match="impossible"):
        strategies_for(E33, "impossible", [])
