"""Every bot move says why in one sentence made of the scenario's own words."""

from __future__ import annotations

from agents_support import all_scenarios, play_strictly

from game.agents.explain import reason
from game.engine import Game
from game.scenario.model import text_in

SCENARIOS = {s.id: s for s in all_scenarios()}
E33 = SCENARIOS["e33-vrijdagnacht"]


def test_support_and_refusal_name_an_issue_and_quote_the_actors_own_interest() -> None:
    strategies = {a.id: "integrative" for a in E33.all_actors()}
    game = Game(E33, seed=2)
    moves = play_strictly(game, strategies, 2)
    issue_names = {text_in(i.name, "nl") for i in E33.issues}
    checked = 0
    for move in moves:
        if move.action.kind not in {"support", "propose", "pass", "withdraw_support"}:
            continue
        actor = E33.actor(move.action.actor)
        text = move.explanation.nl
        assert text.startswith(text_in(actor.name, "nl"))
        if move.action.kind == "support" or "'" in text:
            assert any(f"'{name}'" in text for name in issue_names), text
            quoted = [text_in(i.text, "nl") for i in actor.interests]
            assert any(q in text for q in quoted) or "weegt voor" in text, text
            checked += 1
    assert checked >= 5


def test_explanations_come_in_both_languages() -> None:
    strategies = {a.id: "integrative" for a in E33.all_actors()}
    moves = play_strictly(Game(E33, seed=3), strategies, 3)
    for move in moves:
        assert move.explanation.en and move.explanation.en != move.explanation.nl
        assert move.why("en") == move.explanation.en
        assert move.why("nl") == move.explanation.nl


def test_the_reason_for_an_issue_is_the_interest_about_it() -> None:
    game = Game(E33, seed=0)
    view = game.view("gemeente")
    said = reason(view, "nazorg")
    interest = next(i for i in E33.actor("gemeente").interests if "nazorg" in i.issues)
    assert text_in(interest.text, "nl") in said.nl
    assert text_in(interest.text, "en") in (said.en or "")
