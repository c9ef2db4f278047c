"""Hidden-interest advice only when revealing the interest could have changed what the table
reached (a playthrough blamed a silence in a game where it could not have mattered).

On the learning table with the gemeente indifferent about money, 'veel' money gives the most
joint gain, but the gemeente's mandate rules it out (only its college could allow it). The
table agrees on the best package that mandate allows: the integration index is below 1 and
the max-joint package differs on money, an issue the gemeente's unrevealed budget interest is
about, yet no coalition could have carried 'veel', so no silence cost anything. When a game
ends without a deal while a deal was reachable, the advice does come.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from learning_support import FIXTURE
from scenario_support import LINDELAAN

from game.engine import Game, Pass
from game.engine.actions import Propose, Support
from game.learning.feedback import table_feedback
from game.scenario.loader import load_scenario
from game.scenario.model import Scenario
from game.scoring.debrief import debrief_game

HIDDEN = "interests.hidden_cost"


@cache
def lindelaan():
    return load_scenario(LINDELAAN).scenario


def _money_blind(tmp_path: Path) -> Scenario:
    """The learning table with every money option worth the same to the gemeente."""
    text = FIXTURE.read_text(encoding="utf-8")
    mean = "points: {geld: {weinig: 6, midden: 3, veel: 0}, tijd: {kort: 1, lang: 2}}"
    assert mean in text
    path = tmp_path / "money-blind.yaml"
    blind = "points: {geld: {weinig: 3, midden: 3, veel: 3}, tijd: {kort: 1, lang: 2}}"
    path.write_text(text.replace(mean, blind), encoding="utf-8")
    return load_scenario(path).scenario


def _best_reachable_agreed(scenario: Scenario) -> Game:
    game = Game(scenario, seed=1)
    found = debrief_game(game)
    row = found.reach["final_mandates"].best_joint
    assert row is not None
    actor = game.current_actor
    assert actor is not None
    game.apply(Propose(actor=actor, package=found.analysis.space.package(row)))
    while game.outcome is None:
        actor = game.current_actor
        assert actor is not None
        backers = game.public_view().proposals[0].supporters
        support = Support(actor=actor, proposal=1)
        if actor not in backers and support in game.legal_actions(actor):
            game.apply(support)
        else:
            game.apply(Pass(actor=actor))
    return game


def _passed_to_the_deadline() -> Game:
    game = Game(lindelaan(), seed=1)
    while game.outcome is None:
        game.apply(Pass(actor=game.current_actor))
    return game


def test_no_hidden_interest_blame_when_the_outcome_is_the_best_the_mandates_allowed(
    tmp_path: Path,
) -> None:
    game = _best_reachable_agreed(_money_blind(tmp_path))
    found = debrief_game(game)
    assert game.outcome is not None and game.outcome.kind == "agreement"
    # The old rule's conditions all hold: index below 1, max-joint differs on money (the
    # gemeente's budget interest), nobody revealed an interest.
    assert found.scores.integration_index < 1
    assert found.analysis.max_joint is not None
    assert found.analysis.max_joint.package["geld"] == "veel"
    assert found.package is not None and found.package["geld"] != "veel"
    assert not found.reveals
    assert found.hidden == ()
    for actor, observations in table_feedback(game, found).items():
        assert HIDDEN not in [o.key for o in observations], actor


def test_hidden_interest_advice_when_a_reachable_deal_was_missed() -> None:
    game = _passed_to_the_deadline()
    found = debrief_game(game)
    assert found.package is None
    assert found.reach["final_mandates"].best_joint is not None
    assert found.hidden
    blamed = {h.actor for h in found.hidden}
    feedback = table_feedback(game, found)
    for actor in blamed:
        assert HIDDEN in [o.key for o in feedback[actor]]
