"""Debrief: the measures in the player's language, read from the one debrief structure (the
trainee's plain figures; Nash ratio and fairness are the trainer's), what another way of
playing would have earned (worked out after the first frame, in under two seconds), and
replaying from any week by keyboard."""

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
    assert "Integratie-index:" in text and "Laten liggen" in text
    assert "het beste pakket dat samen haalbaar was" in text
    assert " fair " not in text and "ε" not in text
    # the trainer's figures stay in the trainer's report
    assert "eerlijkheid" not in text.lower() and "Nash" not in text
    assert " 0 punten meer" not in text and "spelscore" not in text


def test_the_trainee_sees_what_another_way_of_playing_would_have_earned(app):
    session = finished_session()
    app.push(DebriefScene(app, session))
    steps(app, 1)
    scene = app.scene
    assert scene.full.counterfactual is None  # the first frame says it is being worked out
    assert "Andere speelwijzen worden doorgerekend…" in " ".join(scene.visible_texts())
    steps(app, 2)
    found = scene.full.counterfactual
    assert found is not None and found.seat == session.people()[0]
    assert set(found.strategies) == {"integrative", "reciprocal", "tough", "conceder"}
    text = " ".join(app.scene.visible_texts())
    assert "Wat een andere speelwijze had opgeleverd" in text
    assert "Jij, dit potje" in text
    for word in ("integratief", "wederkerig", "hard", "toegeeflijk"):
        assert f"{word}:" in text
    # the figures are those of the one structure the report reads too
    assert scene.full.as_json()["counterfactual"]["seat"] == found.seat


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
