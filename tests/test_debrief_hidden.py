"""Hidden-interest advice only when revealing the interest could have changed what the table
reached (a playthrough blamed a silence in a game where it could not have mattered).

The table reaches the best package the mandates at the end allowed (16 beds: the council
motion ruled out 24 for the gemeente). Without mandates 24 beds would have given more joint
gain, so the integration index is below 1 and the max-joint package differs on the beds, an
issue four actors' unrevealed interests are about; yet no coalition could have carried 24
beds, so no silence cost anything. When the game ends without a deal while a deal was
reachable, the advice does come.
"""

from __future__ import annotations

from functools import cache

from scenario_support import LINDELAAN

from game.engine import Game, Pass
from game.engine.actions import Propose, Support
from game.learning.feedback import table_feedback
from game.scenario.loader import load_scenario
from game.scoring.debrief import debrief_game

HIDDEN = "interests.hidden_cost"


@cache
def lindelaan():
    return load_scenario(LINDELAAN).scenario


def _best_reachable_agreed() -> Game:
    game = Game(lindelaan(), seed=1)
    while not (game.round >= 5 and game.current_actor == "gemeente"):
        game.apply(Pass(actor=game.current_actor))
    found = debrief_game(game)
    row = found.reach["final_mandates"].best_joint
    assert row is not None
    game.apply(Propose(actor="gemeente", package=found.analysis.space.package(row)))
    while game.outcome is None:
        actor = game.current_actor
        assert actor is not None
        backers = game.public_view().proposals[0].supporters
        if actor in ("ggz", "bewoners", "ambulance") and actor not in backers:
            game.apply(Support(actor=actor, proposal=1))
        else:
            game.apply(Pass(actor=actor))
    return game


def _passed_to_the_deadline() -> Game:
    game = Game(lindelaan(), seed=1)
    while game.outcome is None:
        game.apply(Pass(actor=game.current_actor))
    return game


def test_no_hidden_interest_blame_when_the_outcome_is_the_best_the_mandates_allowed() -> None:
    game = _best_reachable_agreed()
    found = debrief_game(game)
    assert game.outcome is not None and game.outcome.kind == "agreement"
    # The old rule's conditions all hold: index below 1, max-joint differs on the beds,
    # nobody revealed an interest.
    assert found.scores.integration_index < 1
    assert found.analysis.max_joint is not None
    assert found.analysis.max_joint.package["bedden"] != found.package["bedden"]  # type: ignore[index]
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
