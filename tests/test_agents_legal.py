"""Bots only ever emit legal actions, on every table, with every strategy, and say why."""

from __future__ import annotations

from agents_support import all_scenarios, play_strictly
from hypothesis import given, settings
from hypothesis import strategies as st

from game.agents import STRATEGIES, make_bot, play_turn
from game.engine import Game

SCENARIOS = all_scenarios()


@settings(max_examples=40, deadline=None)
@given(
    which=st.integers(0, len(SCENARIOS) - 1),
    seed=st.integers(0, 2**31),
    mix=st.lists(st.sampled_from(STRATEGIES), min_size=8, max_size=8),
)
def test_bots_only_emit_legal_actions_and_explain_each_one(
    which: int, seed: int, mix: list[str]
) -> None:
    scenario = SCENARIOS[which]
    strategies = {a.id: mix[k] for k, a in enumerate(scenario.all_actors())}
    moves = play_strictly(Game(scenario, seed=seed), strategies, seed)
    for move in moves:
        assert move.explanation.nl.strip()
        assert move.explanation.en and move.explanation.en.strip()
        assert "{" not in move.explanation.nl and "{" not in move.explanation.en


@settings(max_examples=15, deadline=None)
@given(which=st.integers(0, len(SCENARIOS) - 1), seed=st.integers(0, 2**31))
def test_play_turn_plays_exactly_one_move_per_turn(which: int, seed: int) -> None:
    scenario = SCENARIOS[which]
    game = Game(scenario, seed=seed)
    bots = {a.id: make_bot(a.id, "integrative", seed) for a in scenario.all_actors()}
    while not game.is_over():
        actor = game.current_actor
        assert actor is not None
        turn = game.turn
        moves = play_turn(game, bots[actor])
        kinds = [m.action.kind for m in moves]
        assert sum(k not in {"answer", "statement", "reveal_interest", "ask"} for k in kinds) == 1
        assert game.is_over() or game.turn == turn + 1


def test_a_bot_refuses_to_act_out_of_turn() -> None:
    scenario = SCENARIOS[0]
    game = Game(scenario, seed=1)
    other = next(a for a in game.at_table() if a != game.current_actor)
    bot = make_bot(other, "tough", 1)
    try:
        bot.act(game.view(other), game.legal_actions(other))
    except ValueError:
        return
    raise AssertionError("a bot acted out of turn")


def test_an_unknown_strategy_is_refused() -> None:
    try:
        make_bot("gemeente", "sneaky", 0)
    except ValueError as error:
        assert "sneaky" in str(error)
    else:
        raise AssertionError("unknown strategy accepted")
