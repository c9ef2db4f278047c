"""The same seed gives the same bot game, move for move and word for word."""

from __future__ import annotations

from agents_support import all_scenarios, play_strictly
from hypothesis import given, settings
from hypothesis import strategies as st

from game.agents import STRATEGIES
from game.agents.balance import run_game, suggested_strategies
from game.engine import Game

SCENARIOS = all_scenarios()


@settings(max_examples=15, deadline=None)
@given(
    which=st.integers(0, len(SCENARIOS) - 1),
    seed=st.integers(0, 2**31),
    strategy=st.sampled_from(STRATEGIES),
)
def test_the_same_seed_gives_the_same_game(which: int, seed: int, strategy: str) -> None:
    scenario = SCENARIOS[which]
    strategies = {a.id: strategy for a in scenario.all_actors()}
    first, second = Game(scenario, seed=seed), Game(scenario, seed=seed)
    moves_a = play_strictly(first, strategies, seed)
    moves_b = play_strictly(second, strategies, seed)
    assert first.state_hash() == second.state_hash()
    assert moves_a == moves_b


def test_a_game_of_a_run_depends_only_on_the_run_seed_and_its_index() -> None:
    scenario = SCENARIOS[2]
    strategies = suggested_strategies(scenario)
    early = run_game(scenario, 4, 7, strategies, keep_save=True)
    again = run_game(scenario, 4, 7, strategies, keep_save=True)
    other = run_game(scenario, 4, 8, strategies, keep_save=True)
    assert early == again
    assert early.seed != other.seed
