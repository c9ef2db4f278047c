"""Menu, settings, debrief, join and the facilitator's dashboard hold together in the smallest
window the game allows and in the default one, at 100% and 200% text: no two buttons overlap,
none sticks out of the window or into the hint strip, no text is cut with '…', and what does
not fit scrolls into reach."""

from __future__ import annotations

import os
import time
from contextlib import contextmanager

os.environ["SDL_VIDEODRIVER"] = "dummy"

from collections.abc import Callable, Iterator

import pygame
import pytest
from net_support import make_room
from pygame_gui.elements import UIButton, UILabel
from test_net_dashboard import room_in_a_thread
from test_ui_hint_strip import shown_rect
from ui_support import finished_session

from game.net.bridge import ClientThread
from game.net.client import RoomClient
from game.ui.app import MIN_SIZE, WINDOW_SIZE, App
from game.ui.driver import focus_key, steps
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.facilitator_link import Facilitation
from game.ui.scenes.join import JoinScene
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.settings import SettingsScene
from game.ui.session import Session
from game.ui.settings import Settings

SIZES = [MIN_SIZE, WINDOW_SIZE]
SCENES = ["menu", "settings", "debrief", "join", "dashboard"]


def scene_buttons(app: App) -> list[UIButton]:
    """The scene's live buttons (a scroll bar's arrows are not the scene's)."""
    own = {id(item.widget) for item in app.focus.items} | {id(w) for w in app.scene.actions}
    return [
        e
        for e in app.ui.get_sprite_group().sprites()
        if isinstance(e, UIButton) and e.alive() and e.visible and id(e) in own
    ]


def layout_problems(app: App) -> list[str]:
    """Everything wrong with the layout on screen now, in words (empty when it holds)."""
    problems = []
    w, h = app.screen.get_size()
    strip_top = h - app.hint_height()
    window = pygame.Rect(0, 0, w, h)
    buttons = scene_buttons(app)
    if not buttons:
        problems.append("no buttons")
    for k, a in enumerate(buttons):
        for b in buttons[k + 1 :]:
            if a.ui_container is b.ui_container and a.relative_rect.colliderect(b.relative_rect):
                problems.append(f"overlap: {a.text!r} / {b.text!r}")
        scroller = getattr(a.ui_container, "_scroller", None)
        if scroller is None:
            if not window.contains(a.rect):
                problems.append(f"out of the window: {a.text!r} {a.rect}")
            if a.rect.bottom > strip_top:
                problems.append(f"into the hint strip: {a.text!r}")
        else:
            rel = a.relative_rect
            if rel.left < 0 or rel.right > scroller.width or rel.bottom > scroller.content_height:
                problems.append(f"out of its scrolling box: {a.text!r}")
            if scroller.rect.bottom > strip_top or not window.contains(scroller.rect):
                problems.append("scrolling box out of the window or into the hint strip")
    root = app.ui.get_root_container()
    for element in app.ui.get_sprite_group().sprites():
        if not isinstance(element, (UILabel, UIButton)) or not element.alive():
            continue
        padding = element.text_horiz_alignment_padding
        room = element.rect.width - 2 * padding - (2 if isinstance(element, UIButton) else 0)
        lines = getattr(element, "lines", None) or [element.text]  # a WrappedButton's own
        line_font = getattr(element, "line_font", None) or element.font
        if any(t.endswith("…") or line_font.size(t)[0] > room for t in lines):
            problems.append(f"cut: {element.text!r}")  # pygame_gui clips a wide text silently
        at_root = isinstance(element, UILabel) and element.ui_container is root
        if at_root and (element.rect.right > w or element.rect.bottom > strip_top):
            problems.append(f"label out of the window: {element.text!r}")
    problems += [f"cut: {text!r}" for text in app.scene.drawn_texts if text.endswith("…")]
    return problems


def reach_every_button(app: App) -> list[str]:
    """Tab to each focusable button: each must then show whole, clear of the strip."""
    problems = []
    strip_top = app.screen.get_height() - app.hint_height()
    for item in list(app.focus.items):
        if not isinstance(item.widget, UIButton) or not item.usable():
            continue
        focus_key(app, item.key)
        steps(app, 1)
        shown = shown_rect(item.widget)
        if shown.height < item.widget.rect.height or shown.bottom > strip_top:
            problems.append(f"not reachable: {item.widget.text!r}")
    return problems


# --- opening each scene ----------------------------------------------------------------------
def open_settings(app: App, _session: Session, _room: Facilitation) -> None:
    app.push(SettingsScene(app))


def open_debrief(app: App, session: Session, _room: Facilitation) -> None:
    app.push(DebriefScene(app, session))


def open_join(app: App, _session: Session, _room: Facilitation) -> None:
    app.push(JoinScene(app))


def open_dashboard(app: App, _session: Session, room: Facilitation) -> None:
    app.push(DashboardScene(app, room))


OPEN: dict[str, Callable[[App, Session, Facilitation], None]] = {
    "menu": lambda app, session, room: None,
    "settings": open_settings,
    "debrief": open_debrief,
    "join": open_join,
    "dashboard": open_dashboard,
}


def window(name: str, size, scale: int, lang: str, session: Session, room: Facilitation) -> App:
    """A window on the menu with scene `name` opened over it."""
    app = App(Settings(lang=lang, font_scale=scale), size=size, persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    OPEN[name](app, session, room)
    steps(app, 3)
    return app


@pytest.fixture(scope="module")
def session() -> Session:
    return finished_session()


@contextmanager
def live_room() -> Iterator[Facilitation]:
    """A live room of two tables on loopback, the dashboard's link to it signed in."""
    served = make_room(tables=2)
    with room_in_a_thread(served) as server:
        link = ClientThread(
            RoomClient(f"127.0.0.1:{server.port}", facilitator_token=served.facilitator_token)
        )
        assert link.start()
        facilitation = Facilitation(link)
        end = time.monotonic() + 20
        while facilitation.status is None and time.monotonic() < end:
            facilitation.poll("nl")
            time.sleep(0.01)
        assert facilitation.status is not None, "no room status"
        try:
            yield facilitation
        finally:
            link.close()


@pytest.fixture(scope="module")
def room() -> Iterator[Facilitation]:
    with live_room() as facilitation:
        yield facilitation


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("name", SCENES)
def test_nothing_overlaps_is_cut_or_out_of_reach(name, scale, size, session, room) -> None:
    for lang in ("nl", "en"):
        app = window(name, size, scale, lang, session, room)
        try:
            assert not layout_problems(app), (lang, layout_problems(app))
            assert not reach_every_button(app), (lang, reach_every_button(app))
        finally:
            app.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", [100, 200])
def test_the_hand_over_keeps_its_icon_clear_of_the_texts_and_its_button_in_reach(scale, size):
    from ui_support import new_session

    from game.ui.scenes.handover import HandoverScene

    for lang in ("nl", "en"):
        app = App(Settings(lang=lang, font_scale=scale), size=size, persist=False)
        try:
            app.push(MenuScene(app))
            hotseat = new_session("integrative", people=2)
            app.push(HandoverScene(app, hotseat, hotseat.people()[1]))
            steps(app, 3)
            scene = app.scene
            assert not layout_problems(app), (lang, layout_problems(app))
            assert not reach_every_button(app), (lang, reach_every_button(app))
            w = app.screen.get_width()
            drawn = pygame.Rect(
                w // 2 - scene.icon_size // 2, scene.icon_top, scene.icon_size, scene.icon_size
            )
            labels = [e for e in scene.ui.get_sprite_group().sprites() if isinstance(e, UILabel)]
            assert labels and not any(drawn.colliderect(label.rect) for label in labels)
        finally:
            app.close()
