"""Bot games make no reference cycles, so `run_game` may hold the cycle collector off."""

from __future__ import annotations

import gc
from collections import Counter

import pytest
from agents_support import all_scenarios

from game.agents.balance import (
    cycle_collection_paused,
    run_game,
    strategies_all,
    suggested_strategies,
)

SCENARIOS = all_scenarios()
MIXES = ("suggested", "integrative", "tough", "conceder", "reciprocal")


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_bot_games_leave_no_cyclic_garbage(scenario) -> None:
    """Played and scored (saves kept too) with the collector off: a collection afterwards
    finds nothing unreachable, so every object the games made was freed by refcounting."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection finds is kept in gc.garbage
    try:
        for name in MIXES:
            if name == "suggested":
                strategies = suggested_strategies(scenario)
            else:
                strategies = strategies_all(scenario, name)
            for index in range(3):
                run_game(scenario, 7, index, strategies, keep_save=index == 0)
        gc.collect()
        found = Counter(type(o).__name__ for o in gc.garbage)
        assert not found, f"cyclic garbage: {found.most_common(8)}"
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_the_collector_runs_again_afterwards() -> None:
    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), cycle_collection_paused():
        raise RuntimeError("a game that fails")
    assert gc.isenabled()


def test_a_paused_collector_stays_paused() -> None:
    """Nested inside code that paused it already, it leaves it paused."""
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
