"""A hypothesis state machine: play, probe, undo, save and load in any order; the game must
always equal a fresh replay of its own actions, and never break a mandate."""

from __future__ import annotations

import json
import random

from engine_support import all_scenarios, assert_supports_inside_mandates, random_any_action
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from game.engine import Game, IllegalAction
from game.engine.random_play import random_legal_action

SCENARIOS = all_scenarios()


class PlayUndoSaveLoad(RuleBasedStateMachine):
    game: Game
    rng: random.Random

    @initialize(index=st.integers(0, len(SCENARIOS) - 1), seed=st.integers(0, 2**32 - 1))
    def start(self, index: int, seed: int) -> None:
        self.game = Game(SCENARIOS[index], seed=seed)
        self.rng = random.Random(seed)

    @precondition(lambda self: not self.game.is_over())
    @rule(times=st.integers(1, 8))
    def play_legal_actions(self, times: int) -> None:
        for _ in range(times):
            if self.game.is_over():
                return
            actor = self.game.current_actor
            assert actor is not None
            action = random_legal_action(self.game, actor, self.rng)
            assert action is not None
            self.game.apply(action)

    @rule()
    def probe_any_action(self) -> None:
        probe = random_any_action(self.game, self.rng)
        legal = probe in self.game.legal_actions(probe.actor)
        before = self.game.state_hash()
        try:
            self.game.apply(probe)
        except IllegalAction:
            assert not legal
            assert self.game.state_hash() == before
        else:
            assert legal

    @rule(back=st.integers(1, 5))
    def undo_some(self, back: int) -> None:
        for _ in range(back):
            self.game.undo()

    @rule(fraction=st.floats(0, 1))
    def undo_to_a_log_length(self, fraction: float) -> None:
        self.game.undo(to=int(len(self.game.log) * fraction))

    @rule()
    def save_and_load(self) -> None:
        before = self.game.state_hash()
        text = json.dumps(self.game.to_save())
        self.game = Game.from_save_text(text, self.game.scenario)
        assert self.game.state_hash() == before

    @invariant()
    def equals_a_fresh_replay_of_its_actions(self) -> None:
        fresh = Game(self.game.scenario, seed=self.game.seed, seats=self.game.seats)
        for action in self.game.actions:
            fresh.apply(action)
        assert fresh.state_hash() == self.game.state_hash()

    @invariant()
    def mandates_hold(self) -> None:
        assert_supports_inside_mandates(self.game)


PlayUndoSaveLoad.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None
)
TestPlayUndoSaveLoad = PlayUndoSaveLoad.TestCase
