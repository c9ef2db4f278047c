"""Small things a trainee would trip over: the hint strip over buttons, jargon in the chooser,
seat names cut at large text."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from pygame_gui.elements import UIButton

from game.scenario.model import text_in
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
    steps(window, 2)
    yield window
    window.close()


def buttons_clear_of_the_hint_strip(app: App) -> None:
    bottom = app.screen.get_height() - app.hint_height()
    steps(app, 2)
    for element in app.ui.get_sprite_group().sprites():
        scrolled = getattr(element.ui_container, "_scroller", None) is not None  # clipped
        if isinstance(element, UIButton) and element.alive() and element.visible and not scrolled:
            assert element.rect.bottom <= bottom, element.text


def test_no_scene_puts_a_button_under_the_hint_strip(app):
    buttons_clear_of_the_hint_strip(app)  # the menu
    assert focus_key(app, "menu.solo")
    press(app, pygame.K_RETURN)
    buttons_clear_of_the_hint_strip(app)  # the chooser
    press(app, pygame.K_RETURN)
    buttons_clear_of_the_hint_strip(app)  # the seating
    press(app, pygame.K_RETURN)
    buttons_clear_of_the_hint_strip(app)  # the briefing
    press(app, pygame.K_RETURN)
    assert type(app.scene).__name__ == "RatingScene"
    buttons_clear_of_the_hint_strip(app)
    press(app, pygame.K_ESCAPE)
    assert type(app.scene).__name__ == "GuessScene"
    buttons_clear_of_the_hint_strip(app)
    app.push(DebriefScene(app, finished_session()))
    buttons_clear_of_the_hint_strip(app)


def test_the_chooser_words_the_difficulty_plainly(app):
    assert focus_key(app, "menu.solo")
    press(app, pygame.K_RETURN)
    shown = "\n".join(app.scene.visible_texts())
    assert "pakketten voor iedereen beter dan geen akkoord" in shown
    assert "bij de start zijn" in shown  # the table as the case starts, not as it ends
    assert "ZOPA" not in shown


def test_long_seat_names_wrap_instead_of_being_cut(app):
    assert focus_key(app, "menu.solo")
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    seating = app.scene
    texts = [text for text in seating.visible_texts() if text]
    assert not any(text.endswith("…") for text in texts)
    words = set(" ".join(texts).split())
    for actor in seating.scenario.actors:
        assert set(text_in(actor.name, "nl").split()) <= words


def _luminance(colour: pygame.Color) -> float:
    """WCAG 2 relative luminance."""

    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_hint_strip_reads_at_wcag_aa_contrast_in_both_themes(high_contrast):
    """The strip draws the background colour on the ink colour (game/ui/app.py)."""
    from game.ui.theme import palette

    colours = palette(high_contrast)
    light, dark = sorted((_luminance(colours.ink), _luminance(colours.background)))
    assert (dark + 0.05) / (light + 0.05) >= (7.0 if high_contrast else 4.5)
