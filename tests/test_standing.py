"""A proposal's standing against the agreement rule says what the engine's deal rule says:
how many supporters it still lacks, and nothing short exactly when it would pass; the text
names who is missing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import Game, PlayerView
from game.engine.views import ProposalView
from game.play.standing import describe, standing
from game.scenario.deal_rule import deal_rule
from game.scenario.loader import load_scenario

CASES = sorted(Path("scenarios").glob("*.yaml"))


def first_view(path: Path) -> PlayerView:
    game = Game(load_scenario(path).scenario, seed=1)
    return game.view(game.seats[0])


VIEWS = {path.name: first_view(path) for path in CASES}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(VIEWS)), st.data())
def test_the_standing_is_the_deal_rules_shortfall(case: str, data) -> None:
    view = VIEWS[case]
    actors = [a.id for a in view.actors]
    support = data.draw(st.lists(st.sampled_from(actors), unique=True))
    proposal = ProposalView(
        id=1,
        proposer=actors[0],
        round=1,
        package={},
        supporters=support,
        supporters_at_table=support,
    )
    place = standing(view, proposal)
    table = [a.id for a in view.actors if a.status == "at_table"]
    rule = deal_rule(view.agreement)
    assert place.short == rule.shortfall(support, table)
    assert (place.short == 0) == rule.passes(support, table)
    assert not set(place.missing) & set(support)
    text = describe(place, lambda a: a.upper(), "nl")
    assert ("ontbreekt" in text) == (place.short > 0)
    for actor in place.missing:
        assert actor.upper() in text
