"""The seating holds together in the smallest window the game allows and in the default one,
at 100% and 200% text: no two buttons overlap, no text is cut (with '…' or by its box), a
long one-word party name is broken rather than cut, and everything scrolls into reach."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from pygame_gui.elements import UIButton, UILabel, UIScrollingContainer

from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import Scenario, text_in
from game.ui.app import MIN_SIZE, WINDOW_SIZE, App
from game.ui.driver import click, focus_key, press, steps
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.seating import SeatingScene
from game.ui.settings import Settings

SIZES = [MIN_SIZE, WINDOW_SIZE]
LONG_WORD = "Bewonerscommissievertegenwoordigingsoverlegorgaanvoorzitterschap"


def seating_window(path, scenario: Scenario, size, scale: int, lang: str, mode: str) -> App:
    app = App(Settings(lang=lang, font_scale=scale), size=size, persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    app.push(SeatingScene(app, path, scenario, mode))
    steps(app, 2)
    return app


def texts_and_buttons(app: App) -> tuple[list[UILabel | UIButton], list[UIButton]]:
    """The scene's live labels and buttons, and the buttons a person can reach (the scroll
    bar's arrows are not the scene's)."""
    reachable = {id(item.widget) for item in app.focus.items}
    shown = [
        element
        for element in app.ui.get_sprite_group().sprites()
        if element.alive()
        and isinstance(element, (UILabel, UIButton))
        and (isinstance(element, UILabel) or id(element) in reachable)
    ]
    return shown, [element for element in shown if isinstance(element, UIButton)]


def cut_texts(elements: list[UILabel | UIButton]) -> list[str]:
    """Texts ending in '…', or wider than their box (pygame_gui clips those silently)."""
    cut = []
    for element in elements:
        padding = element.text_horiz_alignment_padding
        room = element.rect.width - 2 * padding - (2 if isinstance(element, UIButton) else 0)
        if "…" in element.text or element.font.size(element.text)[0] > room:
            cut.append(element.text)
    return cut


def overlapping(buttons: list[UIButton]) -> list[tuple[str, str]]:
    return [
        (a.text, b.text)
        for k, a in enumerate(buttons)
        for b in buttons[k + 1 :]
        if a.ui_container is b.ui_container and a.relative_rect.colliderect(b.relative_rect)
    ]


def assert_the_layout_holds(app: App) -> None:
    elements, buttons = texts_and_buttons(app)
    assert buttons
    assert not cut_texts(elements), cut_texts(elements)
    assert not overlapping(buttons), overlapping(buttons)
    w, h = app.scene.size
    root = app.ui.get_root_container()
    at_root = [e for e in elements if e.ui_container is root]
    boxes = [e for e in app.ui.get_sprite_group().sprites() if isinstance(e, UIScrollingContainer)]
    assert len(boxes) == 1
    for element in at_root:  # title, Back and Start: in the window, clear of the list
        assert element.rect.left >= 0 and element.rect.right <= w, element.text
        assert element.rect.bottom <= h, element.text
        for box in boxes:
            assert not box.rect.colliderect(element.rect), element.text
    for element in (e for e in elements if e.ui_container is not root):
        scroller = element.ui_container._scroller
        assert element.relative_rect.left >= 0, element.text
        assert element.relative_rect.right <= scroller.width, element.text  # no sideways scroll
        assert element.relative_rect.bottom <= scroller.content_height, element.text


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.stem)
def test_no_button_overlaps_and_no_text_is_cut(path, lang, scale, size) -> None:
    scenario = load_scenario(path).scenario
    for mode in ("solo", "hotseat"):
        app = seating_window(path, scenario, size, scale, lang, mode)
        try:
            assert_the_layout_holds(app)
            shown = " ".join(app.scene.visible_texts()).split()
            for actor in scenario.actors:  # every name whole, word for word
                assert set(text_in(actor.name, lang).split()) <= set(shown), actor.id
        finally:
            app.close()


@pytest.mark.parametrize("size", [MIN_SIZE, WINDOW_SIZE], ids=["smallest", "default"])
@pytest.mark.parametrize("scale", [100, 200])
def test_a_bot_changed_by_hand_shows_its_note_without_overlap(size, scale) -> None:
    path = shipped_scenarios()[0]
    scenario = load_scenario(path).scenario
    app = seating_window(path, scenario, size, scale, "nl", "solo")
    try:
        assert focus_key(app, f"seating.{scenario.actors[2].id}")
        press(app, pygame.K_RIGHT)
        assert app.scene.level is None
        assert "eigen keuze per bot" in app.scene.visible_texts()
        assert_the_layout_holds(app)
    finally:
        app.close()


@pytest.mark.parametrize("size", [MIN_SIZE, WINDOW_SIZE], ids=["smallest", "default"])
@pytest.mark.parametrize("scale", [100, 200])
def test_a_name_of_one_long_word_is_broken_over_lines_not_cut(size, scale) -> None:
    path = shipped_scenarios()[0]
    scenario = load_scenario(path).scenario
    first = scenario.actors[0].model_copy(update={"name": LONG_WORD, "role": LONG_WORD.lower()})
    long_scenario = scenario.model_copy(update={"actors": [first, *scenario.actors[1:]]})
    app = seating_window(path, long_scenario, size, scale, "nl", "solo")
    try:
        assert_the_layout_holds(app)
        headings = sorted(
            (e.relative_rect.top, e.text)
            for e in texts_and_buttons(app)[0]
            if isinstance(e, UILabel) and "#heading" in e.object_ids
        )
        lines = [text for _top, text in headings]
        first = next(k for k, text in enumerate(lines) if LONG_WORD.startswith(text[:-1]))
        last = next(k for k in range(first, len(lines)) if not lines[k].endswith("-"))
        pieces = lines[first : last + 1]
        if size == MIN_SIZE:  # too wide for one line there, even over the whole width
            assert len(pieces) >= 2
        assert "".join(piece.removesuffix("-") for piece in pieces) == LONG_WORD
    finally:
        app.close()


def test_the_difficulty_buttons_still_set_the_preset_in_the_smallest_window() -> None:
    path = shipped_scenarios()[0]
    scenario = load_scenario(path).scenario
    app = seating_window(path, scenario, MIN_SIZE, 200, "nl", "solo")
    try:
        hard = next(i.widget for i in app.focus.items if i.key == "seating.level.hard")
        assert focus_key(app, "seating.level.hard")  # scrolled into view by the focus
        click(app, hard)
        assert app.scene.level == "hard"
        assert_the_layout_holds(app)
    finally:
        app.close()
