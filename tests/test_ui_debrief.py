"""Debrief: the measures in the player's language, and replaying from any week by keyboard."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest

from game.text import t
from game.ui.app import App
from game.ui.driver import focus_key, press, steps
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.menu import MenuScene
from game.ui.settings import Settings
from tests.test_ui_flow import finished_session


@pytest.fixture(params=[100, 200])
def app(request):
    window = App(Settings(font_scale=request.param), persist=False)
    window.bot_delay = 0
    window.push(MenuScene(window))
    yield window
    window.close()


def test_the_debrief_measures_are_worded_in_dutch(app):
    app.push(DebriefScene(app, finished_session()))
    steps(app, 2)
    text = " ".join(app.scene.visible_texts())
    assert "eerlijkheid" in text and "laten liggen" in text
    assert " fair " not in text and "ε" not in text


def test_every_week_can_be_replayed_by_keyboard_even_when_the_buttons_do_not_fit(app):
    session = finished_session()
    last = session.game.outcome.round
    app.push(DebriefScene(app, session))
    steps(app, 2)
    keys = {item.key for item in app.focus.items}
    if f"debrief.rewind.{last}" not in keys:  # the week picker
        assert focus_key(app, "debrief.rewind")
        for _ in range(last + 2):
            press(app, pygame.K_RIGHT)
        assert app.scene.rewind_week == last
        assert app.focus.current.key == "debrief.rewind"
        assert t("ui.debrief.rewind_to", "nl", round=last) == app.focus.current.widget.text
    else:
        assert focus_key(app, f"debrief.rewind.{last}")
    press(app, pygame.K_RETURN)
    assert type(app.scenes[1]).__name__ == "TableScene"
    assert session.game.round <= last and len(session.attempts) == 1
