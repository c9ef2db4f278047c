"""Saves, loads, hashes and undo: a game's record replays exactly, and a bad save is refused."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest
from engine_support import fixture, play_randomly
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import Game, Pass, Propose, SaveError, parse_action
from game.engine.record import scenario_hash


def played(seed: int = 3, actions: int = 40) -> Game:
    game = Game(fixture("quorum"), seed=seed)
    play_randomly(game, random.Random(seed), max_actions=actions)
    return game


def refusal(data: Any, scenario=None) -> SaveError:  # type: ignore[no-untyped-def]
    with pytest.raises(SaveError) as caught:
        Game.from_save(data, scenario or fixture("quorum"))
    return caught.value


def test_a_save_is_plain_json_and_loads_to_the_same_state() -> None:
    game = played()
    data = json.loads(json.dumps(game.to_save()))
    assert data["format"] == "omgevingstafel-save" and data["version"] == 2
    assert data["scenario_hash"] == scenario_hash(fixture("quorum"))
    assert Game.from_save(data, fixture("quorum")).state_hash() == game.state_hash()


def test_the_same_seed_and_actions_give_the_same_game_byte_for_byte() -> None:
    first, second = played(seed=11), played(seed=11)
    assert json.dumps(first.to_save()) == json.dumps(second.to_save())
    assert played(seed=12).state_hash() != first.state_hash()


def test_a_save_for_a_changed_scenario_is_refused_naming_both_hashes() -> None:
    game = played()
    changed = fixture("quorum").model_copy(update={"rounds": 6})
    error = refusal(game.to_save(), changed)
    assert error.key == "engine.save.scenario_changed"
    message = error.message("nl")
    assert scenario_hash(fixture("quorum")) in message
    assert scenario_hash(changed) in message


def test_a_save_for_another_scenario_is_refused() -> None:
    error = refusal(played().to_save(), fixture("unanimity"))
    assert error.key == "engine.save.other_scenario"


def test_a_truncated_save_file_is_refused_with_a_clear_message() -> None:
    text = json.dumps(played().to_save())
    with pytest.raises(SaveError) as caught:
        Game.from_save_text(text[: len(text) // 2], fixture("quorum"))
    assert caught.value.key == "engine.save.not_json"
    assert "afgebroken" in caught.value.message("nl")


def test_a_save_missing_its_last_log_lines_is_refused() -> None:
    data = played().to_save()
    data["log"] = data["log"][:-2]
    assert refusal(data).key == "engine.save.log_differs"


def test_a_save_with_an_action_edited_into_an_illegal_one_is_refused() -> None:
    game = Game(fixture("quorum"))
    game.apply(Propose(actor="politie", package={"vervoer": "taxi", "bedden": "twee"}))
    data = game.to_save()
    data["actions"][0]["package"]["vervoer"] = "elke-melding"
    error = refusal(data)
    assert error.key == "engine.save.illegal_action"
    assert "politie bij elke melding" in error.message("nl")


def test_a_save_with_an_edited_log_line_is_refused() -> None:
    data = played().to_save()
    data["log"][0]["nl"] = "Iets anders."
    assert refusal(data).key == "engine.save.log_differs"


def test_a_save_with_another_seed_is_refused() -> None:
    data = played().to_save()
    data["seed"] += 1
    assert refusal(data).key in {"engine.save.log_differs", "engine.save.hash_differs"}


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (lambda d: d.pop("actions"), "engine.save.malformed"),
        (lambda d: d["actions"].append({"kind": "dance", "actor": "ggz"}), "engine.save.malformed"),
        (lambda d: d.update(seed="zeven"), "engine.save.malformed"),
        (lambda d: d.update(version=99), "engine.save.version"),
        (lambda d: d.update(format="iets"), "engine.save.not_a_save"),
        (lambda d: d.update(state_hash="0" * 64), "engine.save.hash_differs"),
        (lambda d: d.update(seats=["gemeente", "gemeente"]), "engine.save.bad_setup"),
    ],
)
def test_a_tampered_save_is_refused_with_a_message_not_a_traceback(edit: Any, key: str) -> None:
    data = played().to_save()
    edit(data)
    error = refusal(data)
    assert error.key == key
    assert "Traceback" not in error.message("nl")
    assert error.message("en")


def test_a_save_that_is_not_an_object_is_refused() -> None:
    assert refusal([1, 2]).key == "engine.save.not_object"


def test_undo_takes_back_the_last_action_with_everything_it_caused() -> None:
    game = Game(fixture("quorum"))
    before = game.state_hash()
    length = len(game.log)
    game.apply(Pass(actor="politie"))
    game.undo()
    assert game.state_hash() == before
    assert len(game.log) == length
    assert game.current_actor == "politie"


def test_undo_to_a_log_length_goes_back_to_that_point() -> None:
    game = Game(fixture("quorum"))
    game.apply(Pass(actor="politie"))
    mark, state = len(game.log), game.state_hash()
    game.apply(Pass(actor="gemeente"))
    game.apply(Pass(actor="ggz"))  # ends round 1: events of round 2 fire
    game.undo(to=mark)
    assert game.state_hash() == state
    game.undo(to=0)
    assert game.actions == []


def test_undo_on_a_fresh_game_changes_nothing() -> None:
    game = Game(fixture("quorum"))
    before = game.state_hash()
    game.undo()
    assert game.state_hash() == before


def test_actions_travel_as_json() -> None:
    action = Propose(actor="politie", package={"vervoer": "taxi", "bedden": "twee"})
    assert parse_action(json.loads(action.model_dump_json())) == action


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _paths(value, (*prefix, index))
    return out


SAVED = played(seed=5, actions=25).to_save()
SAVED_PATHS = _paths(SAVED)


SAVED_TEXT = json.dumps(SAVED)


def assert_refused_or_identical(load: Any) -> None:
    """A damaged save is refused with a SaveError, or (if the damage was harmless, such as
    dropping a field at its default) loads to exactly the saved state."""
    try:
        game = load()
    except SaveError as error:
        assert error.message("nl") and error.message("en")
    else:
        assert game.state_hash() == SAVED["state_hash"]


@settings(max_examples=150, deadline=None)
@given(path=st.sampled_from(SAVED_PATHS), junk=JUNK, delete=st.booleans())
def test_any_damage_to_a_save_gives_a_save_error_never_a_crash(
    path: tuple[Any, ...], junk: Any, delete: bool
) -> None:
    data = copy.deepcopy(SAVED)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = junk
    assert_refused_or_identical(lambda: Game.from_save(data, fixture("quorum")))


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(0, len(SAVED_TEXT) - 1))
def test_a_save_cut_off_anywhere_is_refused(cut: int) -> None:
    with pytest.raises(SaveError):
        Game.from_save_text(SAVED_TEXT[:cut], fixture("quorum"))
