"""A proposal's standing against the agreement rule says what the engine's deal rule says:
how many supporters it still lacks, and nothing short exactly when it would pass; the text
names who is missing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import Game, PlayerView
from game.engine.views import ProposalView
from game.play.standing import by_closeness, describe, standing
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


def _bot_game_views(case: Path, seed: int, strategy: str):
    """Every state of a bot-only game of `case`, as (the engine's state, a seat's view)."""
    from game.agents.loop import play_turn, table_bot

    game = Game(load_scenario(case).scenario, seed=seed)
    bots = {}
    while not game.is_over():
        actor = game.current_actor
        bots.setdefault(actor, table_bot(game, actor, strategy))
        play_turn(game, bots[actor], lambda: None)
        yield game, game.view(game.seats[0])


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(CASES),
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from(["integrative", "conceder", "reciprocal"]),
)
def test_the_proposal_said_to_pass_is_the_one_the_engine_takes(
    case: Path, seed: int, strategy: str
) -> None:
    """While the game runs, the proposal the table is told will be the deal at the end of the
    week is the one the engine's agreement rule would take if the week ended now; once it is
    over, the agreement is on top and only it says so, and no proposal promises a deal."""
    from game.engine.agreement import agreed_proposal
    from game.play.standing import agreed_first

    for game, view in _bot_game_views(case, seed, strategy):
        if view.outcome is None:
            engine = agreed_proposal(game.scenario.agreement, game._state)
            assert agreed_first(view) == (None if engine is None else engine.id)
            continue
        texts = {p.id: describe(standing(view, p), str, "nl") for p in view.proposals}
        assert not any("eind van de week" in text for text in texts.values())
        if view.outcome.kind == "agreement":
            assert by_closeness(view)[0].id == view.outcome.proposal
            assert "aangenomen: dit is het akkoord" in texts[view.outcome.proposal]
            assert sum("dit is het akkoord" in text for text in texts.values()) == 1


def test_of_two_proposals_with_enough_support_the_later_one_says_the_other_goes_first() -> None:
    view = VIEWS["starter-inloop-de-wingerd.yaml"]
    everyone = tuple(a.id for a in view.actors)
    first, later = (
        ProposalView(
            id=n,
            proposer=everyone[0],
            round=1,
            package={},
            supporters=everyone,
            supporters_at_table=everyone,
        )
        for n in (1, 2)
    )
    view = replace(view, proposals=(later, first))
    assert [p.id for p in by_closeness(view)] == [1, 2]
    assert "akkoord aan het eind van de week" in describe(standing(view, first), str, "nl")
    assert "voorstel 1 gaat voor" in describe(standing(view, later), str, "nl")
