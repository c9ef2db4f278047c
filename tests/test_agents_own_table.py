"""A bot's own outcome space: every package once, with its own points and its mandate."""

from __future__ import annotations

from agents_support import all_scenarios

from game.agents.own_table import own_table
from game.engine import Game

SCENARIOS = all_scenarios()


def test_every_row_is_a_package_with_the_actors_own_points() -> None:
    for scenario in SCENARIOS:
        game = Game(scenario, seed=0)
        actor = game.current_actor
        table = own_table(game.view(actor))
        assert table.size == len({tuple(table.package(k).items()) for k in range(table.size)})
        for k in range(0, table.size, max(1, table.size // 50)):
            package = table.package(k)
            assert table.index_of(package) == k
            assert table.values[k] == game.points(actor, package)
            allowed = game.legal_actions(actor).allows_package(package)
            assert bool(table.allowed[k]) == allowed
