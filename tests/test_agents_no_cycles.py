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


def test_what_outlived_a_batch_goes_to_the_oldest_generation_and_nothing_stays_frozen() -> None:
    gc.collect()
    with cycle_collection_paused():
        survivors = [[k] for k in range(5000)]  # tracked objects that outlive the batch
    assert gc.get_freeze_count() == 0
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert not any(id(o) in young for o in survivors)
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(o) in oldest for o in survivors)


def test_a_cycle_made_during_a_batch_is_still_found_by_a_full_collection() -> None:
    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    gc.collect()
    with cycle_collection_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
    assert gc.collect() >= 2


def test_objects_the_process_froze_itself_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with cycle_collection_paused():
            pass
        assert gc.get_freeze_count() == frozen > 0
    finally:
        gc.unfreeze()
