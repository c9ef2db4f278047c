"""Views: each player sees the public table and its own secrets, never another actor's."""

from __future__ import annotations

import dataclasses
import json
import random
import warnings
from typing import Any

import pytest
from engine_support import (
    all_scenarios,
    fixture,
    play_randomly,
    random_seats,
    random_step,
    random_table,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import Answer, Ask, Consult, Game, Pass, PlayerView, Propose
from game.engine.view_json import (
    player_view_from_json,
    public_view_from_json,
    view_data,
    view_to_json,
)
from game.scenario.model import Scenario, text_in

SCENARIOS = all_scenarios()
PRIVATE_KEYS = {
    "points",
    "batna",
    "mandate",
    "confidential_brief",
    "consultations",
    "interests",
    "questions_waiting",
}


def texts(text: Any) -> list[str]:
    return [t for t in {text_in(text, "nl"), text_in(text, "en")} if t]


def keys_below_top(data: Any, depth: int = 0) -> set[str]:
    """Every dict key anywhere below the top level of a JSON tree."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if depth > 0:
                found.add(key)
            found |= keys_below_top(value, depth + 1)
    elif isinstance(data, list):
        for item in data:
            found |= keys_below_top(item, depth + 1)
    return found


def secrets_of(game: Game, scenario: Scenario, actor_id: str) -> list[str]:
    """Texts only `actor_id` may know: its confidential brief and unrevealed interests."""
    actor = scenario.actor(actor_id)
    revealed = {
        i.id
        for seen in game.public_view().actors
        if seen.id == actor_id
        for i in seen.revealed_interests
    }
    out = texts(actor.brief.confidential)
    for interest in actor.interests:
        if interest.id not in revealed:
            out += texts(interest.text)
    return out


def assert_no_leaks(game: Game, scenario: Scenario) -> None:
    public = view_data(game.public_view())
    public_text = json.dumps(public, ensure_ascii=False)
    assert not PRIVATE_KEYS & set(public)
    seated = [a.id for a in game.public_view().actors]
    everyone = [a.id for a in scenario.all_actors()]
    for actor in everyone:
        for secret in secrets_of(game, scenario, actor):
            assert secret not in public_text
    for viewer in seated:
        view = view_data(game.view(viewer))
        text = json.dumps(view, ensure_ascii=False)
        assert view["actor"] == viewer
        assert view["batna"] == game.table_data().batna[viewer]
        assert not PRIVATE_KEYS & keys_below_top(view)
        for other in everyone:
            if other == viewer:
                continue
            for secret in secrets_of(game, scenario, other):
                assert secret not in text, (viewer, other, secret)
        for line in view["log"]:
            entry = game.log[line["index"]]
            assert entry.to is None or viewer in entry.to


@settings(max_examples=40, deadline=None)
@given(index=st.integers(0, len(SCENARIOS) - 1), seed=st.integers(0, 2**32 - 1))
def test_views_never_leak_another_actors_secrets(index: int, seed: int) -> None:
    scenario = SCENARIOS[index]
    game, rng = random_table(scenario, seed)
    play_randomly(game, rng, check=lambda g: assert_no_leaks(g, scenario), check_every=15)
    assert game.is_over()


def test_a_player_sees_its_own_secrets() -> None:
    game = Game(fixture("quorum"))
    view = game.view("politie")
    assert view.confidential_brief == "GEHEIM-POLITIE-BRIEF"
    assert view.batna == 15
    assert view.points["vervoer"]["ambulance"] == 40
    assert view.mandate.forbidden == {"vervoer": ("elke-melding",)}
    assert [c.id for c in view.consultations] == ["korpschef", "burgemeester"]
    assert [(i.id, i.revealed) for i in view.interests] == [("capaciteit", False)]


def test_an_event_for_some_actors_is_shown_only_to_them() -> None:
    game = Game(fixture("quorum"))
    while game.round < 4:
        game.apply(Pass(actor=game.current_actor or ""))
    message = "Alleen voor de GGZ-bestuurder."
    assert message in view_to_json(game.view("ggz"))
    for other in ("gemeente", "politie", "bewoners"):
        assert message not in view_to_json(game.view(other))
    assert message not in view_to_json(game.public_view())


def test_a_consultation_result_and_an_answer_stay_between_those_involved() -> None:
    game = Game(fixture("quorum"))
    game.apply(Ask(actor="politie", to="gemeente", issue="bedden"))
    game.apply(Consult(actor="politie", consultation="burgemeester"))
    refusal = "De burgemeester wil geen toezeggingen doen."
    assert refusal in view_to_json(game.view("politie"))
    assert refusal not in view_to_json(game.view("gemeente"))
    game.apply(Answer(actor="gemeente", question=1, mode="truthful"))
    answer = game.log[-1].nl
    assert answer in view_to_json(game.view("politie"))
    assert answer in view_to_json(game.view("gemeente"))
    assert answer not in view_to_json(game.view("ggz"))
    assert answer not in view_to_json(game.public_view())


def assert_views_as_validated(game: Game) -> None:
    """A view the engine assembled is exactly what a client reads back from its JSON."""
    views = [game.public_view(), *(game.view(a) for a in game.at_table())]
    for view in views:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a field of the wrong type warns when dumped
            data = view_data(view)
            text = view_to_json(view)
        read = player_view_from_json if isinstance(view, PlayerView) else public_view_from_json
        assert read(data) == view
        assert read(text) == view
        assert view_data(read(json.dumps(data))) == data


def assert_views_as_fresh(game: Game) -> None:
    """Views of a game whose view parts were kept along the way equal those of a new game
    (nothing kept yet: view parts are kept per scenario object, so it gets a copy) replaying
    the same actions: no kept part is ever stale."""
    fresh = Game(game.scenario.model_copy(deep=True), seed=game.seed, seats=list(game.seats))
    for action in game.actions:
        fresh.apply(action)
    assert game.public_view() == fresh.public_view()
    for actor in game.at_table():
        assert game.view(actor) == fresh.view(actor)


def look_as_a_client(game: Game) -> None:
    """Fills the kept view parts as a client would: the view of the actor on turn, the public
    view."""
    actor = game.current_actor
    assert actor is not None
    game.view(actor)
    game.public_view()


def assert_views_sound(game: Game) -> None:
    assert_views_as_validated(game)
    assert_views_as_fresh(game)


@settings(max_examples=30, deadline=None)
@given(index=st.integers(0, len(SCENARIOS) - 1), seed=st.integers(0, 2**32 - 1))
def test_views_equal_validated_views_and_follow_undo(index: int, seed: int) -> None:
    scenario = SCENARIOS[index]
    game, rng = random_table(scenario, seed)
    play_randomly(game, rng, before_each=look_as_a_client, check=assert_views_sound, check_every=11)
    assert game.is_over()
    length = len(game.log) // 2
    game.undo(to=length)
    fresh = Game(scenario, seed=seed, seats=list(game.seats))
    for action in game.actions:
        fresh.apply(action)
    assert game.public_view() == fresh.public_view()
    for actor in game.at_table():
        assert game.view(actor) == fresh.view(actor)
        assert [line.index for line in game.view(actor).log] == [
            e.index for e in game.log if e.visible_to(actor)
        ]


@settings(max_examples=15, deadline=None)
@given(index=st.integers(0, len(SCENARIOS) - 1), seed=st.integers(0, 2**32 - 1))
def test_two_games_of_one_scenario_played_in_turn_never_see_each_others_parts(
    index: int, seed: int
) -> None:
    """Games of one scenario share its kept view parts; played a step each in turn (as a
    room's tables are), each game's views still equal those of a fresh replay."""
    scenario = SCENARIOS[index]
    rng = random.Random(seed)
    games = [Game(scenario, seed=seed + k, seats=random_seats(scenario, rng)) for k in range(2)]
    for step in range(400):
        game = games[step % 2]
        if game.is_over():
            continue
        look_as_a_client(game)
        random_step(game, rng)
        if step % 37 == 0:
            assert_views_as_fresh(game)
    for game in games:
        assert_views_as_fresh(game)


def test_the_public_view_shows_the_agreement_rule() -> None:
    rule = Game(fixture("quorum")).public_view().agreement
    assert (rule.rule, rule.quorum, rule.required) == ("quorum", 2, ("gemeente",))
    unanimity = Game(fixture("unanimity")).view("gemeente").agreement
    assert unanimity.rule == "unanimity" and unanimity.quorum is None


def test_an_actor_sees_what_each_of_its_consultations_would_allow() -> None:
    game = Game(fixture("quorum"))
    found = {c.id: c for c in game.view("politie").consultations}
    assert found["korpschef"].allow == {"vervoer": ("elke-melding",)}
    assert found["korpschef"].min_score is None
    assert found["burgemeester"].allow == {} and found["burgemeester"].min_score == 0
    assert not any(c.used for c in found.values())
    game.apply(Consult(actor="politie", consultation="korpschef"))
    found = {c.id: c for c in game.view("politie").consultations}
    assert found["korpschef"].used and not found["burgemeester"].used


def test_a_truthful_answer_gives_the_asker_its_facts_as_ids() -> None:
    game = Game(fixture("quorum"))
    game.apply(Ask(actor="politie", to="gemeente", issue="bedden"))
    game.apply(Pass(actor="politie"))
    game.apply(Answer(actor="gemeente", question=1, mode="truthful"))
    line = next(x for x in game.view("politie").log if x.kind == "answer")
    points = game.scenario.actor("gemeente").points["bedden"]
    top = max(points.values())
    assert line.data["best"] == tuple(o for o, p in points.items() if p == top)
    assert line.data["weight"] in {"high", "medium", "low"}
    assert line.data["question"] == 1 and line.data["mode"] == "truthful"
    assert not any(x.kind == "answer" for x in game.view("ggz").log)


def test_a_view_handed_to_one_player_cannot_change_what_another_sees() -> None:
    """Views are frozen and their parts shared: changing one in place fails (lists are
    tuples, dicts read-only), and every other view, then and later, stays as it was."""
    game = Game(fixture("quorum"))
    game.apply(Propose(actor="politie", package={"vervoer": "taxi", "bedden": "twee"}))
    view = game.view("politie")
    other_before = view_data(game.view("ggz"))
    public_before = view_data(game.public_view())
    own_before = view_data(view)
    with pytest.raises(AttributeError):
        view.issues[0].options.clear()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        view.log.clear()  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        view.points["vervoer"]["taxi"] = 100.0  # type: ignore[index]
    with pytest.raises(TypeError):
        view.points["vervoer"] = {}  # type: ignore[index]
    with pytest.raises(TypeError):
        view.mandate.forbidden["vervoer"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        view.proposals[0].package["vervoer"] = "ambulance"  # type: ignore[index]
    with pytest.raises(TypeError):
        view.consultations[0].allow["vervoer"] = ()  # type: ignore[index]
    with pytest.raises(AttributeError):
        view.consultations[0].allow.clear()  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        view.log[0].data["round"] = 9  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.round = 9  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.issues[0].options = ()  # type: ignore[misc]
    assert view_data(view) == own_before
    assert view_data(game.view("ggz")) == other_before
    assert view_data(game.public_view()) == public_before
    assert view_data(game.view("politie")) == own_before


def test_a_copy_with_other_values_leaves_the_view_as_it_was() -> None:
    """`dataclasses.replace` is how a client trims a view (the room sends only new lines)."""
    game = Game(fixture("quorum"))
    view = game.view("politie")
    trimmed = dataclasses.replace(view, log=())
    assert trimmed.log == () and view.log
    assert game.view("politie").log == view.log


def test_views_are_built_field_by_field_in_their_order() -> None:
    """Views are built from positional values (quicker): the public table's fields are
    named in `PublicView`'s order, and a player's own fields follow them in that order."""
    from game.engine.views import PublicView, _parts, _table

    game = Game(fixture("quorum"))
    table = _table(_parts(game._setting), game._state, "politie")
    assert list(table) == [f.name for f in dataclasses.fields(PublicView)]
    view = game.view("politie")
    assert view.actor == "politie" and view.confidential_brief == "GEHEIM-POLITIE-BRIEF"
    assert view.batna == 15 and view.mandate.forbidden == {"vervoer": ("elke-melding",)}
    assert [c.id for c in view.consultations] == ["korpschef", "burgemeester"]
    assert [i.id for i in view.interests] == ["capaciteit"] and view.questions_waiting == ()
    assert view.points["vervoer"]["ambulance"] == 40
