"""A small scripted table for the learning-moment tests (tests/fixtures/learning_table.yaml).

Turn order: gemeente, ggz, wijkteam. The gemeente may not accept 'veel' money until it
consults its college; the best packages for the table give everyone a short time.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from game.engine import Action, Game, Pass
from game.scenario.loader import load_scenario
from game.scenario.model import Scenario

FIXTURE = Path(__file__).parent / "fixtures" / "learning_table.yaml"


@cache
def table() -> Scenario:
    return load_scenario(FIXTURE).scenario


def play(*turns: list[Action] | None, scenario: Scenario | None = None) -> Game:
    """A game on the learning table: each item is one turn's actions (None: a pass)."""
    game = Game(scenario or table(), seed=1)
    for turn in turns:
        actor = game.current_actor
        assert actor is not None
        for action in turn or [Pass(actor=actor)]:
            assert action.actor == actor, (action, actor)
            game.apply(action)
    return game
