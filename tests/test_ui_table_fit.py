"""The table reads whole in the smallest window the game allows and in a roomy one, at 100%
and 200% text, in Dutch and English: Propose, the moves, the headings, the turn and every
party's name show without '…' (wrapped onto more lines where they must), no two controls
overlap, each comes into view when tabbed to, and the layout stays put as the turn goes
round. Driven by real key presses."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from pygame_gui.elements import UIButton, UILabel
from scenario_support import LINDELAAN
from ui_support import new_session, play_on, table_on_my_turn

from game.scenario.model import text_in
from game.scenario.points import total
from game.text import t
from game.ui.app import MIN_SIZE, App
from game.ui.driver import focus_key, press, steps
from game.ui.scenes.briefing import fmt
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.table import TableScene
from game.ui.session import Session
from game.ui.settings import Settings
from game.ui.textfit import ELLIPSIS
from game.ui.wrapbutton import WrappedButton

SIZES = [MIN_SIZE, (1280, 800)]
# the package builder's options and (beside the proposals) the talk lines are cut on one line
# on purpose: their whole text is in the hint strip on focus and hover (tests/test_ui_table.py)
# and so is a consultation's long label kept to half the column in a small window
CUT_ON_PURPOSE = ("talk.phrase", "talk.reveal", "talk.ask", "table.consult")
MUST_READ = ["table.propose", "table.consult", "table.escalate", "table.walk", "table.pass"]


def open_table(size: tuple[int, int], scale: int, lang: str) -> App:
    """A solo game of Lindelaan (six parties, consultations) opened by keyboard from the menu,
    the player to move."""
    return table_on_my_turn(Settings(lang=lang, font_scale=scale), size, LINDELAAN)


def shown_lines(widget) -> list[str]:
    return widget.lines if isinstance(widget, WrappedButton) else [widget.text]


def line_font(widget):
    return widget.line_font if isinstance(widget, WrappedButton) else widget.font


def cut_texts(app: App) -> list[str]:
    """Labels and buttons (but those cut on purpose) whose text is cut or wider than they are,
    and text the table drew itself cut with '…' (a role under a seat aside: the briefing has
    it, and a long name takes its place)."""
    on_purpose = {id(i.widget) for i in app.focus.items if i.key.startswith(CUT_ON_PURPOSE)}
    out = []
    for element in app.ui.get_sprite_group().sprites():
        if not isinstance(element, (UILabel, UIButton)) or not element.alive():
            continue
        if id(element) in on_purpose:
            continue
        room = element.rect.width - 2 * element.text_horiz_alignment_padding
        for line in shown_lines(element):
            if line.endswith(ELLIPSIS) or line_font(element).size(line)[0] > room:
                out.append(element.text)
    table = app.scene
    roles = [text_in(a.role, app.settings.lang) for a in table.view().actors]
    for text in table.drawn_texts:
        if ELLIPSIS in text and not any(r.startswith(text.rstrip(ELLIPSIS)) for r in roles):
            out.append(text)
    return out


def overlaps(app: App) -> list[str]:
    """Controls and labels of the same container that overlap."""
    widgets = [
        e
        for e in app.ui.get_sprite_group().sprites()
        if isinstance(e, (UILabel, UIButton))
        and e.alive()
        and e.visible
        and getattr(e.ui_container, "_scroller", True) is not None  # not a scroll bar's
    ]
    own = {id(item.widget) for item in app.focus.items} | {
        id(e) for e in widgets if isinstance(e, UILabel)
    }
    widgets = [e for e in widgets if id(e) in own]
    out = []
    for k, a in enumerate(widgets):
        for b in widgets[k + 1 :]:
            if a.ui_container is b.ui_container and a.relative_rect.colliderect(b.relative_rect):
                out.append(f"{a.text!r} / {b.text!r}")
    return out


def drawn_words(app: App) -> str:
    """What the table drew itself, its lines joined again (a word broken with '-' whole)."""
    return " ".join(app.scene.drawn_texts).replace("- ", "")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_table_reads_whole_and_holds_still(size, scale, lang):
    app = open_table(size, scale, lang)
    try:
        table = app.scene
        assert not cut_texts(app), cut_texts(app)
        assert not overlaps(app), overlaps(app)
        drawn = drawn_words(app)
        assert table.turn_text and table.turn_text in drawn
        for actor in table.view().actors:
            assert text_in(actor.name, lang) in drawn, text_in(actor.name, lang)
        propose = next(i.widget for i in app.focus.items if i.key == "table.propose")
        wording = t("ui.table.propose", lang)
        if table.pinned:  # compact: the package's points on it
            view = table.view()
            points = total([view.points[i][o] for i, o in table.package.items()])
            wording = t("table.propose_points", lang, points=fmt(points))
        assert " ".join(shown_lines(propose)) == wording
        if isinstance(propose, WrappedButton):  # a button as tall as its lines need
            assert propose.rect.height >= len(propose.lines) * propose.line_font.get_linesize()
        strip_top = app.screen.get_height() - app.hint_height()
        for key in MUST_READ:  # each comes whole into view when tabbed to
            assert focus_key(app, key), key
            steps(app, 1)
            widget = app.focus.current.widget
            if key == "table.consult":  # its whole label is in the hint strip
                consult = table.view().consultations[0]
                assert text_in(consult.label, lang) in app.hint()
            scroller = getattr(widget.ui_container, "_scroller", None)
            shown = widget.rect.clip(scroller.rect) if scroller else widget.rect
            assert shown == widget.rect and shown.bottom <= strip_top, key
        layout = (table.top_h, tuple(table.seat_area), tuple(table.mid_rect))
        layout += (tuple(table.right_rect),)
        turn = table.turn_text
        assert focus_key(app, "table.pass")
        press(app, pygame.K_RETURN)  # the bots take their turns: the turn goes round
        turns = {turn}
        for _ in range(400):
            if app.scene is not table:  # an event of the week: read, OK
                press(app, pygame.K_RETURN)
                continue
            steps(app, 1)
            turns.add(table.turn_text)
            if table.legal.my_turn:
                break
        for _ in range(20):  # the events that came up as the turn came back, read
            steps(app, 2)
            if app.scene is table:
                break
            press(app, pygame.K_RETURN)
        assert len(turns) >= 2 and table.legal.my_turn and app.scene is table
        assert (table.top_h, tuple(table.seat_area), tuple(table.mid_rect)) == layout[:3]
        assert tuple(table.right_rect) == layout[3]
        assert not cut_texts(app), cut_texts(app)
        assert not overlaps(app), overlaps(app)
    finally:
        app.close()


@pytest.fixture(scope="module")
def asked() -> Session:
    """A solo game played through the engine until a bot's question waits for the player."""
    session = new_session("integrative")
    me = session.scenario.actors[0].id
    play_on(session, lambda game: game.current_actor == me and game.legal_actions(me).must_answer)
    assert not session.game.is_over()
    session.briefed.add(me)
    return session


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_answers_to_a_question_read_whole_at_the_smallest_window(asked, lang):
    app = App(Settings(lang=lang, font_scale=200), size=MIN_SIZE, persist=False)
    app.bot_delay = 0
    try:
        app.push(MenuScene(app))
        app.push(TableScene(app, asked))
        steps(app, 3)
        for _ in range(10):  # the start guesses, skipped
            if isinstance(app.scene, TableScene):
                break
            press(app, pygame.K_ESCAPE)
        table = app.scene
        assert isinstance(table, TableScene) and table.legal.must_answer
        assert not cut_texts(app), cut_texts(app)
        assert not overlaps(app), overlaps(app)
        strip_top = app.screen.get_height() - app.hint_height()
        for mode in ("truthful", "vague", "decline"):
            assert focus_key(app, f"answer.{mode}")
            steps(app, 1)
            widget = app.focus.current.widget
            assert " ".join(shown_lines(widget)) == t(f"ui.table.answer_{mode}", lang)
            shown = widget.rect.clip(widget.ui_container._scroller.rect)
            assert shown == widget.rect and shown.bottom <= strip_top, mode
    finally:
        app.close()
