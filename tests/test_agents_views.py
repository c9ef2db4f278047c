"""Bots see only their own view: a view sent through JSON (or rebuilt) plays the same game."""

from __future__ import annotations

import pytest
from agents_support import all_scenarios, play_strictly

from game.agents import STRATEGIES
from game.engine import Game, PlayerView
from game.engine.view_json import player_view_from_json, view_data, view_to_json

SCENARIOS = all_scenarios()


def through_json(view: PlayerView) -> PlayerView:
    return player_view_from_json(view_to_json(view))


def rebuilt(view: PlayerView) -> PlayerView:
    """An equal view of all-new objects (no part shared with the engine's)."""
    return player_view_from_json(view_data(view))


def record(game: Game) -> list[dict]:
    return game.to_save()["actions"]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize("strategy", STRATEGIES)
def test_bots_given_only_serialised_views_play_the_same_game(scenario, strategy) -> None:
    strategies = {a.id: strategy for a in scenario.all_actors()}
    games = []
    for see in (lambda v: v, through_json, rebuilt):
        game = Game(scenario, seed=11)
        moves = play_strictly(game, strategies, seed=11, see=see)
        games.append((record(game), game.state_hash(), [m.explanation for m in moves]))
    assert games[0] == games[1] == games[2]


def test_a_mixed_table_plays_the_same_with_serialised_views() -> None:
    scenario = SCENARIOS[1]
    strategies = {
        a.id: STRATEGIES[k % len(STRATEGIES)] for k, a in enumerate(scenario.all_actors())
    }
    plain, serialised = Game(scenario, seed=5), Game(scenario, seed=5)
    play_strictly(plain, strategies, seed=5)
    play_strictly(serialised, strategies, seed=5, see=through_json)
    assert record(plain) == record(serialised)
    assert plain.state_hash() == serialised.state_hash()
