"""Random legal play over every shipped scenario and the fixture tables, checked by rules
that do not trust the engine's own bookkeeping."""

from __future__ import annotations

import json
import random

from engine_support import (
    all_scenarios,
    assert_supports_inside_mandates,
    play_randomly,
    random_any_action,
    random_table,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import (
    FACILITATOR,
    FACILITATOR_KINDS,
    MOVE_KINDS,
    TALK_KINDS,
    Action,
    Answer,
    Game,
    IllegalAction,
    Statement,
)

SCENARIOS = all_scenarios()
scenario_index = st.integers(min_value=0, max_value=len(SCENARIOS) - 1)
seeds = st.integers(min_value=0, max_value=2**32 - 1)


def enumerable(action: Action) -> bool:
    """Whether LegalActions must list this action (all but packages, free text, facilitator)."""
    if action.kind in FACILITATOR_KINDS or action.kind == "propose":
        return False
    return not (isinstance(action, Statement) and action.text is not None)


def assert_turns_are_well_formed(game: Game) -> None:
    """From the log alone: per turn one actor, answers first, at most one talk, one move last."""
    turns: dict[int, list[Action]] = {}
    for entry in game.log:
        if entry.kind == "action" and entry.action is not None and entry.actor is not None:
            turns.setdefault(entry.turn, []).append(entry.action)
    for number, actions in turns.items():
        assert len({a.actor for a in actions}) == 1, number
        kinds = [a.kind for a in actions]
        moves = [k for k in kinds if k in MOVE_KINDS]
        assert len(moves) <= 1
        assert sum(k in TALK_KINDS for k in kinds) <= 1
        if moves:
            assert kinds[-1] in MOVE_KINDS
        first_other = next((i for i, k in enumerate(kinds) if k != "answer"), len(kinds))
        assert all(k != "answer" for k in kinds[first_other:])


def probe_any_actions(game: Game, rng: random.Random) -> None:
    """Two actions that may or may not be legal: a legal one (and only that) is applied, by the
    actor on turn or the facilitator; one refused has a reason and leaves the state as it was.
    Then, if the game goes on, every listed legal action of the actor on turn has no objection."""
    for _ in range(2):
        probe = random_any_action(game, rng)
        legal = game.legal_actions(probe.actor)
        before = game.state_hash()
        assert legal.answerable() == [
            q.id
            for q in game.public_view().questions
            if Answer(actor=probe.actor, question=q.id, mode="decline") in legal
        ]
        if probe in legal:
            if enumerable(probe):
                assert probe in list(legal), probe
            turn_of = game.current_actor
            game.apply(probe)
            assert probe.actor in (turn_of, FACILITATOR)
        else:
            try:
                game.apply(probe)
            except IllegalAction as refusal:
                assert refusal.message("nl") and refusal.message("en")
            else:
                raise AssertionError(f"accepted an action outside legal_actions: {probe}")
            assert game.state_hash() == before
        if game.is_over():
            return
    actor = game.current_actor
    assert actor is not None
    for action in game.legal_actions(actor):
        assert game.why_not(action) is None, action


@settings(max_examples=60, deadline=None)
@given(index=scenario_index, seed=seeds)
def test_only_legal_actions_are_accepted_and_mandates_hold(index: int, seed: int) -> None:
    scenario = SCENARIOS[index]
    game = Game(scenario, seed=seed)
    rng = random.Random(seed)
    play_randomly(
        game,
        rng,
        before_each=lambda g: probe_any_actions(g, rng),
        check=assert_supports_inside_mandates,
        check_every=7,
    )
    assert_turns_are_well_formed(game)
    assert game.outcome is not None
    if game.outcome.kind == "deadline":
        assert game.outcome.round >= game.deadline
    else:
        assert game.outcome.round <= game.deadline


@settings(max_examples=60, deadline=None)
@given(index=scenario_index, seed=seeds)
def test_every_random_game_ends_by_its_deadline(index: int, seed: int) -> None:
    scenario = SCENARIOS[index]
    game, rng = random_table(scenario, seed)
    play_randomly(game, rng)
    assert game.is_over()
    assert game.outcome is not None
    most_rounds = scenario.rounds + sum(
        max(getattr(e, "delta", 0), 0)
        for ev in scenario.events
        for e in ev.effects
        if e.kind == "move_deadline"
    )
    assert game.outcome.round <= most_rounds
    assert game.log[-1].kind == "game_over"


@settings(max_examples=40, deadline=None)
@given(index=scenario_index, seed=seeds)
def test_save_then_load_gives_the_identical_state(index: int, seed: int) -> None:
    scenario = SCENARIOS[index]
    game = Game(scenario, seed=seed)
    rng = random.Random(seed)
    play_randomly(game, rng, max_actions=rng.randint(0, 120))
    text = json.dumps(game.to_save())
    loaded = Game.from_save_text(text, scenario)
    assert loaded.state_hash() == game.state_hash()
    assert loaded.public_view() == game.public_view()


@settings(max_examples=40, deadline=None)
@given(index=scenario_index, seed=seeds)
def test_undo_then_replay_gives_the_identical_state(index: int, seed: int) -> None:
    scenario = SCENARIOS[index]
    game = Game(scenario, seed=seed)
    rng = random.Random(seed)
    play_randomly(game, rng, max_actions=rng.randint(1, 150))
    final = game.state_hash()
    actions = game.actions
    cut = rng.randint(0, len(game.log))
    game.undo(to=cut)
    assert len(game.log) <= cut or not game.actions
    for action in actions[len(game.actions) :]:
        game.apply(action)
    assert game.state_hash() == final
    if actions:
        game.undo()
        assert game.actions == actions[:-1]
        game.apply(actions[-1])
        assert game.state_hash() == final


@settings(max_examples=30, deadline=None)
@given(index=scenario_index, seed=seeds)
def test_a_clone_plays_on_independently(index: int, seed: int) -> None:
    scenario = SCENARIOS[index]
    game = Game(scenario, seed=seed)
    rng = random.Random(seed)
    play_randomly(game, rng, max_actions=rng.randint(0, 60))
    before = game.state_hash()
    twin = game.clone()
    play_randomly(twin, random.Random(seed + 1))
    assert game.state_hash() == before
    same = Game(scenario, seed=seed)
    for action in game.actions:
        same.apply(action)
    assert same.state_hash() == before
