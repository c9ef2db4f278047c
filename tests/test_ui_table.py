"""The table scene: a safe first focus, names in full, long talk and moves readable."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest

from game.scenario.model import text_in
from game.ui.app import App
from game.ui.driver import press, run_until, steps
from game.ui.scenes.menu import MenuScene
from game.ui.settings import Settings


def open_table(settings: Settings) -> App:
    app = App(settings, persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    steps(app, 2)
    for _ in range(4):  # practice, this case, seating, briefing
        press(app, pygame.K_RETURN)
    assert type(app.scene).__name__ == "TableScene"
    return app


@pytest.fixture
def app():
    window = open_table(Settings())
    yield window
    window.close()


def test_the_first_focus_at_the_table_is_the_package_builder_and_enter_does_not_pass(app):
    table = app.scene
    assert run_until(app, lambda: table.legal.my_turn, 200)
    first = table.view().issues[0].id
    assert app.focus.current.key == f"opt.{first}.{table.package[first]}"
    moves = len(table.game.actions)
    press(app, pygame.K_RETURN, frames=3)
    assert len(table.game.actions) == moves
    assert table.legal.my_turn and table.legal.can_move


def test_every_party_at_the_table_is_named_in_full(app):
    steps(app, 2)
    drawn = " ".join(app.scene.drawn_texts)
    for actor in app.scene.view().actors:
        for word in text_in(actor.name, "nl").split():
            assert word in drawn.split(), word
