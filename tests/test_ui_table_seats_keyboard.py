"""Where the seats are a scrolling list (the smallest window, 200% text), a keyboard user
reaches every party: each seat is a Tab stop between the top bar and the package builder, and
the list scrolls to the seat in focus. Where the seats all show, Tab skips them. Driven by
real key presses."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from scenario_support import LINDELAAN
from ui_support import table_on_my_turn

from game.ui.app import MIN_SIZE, App
from game.ui.driver import press, steps
from game.ui.settings import Settings

PADDING = 4  # px above and below a seat in the list at 200% text (half its gap)


def open_table(size: tuple[int, int], scale: int, lang: str) -> App:
    """A solo game of Lindelaan (six parties, consultations) opened by keyboard from the menu,
    the player to move."""
    return table_on_my_turn(Settings(lang=lang, font_scale=scale), size, LINDELAAN)


def tab_until(app: App, key: str, shift: bool = False, most: int = 80) -> list[str]:
    """Tab (or Shift-Tab) until `key` has the focus; the keys passed on the way, in order."""
    passed = []
    for _ in range(most):
        press(app, pygame.K_TAB, mod=pygame.KMOD_SHIFT if shift else 0)
        passed.append(app.focus.current.key)
        if passed[-1] == key:
            return passed
    raise AssertionError(f"{key} not reached: {passed}")


def seat_in_view(app: App) -> bool:
    """The focused seat shows whole in its list (its padding may be cut: the list's bar stops
    at whole pixels of its track), or from its top (the name) when it is taller than the list.
    Taller is the scroller's own measure: the seat's tab stop, padding included."""
    widget = app.focus.current.widget
    view = widget.ui_container._scroller.rect
    seat = widget.rect.inflate(0, -2 * PADDING)
    if widget.rect.height <= view.height:
        return view.contains(seat)
    return view.top <= seat.top < view.bottom - view.height // 2


@pytest.mark.parametrize(
    ("size", "lang"),
    [(MIN_SIZE, "nl"), (MIN_SIZE, "en"), ((1280, 800), "nl")],
    ids=["800x560-nl", "800x560-en", "1280x800-nl"],
)
def test_every_seat_of_a_scrolling_list_is_reached_by_tab(size, lang):
    app = open_table(size, 200, lang)
    try:
        table = app.scene
        assert table.seats_scroll
        parties = [a for a in table.view().actors if a.status != "absent"]
        seats = [f"seat.{k}" for k in range(len(parties))]
        back = tab_until(app, "table.menu", shift=True)  # from the builder back to the top bar
        assert [k for k in back if k.startswith("seat.")] == seats[::-1]
        for k in seats:  # and forward again, seat by seat: each scrolls into view
            assert tab_until(app, k) == [k]
            steps(app, 1)
            assert seat_in_view(app), k
        first_option = next(i.key for i in app.focus.items if i.key.startswith("opt."))
        assert tab_until(app, first_option) == [first_option]
    finally:
        app.close()


def test_back_up_the_list_shows_the_first_seat_again():
    app = open_table(MIN_SIZE, 200, "en")
    try:
        last = f"seat.{sum(a.status != 'absent' for a in app.scene.view().actors) - 1}"
        tab_until(app, last, shift=True)  # the list scrolled down to its last seat
        assert tab_until(app, "seat.0", shift=True)[-1] == "seat.0"
        steps(app, 1)
        assert seat_in_view(app)
    finally:
        app.close()


def test_seats_that_all_show_are_no_tab_stops():
    app = open_table((1280, 800), 100, "en")
    try:
        assert not app.scene.seats_scroll
        assert not [i.key for i in app.focus.items if i.key.startswith("seat.")]
    finally:
        app.close()


def test_the_mouse_wheel_still_scrolls_the_seat_list():
    """The seats' Tab stops lie over the list: they do not take the wheel from it."""
    app = open_table(MIN_SIZE, 200, "en")
    try:
        stop = next(i.widget for i in app.focus.items if i.key == "seat.0")
        scroller = stop.ui_container._scroller
        bar = scroller.box.vert_scroll_bar
        assert bar.start_percentage == 0
        pygame.mouse.set_pos(scroller.rect.center)
        motion = {"pos": scroller.rect.center, "rel": (0, 0), "buttons": (0, 0, 0)}
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, **motion))
        steps(app, 2)
        for _ in range(3):
            wheel = {"x": 0, "y": -1, "flipped": False, "precise_x": 0.0, "precise_y": -1.0}
            pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, **wheel))
            steps(app, 3)
        assert bar.start_percentage > 0
    finally:
        app.close()
