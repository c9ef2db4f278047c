"""A wrapped button keeps its whole text, shows its lines in every state, and follows a
change of lines or text."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pygame_gui
import pytest

from game.ui.theme import font, theme_data
from game.ui.wrapbutton import STATES, WrappedButton


@pytest.fixture
def manager():
    pygame.init()
    pygame.display.set_mode((400, 300))
    yield pygame_gui.UIManager((400, 300), theme_data(False, 2.0))


def test_the_text_stays_whole_and_each_state_shows_all_its_lines(manager):
    f = font(30)
    button = WrappedButton(
        pygame.Rect(10, 10, 200, 110),
        "Stel dit pakket voor",
        ["Stel dit", "pakket voor"],
        f,
        manager,
    )
    assert button.text == "Stel dit pakket voor"
    for state in STATES:
        (picture,) = getattr(button, f"{state}_images")
        assert picture.get_height() == 2 * f.get_linesize()
        assert picture.get_width() == f.size("pakket voor")[0]
    button.select()
    button.disable()
    manager.update(0.01)
    manager.draw_ui(pygame.display.get_surface())
    assert button.text == "Stel dit pakket voor"


def test_other_lines_or_text_are_shown_and_the_same_ones_cost_no_rebuild(manager):
    f = font(30)
    button = WrappedButton(
        pygame.Rect(0, 0, 150, 110), "Escalatietafel", ["Escalatie-", "tafel"], f, manager
    )
    shape = button.drawable_shape
    button.set_lines("Escalatietafel", ["Escalatie-", "tafel"])
    assert button.drawable_shape is shape
    button.set_lines("Weglopen nu", ["Weglopen", "nu"])
    assert button.text == "Weglopen nu" and button.lines == ["Weglopen", "nu"]
    assert button.drawable_shape is not shape
    assert button.normal_images[0].get_width() == f.size("Weglopen")[0]
