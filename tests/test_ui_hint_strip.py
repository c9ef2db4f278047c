"""The hint strip at the bottom of the window never covers a button: each scene lays out above
the room its longest hint needs, for the mouse (hover) and the keyboard (focus) alike, also
at 200% text in the smallest window the game allows."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pygame_gui.elements import UIButton
from scenario_support import LINDELAAN
from ui_support import finished_session, open_menu, scene_name

from game.scenario.loader import load_scenario
from game.ui.app import HINT_HOLD, HINT_STEP, MIN_SIZE, WINDOW_SIZE, App, roll_offset
from game.ui.driver import focus_key, press, run_until, steps, type_text
from game.ui.focus import Focusable
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.table import TableScene
from game.ui.session import PERSON, Session
from game.ui.settings import Settings
from game.ui.textfit import wrap
from game.ui.theme import font

WINDOWS = [(MIN_SIZE, "nl"), (MIN_SIZE, "en"), (WINDOW_SIZE, "nl"), (WINDOW_SIZE, "en")]
WINDOW_IDS = ["smallest-nl", "smallest-en", "default-nl", "default-en"]


def window(size: tuple[int, int], lang: str) -> App:
    return open_menu(Settings(lang=lang, font_scale=200), size)


def longest_hint(app: App) -> Focusable | None:
    """The usable control whose hint takes the most lines in the strip (then the most text)."""
    f = font(round(14 * app.settings.scale))
    width = app.screen.get_width()
    items = [item for item in app.focus.items if item.hint and item.usable()]
    return max(items, key=lambda i: (len(wrap(i.hint, f, width, 99)), len(i.hint)), default=None)


def strip_lines(app: App) -> int:
    """How many lines of text the hint strip showed in the last frame."""
    return app.hint_rect.height // font(round(14 * app.settings.scale)).get_linesize()


def shown_rect(widget) -> pygame.Rect:
    """Where a widget shows: inside a scrolling box, only the part within the box."""
    scroller = getattr(widget.ui_container, "_scroller", None)
    return widget.rect.clip(scroller.rect) if scroller is not None else widget.rect


def buttons_under_the_strip(app: App) -> list[str]:
    strip = app.hint_rect
    assert strip is not None, "no hint shown"
    return [
        element.text
        for element in app.ui.get_sprite_group().sprites()
        if isinstance(element, UIButton)
        and element.alive()
        and element.visible
        and shown_rect(element).colliderect(strip)
    ]


def hover(app: App, widget) -> None:
    pos = shown_rect(widget).center
    pygame.mouse.set_pos(pos)
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 0), buttons=(0, 0, 0))
    )
    steps(app, 3)


def mouse_away(app: App) -> None:
    pos = (1, 1)
    pygame.mouse.set_pos(pos)
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 0), buttons=(0, 0, 0))
    )
    steps(app, 3)


def check_the_longest_hint(app: App) -> int:
    """Focus the control with the longest hint by Tab, then hover it: each time the strip
    shows that hint in full view, above the window's bottom edge, over no button. The number
    of lines the strip took."""
    item = longest_hint(app)
    if item is None:
        return 0
    mouse_away(app)
    assert focus_key(app, item.key), item.key
    steps(app, 2)
    assert app.hint() == item.hint
    assert not buttons_under_the_strip(app), (scene_name(app), buttons_under_the_strip(app))
    hover(app, item.widget)
    assert app.hint() == item.hint
    assert not buttons_under_the_strip(app), (scene_name(app), buttons_under_the_strip(app))
    height = app.screen.get_height()
    assert app.hint_rect.top >= height - app.hint_height()  # the room the scene left for it
    return strip_lines(app)


@pytest.mark.parametrize(("size", "lang"), WINDOWS, ids=WINDOW_IDS)
def test_the_longest_hint_of_each_scene_covers_no_button(size, lang) -> None:
    app = window(size, lang)
    try:
        lines = {}
        lines["MenuScene"] = check_the_longest_hint(app)
        press(app, pygame.K_RETURN)  # practice
        for expected in ("ChooserScene", "SeatingScene", "BriefingScene"):
            assert scene_name(app) == expected
            lines[expected] = check_the_longest_hint(app)
            assert focus_key(app, app.scene.default_focus)
            press(app, pygame.K_RETURN)
        assert scene_name(app) == "RatingScene"
        lines["RatingScene"] = check_the_longest_hint(app)
        press(app, pygame.K_ESCAPE)  # no self-assessment
        press(app, pygame.K_ESCAPE)  # no priority guesses
        assert scene_name(app) == "TableScene"
        table = app.scene
        assert run_until(app, lambda: table.legal.my_turn, 400)
        lines["TableScene"] = check_the_longest_hint(app)
        app.push(DebriefScene(app, finished_session()))
        steps(app, 2)
        lines["DebriefScene"] = check_the_longest_hint(app)
        if size == MIN_SIZE:  # the difficulty hint wraps there: the case this is about
            assert lines["SeatingScene"] >= 2, lines
    finally:
        app.close()


@pytest.mark.parametrize(("size", "lang"), WINDOWS, ids=WINDOW_IDS)
def test_the_join_form_and_its_status_stay_clear_of_the_strip(size, lang) -> None:
    app = window(size, lang)
    try:
        assert focus_key(app, "menu.join")
        press(app, pygame.K_RETURN)
        assert scene_name(app) == "JoinScene"
        check_the_longest_hint(app)
        type_text(app, "not an address " * 12)  # a refusal that wraps over several lines
        assert focus_key(app, "join.connect")
        press(app, pygame.K_RETURN, frames=3)
        mouse_away(app)
        assert app.status and app.hint() == app.status
        assert strip_lines(app) >= 2
        assert not buttons_under_the_strip(app), buttons_under_the_strip(app)
        connect = next(i.widget for i in app.focus.items if i.key == "join.connect")
        assert shown_rect(connect).height > 0  # scrolled into view by the focus
        assert shown_rect(connect).bottom <= app.hint_rect.top
    finally:
        app.close()


LONG_PHRASE = (
    "Wij willen eerst precies begrijpen wat elke partij nodig heeft voordat wij iets toezeggen, "
    "want een akkoord dat morgen sneuvelt helpt niemand aan deze tafel verder, ook ons niet. "
    "Laten we daarom de belangen naast elkaar leggen, de kosten eerlijk verdelen en pas dan "
    "over aantallen, voorwaarden en de planning van de vergunning gaan praten."
)


def table_with_a_long_last_phrase(size: tuple[int, int], scale: int) -> App:
    """A solo game of the default case whose last stock phrase is long: the talk row shows
    a short phrase first and reaches the long one with the arrows."""
    path = LINDELAAN
    scenario = load_scenario(path).scenario
    last = scenario.phrases[-1].model_copy(update={"text": LONG_PHRASE})
    scenario = scenario.model_copy(update={"phrases": [*scenario.phrases[:-1], last]})
    seating = {a.id: "conceder" for a in scenario.actors}
    seating[scenario.actors[0].id] = PERSON
    app = App(Settings(font_scale=scale), size=size, persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    app.push(TableScene(app, Session.start(path, scenario, seating, "solo", autosave=False)))
    steps(app, 2)
    press(app, pygame.K_RETURN)  # the briefing
    press(app, pygame.K_ESCAPE)  # no self-assessment
    press(app, pygame.K_ESCAPE)  # no priority guesses
    table = app.scene
    assert scene_name(app) == "TableScene"
    assert run_until(app, lambda: table.legal.my_turn, 400)
    return app


@pytest.mark.parametrize(("size", "scale"), [(MIN_SIZE, 200), (WINDOW_SIZE, 100)])
def test_arrowing_to_a_longer_talk_option_keeps_the_table_still_and_clear_of_the_strip(
    size, scale
) -> None:
    app = table_with_a_long_last_phrase(size, scale)
    try:
        assert focus_key(app, "talk.phrase")
        layout = (app.scene.hint_lines, tuple(app.scene.right_rect))
        seen = set()
        for _ in range(len(app.scene.game.scenario.phrases)):
            press(app, pygame.K_RIGHT, frames=3)
            item = app.focus.current
            assert item.key == "talk.phrase"
            seen.add(item.hint)
            assert (app.scene.hint_lines, tuple(app.scene.right_rect)) == layout, "laid out anew"
            assert app.hint() == item.hint
            assert not buttons_under_the_strip(app), buttons_under_the_strip(app)
        assert any(LONG_PHRASE in hint for hint in seen)
    finally:
        app.close()


@given(
    lines=st.integers(min_value=1, max_value=40),
    room=st.integers(min_value=1, max_value=12),
    elapsed=st.floats(min_value=0, max_value=10_000, allow_nan=False),
)
def test_a_long_hint_rolls_through_every_line_and_starts_again(lines, room, elapsed) -> None:
    """The strip's first line at any moment keeps the strip full; over one round every line
    shows, each first position at least HINT_STEP long, and the round starts at the top."""
    first = roll_offset(lines, room, elapsed)
    last = max(0, lines - room)
    assert 0 <= first <= last
    if last == 0:
        return
    cycle = 2 * HINT_HOLD + (last - 1) * HINT_STEP
    assert roll_offset(lines, room, elapsed % cycle) == first  # it goes round
    seen = {
        roll_offset(lines, room, k * HINT_STEP / 4) for k in range(round(4 * cycle / HINT_STEP))
    }
    assert seen == set(range(last + 1))
    assert roll_offset(lines, room, 0) == 0 and roll_offset(lines, room, cycle) == 0
