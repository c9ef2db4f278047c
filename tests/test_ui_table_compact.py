"""In the smallest window at 200% text the package builder is compact: the options scroll in
the column, and Propose, with the package's points on it, stays pinned below them, always in
view, also with a table crowded with proposals. A hint longer than the strip's room rolls
through it line by line, so none is cut."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from pygame_gui.elements import UIButton, UIImage, UILabel, UITextBox
from table_support import crowded_table
from ui_support import table_on_my_turn

from game.scenario.points import total
from game.text import t
from game.ui.app import HINT_HOLD, HINT_STEP, MIN_SIZE, App
from game.ui.driver import focus_key, press, steps
from game.ui.scenes.briefing import fmt
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.table.score import COMPACT_HINT_LINES
from game.ui.settings import Settings


def propose_button(app: App) -> UIButton:
    return next(i.widget for i in app.focus.items if i.key == "table.propose")


def package_points(table) -> str:
    view = table.view()
    return fmt(total([view.points[i][o] for i, o in table.package.items()]))


def shown_rect(widget) -> pygame.Rect:
    """Where a widget shows: inside a scrolling box, only the part within the box."""
    scroller = getattr(widget.ui_container, "_scroller", None)
    return widget.rect.clip(scroller.rect) if scroller is not None else widget.rect


def covering(app: App, widget) -> list[str]:
    """The visible widgets (and scrolling panels) that show over any part of `widget`."""
    out = []
    for element in app.ui.get_sprite_group().sprites():
        if element is widget or not element.alive() or not element.visible:
            continue
        if isinstance(element, UIButton | UILabel | UITextBox | UIImage):
            area = shown_rect(element)
            if area.width and area.height and area.colliderect(widget.rect):
                out.append(getattr(element, "text", type(element).__name__))
    scrollers = {getattr(e, "_scroller", None) for e in app.ui.get_sprite_group().sprites()}
    out += [
        "a scrolling panel"
        for s in scrollers
        if s is not None and s.box.alive() and s.rect.colliderect(widget.rect)
    ]
    return out


def assert_in_full_view(app: App, widget) -> None:
    window = pygame.Rect((0, 0), app.screen.get_size())
    assert window.contains(widget.rect)
    assert widget.rect.bottom <= window.height - app.hint_height()  # above the strip
    if app.hint_rect is not None:
        assert not app.hint_rect.colliderect(widget.rect)
    assert widget.ui_container is app.ui.get_root_container()  # in no scrolling box
    assert not covering(app, widget), covering(app, widget)


@contextmanager
def crowded_window(lang: str) -> Iterator[tuple[App, object]]:
    """The smallest window at 200% text with a table of 14 proposals (closed afterwards)."""
    app = App(Settings(lang=lang, font_scale=200), size=MIN_SIZE, persist=False)
    app.bot_delay = 0
    try:
        app.push(MenuScene(app))
        yield app, crowded_table(app, 14)
    finally:
        app.close()


def pinned(app: App) -> tuple[UILabel, object]:
    """The compact score label and the Propose button."""
    score = next(
        e
        for e in app.ui.get_sprite_group().sprites()
        if isinstance(e, UILabel) and e.alive() and "#score_compact" in e.object_ids
    )
    propose = next(i.widget for i in app.focus.items if i.key == "table.propose")
    return score, propose


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_score_and_propose_stay_in_view_while_the_options_scroll(lang: str) -> None:
    app = table_on_my_turn(Settings(lang=lang, font_scale=200), MIN_SIZE)
    try:
        table = app.scene
        scroller = table.mid_scroller
        assert scroller is not None and table.pinned  # the compact layout
        window = pygame.Rect((0, 0), app.screen.get_size())
        strip_top = window.height - app.hint_height()
        options = [i for i in app.focus.items if i.key.startswith("opt.")]
        assert all(i.widget.ui_container is scroller.inner for i in options)
        assert scroller.content_height > scroller.rect.height  # the options scroll

        propose = propose_button(app)  # the score is on it
        assert propose.text == t("table.propose_points", lang, points=package_points(table))
        assert window.contains(propose.rect)
        assert propose.rect.bottom <= strip_top
        assert propose.ui_container is not scroller.inner
        assert not propose.rect.colliderect(scroller.rect)
        before = propose.rect.copy()

        first_top = options[0].widget.rect.top
        assert focus_key(app, options[-1].key)  # Tab to the last option scrolls to it
        steps(app, 2)
        assert options[0].widget.rect.top < first_top
        assert options[-1].widget.rect.colliderect(scroller.rect)
        assert propose_button(app).rect == before

        assert focus_key(app, "table.propose")  # and it proposes
        moves = len(table.game.actions)
        press(app, pygame.K_RETURN, frames=3)
        assert len(table.game.actions) > moves
    finally:
        app.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_a_crowded_table_the_score_and_propose_are_always_in_view(lang: str) -> None:
    with crowded_window(lang) as (app, table):
        assert len(table.view().proposals) >= 12
        assert table.pinned  # the compact layout, with the options scrolling above
        propose = propose_button(app)
        points = package_points(table)
        assert propose.text == t("table.propose_points", lang, points=points)
        assert_in_full_view(app, propose)
        place = propose.rect.copy()
        # wherever the keyboard goes (every option, every proposal), Propose stays put in view
        options = [i.key for i in app.focus.items if i.key.startswith(("opt.", "prop."))]
        assert len(options) > 12
        for key in options:
            assert focus_key(app, key), key
            steps(app, 1)
            propose = propose_button(app)
            assert propose.rect == place, key
            assert_in_full_view(app, propose)
        assert focus_key(app, "table.propose")  # its hint has the score in words
        steps(app, 1)
        hint = app.hint()
        assert points in hint and fmt(table.view().batna) in hint
        # a pick changes the points on it, in place
        issue = table.view().issues[0]
        other = next(o.id for o in issue.options if o.id != table.package[issue.id])
        assert focus_key(app, f"opt.{issue.id}.{other}")
        press(app, pygame.K_RETURN, frames=3)
        assert table.package[issue.id] == other
        propose = propose_button(app)
        assert propose.text == t("table.propose_points", lang, points=package_points(table))
        assert propose.rect == place
        assert_in_full_view(app, propose)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_hint_longer_than_the_strip_rolls_through_it_whole(lang: str) -> None:
    with crowded_window(lang) as (app, table):
        room = table.hint_lines
        items = [i for i in app.focus.items if i.hint and i.usable()]
        longest = max(items, key=lambda i: app.hint_lines_of(i.hint))
        lines = app._lines_of(longest.hint)
        assert len(lines) > room  # capped: the body keeps room for the compact builder
        pygame.mouse.set_pos((1, 1))
        assert focus_key(app, longest.key)
        steps(app, 1, dt=0)
        seen: list[tuple[str, ...]] = []
        strip_top = app.screen.get_height() - app.hint_height()
        cycle = 2 * HINT_HOLD + (len(lines) - room - 1) * HINT_STEP
        for _ in range(round(cycle / 0.25) + 2):
            assert app.hint() == longest.hint
            assert app.hint_rect.top >= strip_top  # never taller than its room
            assert len(app.hint_shown) == room
            if not seen or seen[-1] != app.hint_shown:
                seen.append(app.hint_shown)
            steps(app, 1, dt=0.25)
        # every line came into view, in order, a strip's worth at a time, then from the top
        assert seen[0] == lines[:room]
        assert {line for shown in seen for line in shown} == set(lines)
        assert seen[len(lines) - room] == lines[-room:]
        assert seen[-1] == lines[:room]
        assert_in_full_view(app, propose_button(app))
        press(app, pygame.K_TAB)  # another hint starts at its top again
        assert app.hint_shown == app._lines_of(app.hint())[:room]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_strip_keeps_its_room_filled_and_the_panels_take_the_rest(lang: str) -> None:
    """No empty band between the panels and a short hint: the strip is drawn at the height
    it keeps (so nothing jumps when a longer hint comes), with the table's keys in the room
    above a one-line hint; and in this low window it keeps at most COMPACT_HINT_LINES."""
    app = table_on_my_turn(Settings(lang=lang, font_scale=200), MIN_SIZE)
    try:
        table = app.scene
        height = app.screen.get_height()
        assert table.hint_lines <= COMPACT_HINT_LINES
        bodies = [table.mid_rect, table.right_rect, table.log_rect]
        assert max(r.bottom for r in bodies) <= height - app.hint_height()
        option = next(i for i in app.focus.items if i.key.startswith("opt."))
        assert focus_key(app, option.key)
        steps(app, 2)
        assert app.hint() == option.hint and len(app.hint_shown) == 1
        standing = app.standing_rect
        assert standing is not None, "the room above a one-line hint is left empty"
        assert standing.bottom == app.hint_rect.top
        assert standing.top >= height - app.hint_height()
        keys = t("table.keys", lang)
        assert keys in table.drawn_texts
        strip_top = height - app.hint_height()
        assert app.screen.get_at((5, strip_top + 1)) == app.palette.ink  # the strip's colour
    finally:
        app.close()
