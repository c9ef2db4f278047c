"""At a glance in the smallest window the game allows with 200% text (and in the default one):
every button of the menu and every action of the debrief shows without scrolling, the saved
game under Continue reads whole, and a talk option's hint at the table shows in full in the
hint strip. Driven by real key presses and mouse moves."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

from pathlib import Path

import pygame
import pytest
from pygame_gui.elements import UIButton, UILabel, UITextBox
from test_ui_hint_strip import (
    buttons_under_the_strip,
    hover,
    mouse_away,
    shown_rect,
    strip_lines,
)
from test_ui_small_window_layout import layout_problems, scene_buttons
from ui_support import finished_session, new_session, open_menu

from game.scenario.loader import load_scenario
from game.scenario.model import text_in
from game.text import t
from game.ui.app import HINT_PAD, HINT_SIZE, MIN_SIZE, WINDOW_SIZE, App
from game.ui.autosave import autosave_summary
from game.ui.driver import focus_key, press, run_until, steps
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.table import TableScene
from game.ui.session import Session
from game.ui.settings import Settings
from game.ui.textfit import wrap_whole
from game.ui.theme import font

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
LANGS = ["nl", "en"]
MENU_KEYS = [
    "menu.solo",
    "menu.hotseat",
    "menu.join",
    "menu.continue",
    "menu.settings",
    "menu.quit",
]


def window(size: tuple[int, int], scale: int, lang: str) -> App:
    app = open_menu(Settings(lang=lang, font_scale=scale), size)
    steps(app, 1)
    return app


def in_a_scroller(widget) -> bool:
    return getattr(widget.ui_container, "_scroller", None) is not None


def in_full_view(app: App, widget) -> bool:
    """Whole inside the window, above the room kept for the hint strip, not in a scroller."""
    w, h = app.screen.get_size()
    room = pygame.Rect(0, 0, w, h - app.hint_height())
    return not in_a_scroller(widget) and room.contains(widget.rect)


def tab_to_each(app: App, keys: list[str]) -> list[str]:
    """Tab to each control of `keys`: the ones that were not in full view once focused."""
    problems = []
    for key in keys:
        assert focus_key(app, key), key
        steps(app, 1)
        widget = app.focus.current.widget
        if not in_full_view(app, widget):
            problems.append(f"{key} {widget.rect} scrolls or sticks out")
    return problems


def labels_below(app: App, widget) -> list[UILabel]:
    """The labels right under `widget`, top to bottom, that start at its left side or so."""
    out = [
        e
        for e in app.ui.get_sprite_group().sprites()
        if isinstance(e, UILabel)
        and e.alive()
        and widget.rect.bottom <= e.rect.top < widget.rect.bottom + widget.rect.height * 2
        and abs(e.rect.left - widget.rect.left) < widget.rect.width // 4
    ]
    return sorted(out, key=lambda e: e.rect.top)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("size", "scale"), [(MIN_SIZE, 200), (WINDOW_SIZE, 200), (MIN_SIZE, 100)], ids=str
)
def test_every_menu_button_shows_at_once_and_the_saved_game_reads_whole(size, scale, lang):
    new_session("conceder")  # a game to continue: the menu describes it under Continue
    summary = autosave_summary(lang)
    assert summary
    app = window(size, scale, lang)
    try:
        assert not layout_problems(app), layout_problems(app)
        assert not tab_to_each(app, MENU_KEYS), tab_to_each(app, MENU_KEYS)
        shown = {b.text for b in scene_buttons(app) if in_full_view(app, b)}
        assert {t(f"ui.{key}", lang) for key in MENU_KEYS} <= shown
        cont = app.focus.current.widget if app.focus.current.key == "menu.continue" else None
        cont = cont or next(i.widget for i in app.focus.items if i.key == "menu.continue")
        lines = [label.text for label in labels_below(app, cont)]
        assert " ".join(lines).startswith(summary), (lines, summary)
        assert not any(line.endswith("…") for line in lines)
        hover(app, cont)  # the strip says it too, and covers no button
        assert app.hint() == summary
        assert not buttons_under_the_strip(app)
    finally:
        app.close()


@pytest.fixture(scope="module")
def session() -> Session:
    return finished_session()


DEBRIEF_KEYS = ["debrief.export", "debrief.page", "debrief.menu", "debrief.rewind"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_debrief_keeps_its_actions_in_view_on_both_pages(session, lang):
    app = window(MIN_SIZE, 200, lang)
    try:
        app.push(DebriefScene(app, session))
        steps(app, 3)
        for page in ("scores", "learning"):
            assert app.scene.page == page
            assert not layout_problems(app), (page, layout_problems(app))
            buttons = scene_buttons(app)
            assert len(buttons) >= 6  # export, page, menu; the week picker's ‹ week ›
            assert all(in_full_view(app, b) for b in buttons), [b.rect for b in buttons]
            usable = [i for i in app.focus.items if isinstance(i.widget, UIButton) and i.usable()]
            keys = [i.key for i in usable]
            assert set(DEBRIEF_KEYS) <= set(keys), keys
            assert not tab_to_each(app, keys), (page, tab_to_each(app, keys))
            report = [e for e in app.ui.get_sprite_group().sprites() if isinstance(e, UITextBox)]
            assert len(report) == 1 and in_full_view(app, report[0])  # it scrolls inside
            assert report[0].rect.height >= 3 * font(app.scene.s(15)).get_linesize()
            assert focus_key(app, "debrief.rewind")
            mouse_away(app)
            assert not buttons_under_the_strip(app)  # the week picker's hint, two lines
            press(app, pygame.K_RIGHT)  # another week: the layout holds
            assert app.scene.rewind_week == 2
            assert not tab_to_each(app, DEBRIEF_KEYS)
            press(app, pygame.K_LEFT)
            press(app, pygame.K_F2)
        assert focus_key(app, "debrief.export")
        press(app, pygame.K_RETURN, frames=3)  # the strip says where it went
        mouse_away(app)
        assert app.hint() == app.status and strip_lines(app) >= 2
        assert all(in_full_view(app, b) for b in scene_buttons(app))
        assert not buttons_under_the_strip(app)
    finally:
        app.close()


def talk_hints(path: Path, lang: str) -> list[str]:
    """Every reveal and stock-phrase hint the table can show for `path`'s scenario, with the
    longest suffix ('n of count')."""
    scenario = load_scenario(path).scenario
    hints = []
    for actor in scenario.actors:
        texts = [t("ui.table.reveal", lang, text=text_in(i.text, lang)) for i in actor.interests]
        hints += [
            f"{text} · " + t("ui.table.talk_more", lang, n=len(texts), count=len(texts))
            for text in texts
        ]
    more = t("ui.table.talk_more", lang, n=len(scenario.phrases), count=len(scenario.phrases))
    hints += [
        t("ui.table.phrase", lang, text=text_in(p.text, lang)) + f" · {more}"
        for p in scenario.phrases
    ]
    return hints


@pytest.mark.parametrize("lang", LANGS)
def test_every_shipped_talk_hint_fits_the_strip_whole_at_the_smallest_window(lang):
    app = window(MIN_SIZE, 200, lang)
    try:
        f = font(round(HINT_SIZE * app.settings.scale))
        width = app.screen.get_width() - 6 * HINT_PAD
        for path in sorted(SCENARIOS.glob("*.yaml")):
            for hint in talk_hints(path, lang):
                whole = len(wrap_whole(hint, f, width))
                assert app.hint_lines_of(hint) == whole, (path.name, hint)
    finally:
        app.close()


@pytest.mark.parametrize("lang", LANGS)
def test_each_reveal_hint_at_the_table_shows_in_full(lang):
    app = window(MIN_SIZE, 200, lang)
    try:
        app.push(TableScene(app, new_session("conceder")))
        steps(app, 2)
        press(app, pygame.K_RETURN)  # the briefing
        press(app, pygame.K_ESCAPE)  # no self-assessment
        press(app, pygame.K_ESCAPE)  # no priority guesses
        table = app.scene
        assert run_until(app, lambda: table.legal.my_turn, 400)
        assert focus_key(app, "talk.reveal")
        mouse_away(app)
        layout = tuple(table.right_rect)
        f = font(round(HINT_SIZE * app.settings.scale))
        width = app.screen.get_width() - 6 * HINT_PAD
        seen = set()
        for _ in range(4):
            hint = app.hint()
            assert hint.startswith(t("ui.table.reveal", lang, text=""))
            seen.add(hint)
            assert strip_lines(app) == len(wrap_whole(hint, f, width)) >= 3, hint
            assert not buttons_under_the_strip(app)
            assert tuple(table.right_rect) == layout  # the table stays put
            press(app, pygame.K_RIGHT, frames=3)
        assert len(seen) >= 2
        # above that tall strip the options, the score and Propose still come into view
        first = table.view().issues[0]
        for key in (f"opt.{first.id}.{first.options[0].id}", "table.propose"):
            assert focus_key(app, key), key
            steps(app, 1)
            widget = app.focus.current.widget
            shown = shown_rect(widget)
            room = app.screen.get_height() - app.hint_height()
            assert shown == widget.rect and shown.bottom <= room, key
    finally:
        app.close()
