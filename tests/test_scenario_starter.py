"""The starter case "Een inloop in De Wingerd": small, gentle, one lesson, and the default.

A first-timer plays it in about twenty minutes: three parties, four issues, four weeks, all
three must agree, no mandates to consult about and one mild event. Its one lesson is asking
for the interest behind a position; the coffee bar is the hidden option everyone likes best.
What every shipped case must be (bilingual, balanced) is in test_shipped_balance.
"""

from __future__ import annotations

from pathlib import Path

from scenario_support import best_joint, loaded, middle_package, unanimous_issues

from game.agents.balance import GOAL_INDEX_GAP, simulate, strategies_all, suggested_strategies
from game.learning.goals import goal_for
from game.scenario.loader import default_scenario_path, shipped_scenarios
from game.scenario.model import ChangePoints, Scenario, text_in
from game.scenario.space import OutcomeSpace
from game.ui.scenes.chooser import default_first

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "starter-inloop-de-wingerd.yaml"
GAMES = 60
STARTER_AGREEMENT = 0.9


def scenario() -> Scenario:
    return loaded(PATH).scenario


def space() -> OutcomeSpace:
    return loaded(PATH).space


def test_it_is_the_scenario_a_game_starts_with() -> None:
    assert default_scenario_path().resolve() == PATH


def test_the_window_lists_it_first_and_the_other_cases_in_their_order() -> None:
    listed = default_first(shipped_scenarios())
    assert listed[0].resolve() == PATH
    assert listed[1:] == [p for p in shipped_scenarios() if p.resolve() != PATH]


def test_the_table_is_small_and_everyone_must_agree() -> None:
    s = scenario()
    assert [a.id for a in s.actors] == ["gemeente", "herstelhuis", "buurthuis"]
    assert 3 <= len(s.issues) <= 4
    assert 4 <= s.rounds <= 5
    assert s.agreement.rule == "unanimity"
    assert space().size <= 81


def test_nothing_heavy_happens_no_mandates_and_one_mild_event() -> None:
    s = scenario()
    assert all(not a.mandate.forbidden and a.mandate.min_score is None for a in s.actors)
    assert all(not a.consultations for a in s.actors)
    assert len(s.events) <= 1
    assert all(isinstance(effect, ChangePoints) for e in s.events for effect in e.effects)
    assert s.late_actors() == []


def test_the_one_learning_goal_is_about_interests_and_the_debrief_finds_it() -> None:
    s = scenario()
    [goal] = s.learning_goals
    assert goal_for(s, "interests") == goal
    assert len(goal.questions) == 3
    assert [goal_for(s, theme) for theme in ("trading", "mandate", "agreement")] == [None] * 3


def test_the_coffee_bar_is_the_hidden_option_everyone_likes_best() -> None:
    s = scenario()
    assert unanimous_issues(s) == ["samen"]
    assert all(max(a.points["samen"], key=a.points["samen"].get) == "koffiebar" for a in s.actors)
    assert middle_package(s)["samen"] != "koffiebar"
    # the centre's public position says the opposite of what its points say
    buurthuis = s.actor("buurthuis")
    assert "gescheiden" in text_in(buurthuis.brief.public, "nl")
    assert buurthuis.points["samen"]["gescheiden"] < buurthuis.points["samen"]["koffiebar"]


def test_the_escalation_table_reveals_both_halves_of_the_hidden_interest() -> None:
    s = scenario()
    assert s.escalation is not None
    revealed = {(r.actor, r.interest) for a in s.escalation.advice for r in a.reveals}
    assert revealed == {("buurthuis", "nieuwe_handen"), ("herstelhuis", "vrijwilligerswerk")}


def test_the_best_joint_package_trades_hours_room_and_rent_around_the_coffee_bar() -> None:
    assert space().package(best_joint(space())) == {
        "tijden": "drie_middagen",
        "ruimte": "eigen_kamer",
        "huur": "halve_huur",
        "samen": "koffiebar",
    }


def test_each_party_cares_most_about_what_its_brief_says() -> None:
    s = scenario()
    most = {
        a.id: max(a.points, key=lambda i: max(a.points[i].values()) - min(a.points[i].values()))
        for a in s.actors
    }
    assert most == {"gemeente": "tijden", "herstelhuis": "ruimte", "buurthuis": "huur"}


def test_it_names_its_sources_and_what_is_invented() -> None:
    s = scenario()
    assert s.sources and all(src.date for src in s.sources)
    assert any("1.1.1" in text_in(src.title, "nl") for src in s.sources)
    assert s.fiction is not None and "Rijnwaarde" in text_in(s.fiction, "nl")


def test_suggested_and_integrative_bots_almost_always_agree_and_tough_ones_do_not() -> None:
    s = scenario()
    suggested = simulate(s, GAMES, 0, suggested_strategies(s))
    integrative = simulate(s, GAMES, 0, strategies_all(s, "integrative"))
    tough = simulate(s, GAMES, 0, strategies_all(s, "tough"))
    assert suggested.agreement_rate >= STARTER_AGREEMENT
    assert integrative.agreement_rate >= STARTER_AGREEMENT
    assert integrative.index_mean - tough.index_mean >= GOAL_INDEX_GAP
