"""Seating: the difficulty preset sets every bot's strategy; each bot can still be changed."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest

from game.agents import strategies_for
from game.text import t
from game.ui.app import App
from game.ui.driver import click, focus_key, press
from game.ui.session import PERSON


def to_seating(app: App, hotseat: bool = False):
    assert focus_key(app, "menu.hotseat" if hotseat else "menu.solo")
    press(app, pygame.K_RETURN)  # practice / hotseat
    press(app, pygame.K_RETURN)  # this case
    assert type(app.scene).__name__ == "SeatingScene"
    return app.scene


def bots(seating) -> dict[str, str]:
    return {a: s for a, s in seating.seating.items() if s != PERSON}


def test_the_seating_starts_on_the_normal_preset_with_the_scenarios_suggestions(app):
    seating = to_seating(app)
    scenario = seating.scenario
    assert seating.level == "normal"
    assert bots(seating) == strategies_for(scenario, "normal", [scenario.actors[0].id])
    for actor in scenario.actors[1:]:
        if actor.strategy:
            assert seating.seating[actor.id] == actor.strategy
    texts = seating.visible_texts()
    for level in ("easy", "normal", "hard"):
        assert t(f"ui.seating.level.{level}", "nl") in texts


@pytest.mark.parametrize("level", ["easy", "hard", "normal"])
def test_choosing_a_difficulty_by_keyboard_sets_every_bots_strategy(app, level):
    seating = to_seating(app)
    me = seating.scenario.actors[0].id
    assert focus_key(app, f"seating.level.{level}")
    press(app, pygame.K_RETURN)
    assert seating.level == level
    assert bots(seating) == strategies_for(seating.scenario, level, [me])
    assert app.focus.current.key == f"seating.level.{level}"  # the focus stays put
    assert app.focus.current.widget.is_selected


def test_a_bot_changed_after_the_preset_keeps_its_strategy_into_the_game(app):
    seating = to_seating(app)
    scenario = seating.scenario
    click(app, next(i.widget for i in app.focus.items if i.key == "seating.level.hard"))
    hard = strategies_for(scenario, "hard", [scenario.actors[0].id])
    assert bots(seating) == hard
    other = scenario.actors[2].id
    assert focus_key(app, f"seating.{other}")
    press(app, pygame.K_RIGHT)
    changed = seating.seating[other]
    assert changed != hard[other]
    assert seating.level is None
    assert t("ui.seating.level_custom", "nl") in seating.visible_texts()
    assert focus_key(app, "seating.start")
    press(app, pygame.K_RETURN)
    session = app.scene.session
    assert session.seating[other] == changed
    for actor, strategy in hard.items():
        if actor != other:
            assert session.seating[actor] == strategy


def test_playing_another_party_solo_hands_the_preset_to_the_new_set_of_bots(app):
    seating = to_seating(app)
    scenario = seating.scenario
    assert focus_key(app, "seating.level.easy")
    press(app, pygame.K_RETURN)
    new_me = scenario.actors[1].id
    assert focus_key(app, f"seating.{new_me}")
    for _ in range(len(seating.choices)):
        if seating.seating[new_me] == PERSON:
            break
        press(app, pygame.K_RETURN)
    assert seating.people() == {new_me}
    assert seating.level == "easy"
    assert bots(seating) == strategies_for(scenario, "easy", [new_me])


def test_a_hotseat_preset_leaves_the_players_seated(app):
    seating = to_seating(app, hotseat=True)
    people = seating.people()
    assert len(people) == 2
    assert focus_key(app, "seating.level.hard")
    press(app, pygame.K_RETURN)
    assert seating.people() == people
    assert bots(seating) == strategies_for(seating.scenario, "hard", sorted(people))
