"""The table scene: a safe first focus, names in full, long talk and moves readable."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from pygame_gui.elements import UITooltip
from scenario_support import LINDELAAN
from ui_support import table_by_keyboard

from game.scenario.model import text_in
from game.ui.app import App
from game.ui.driver import focus_key, press, run_until, steps
from game.ui.settings import Settings


@pytest.fixture
def app():
    window = table_by_keyboard(Settings())
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


def hover(app: App, widget) -> None:
    """Move the mouse over a widget, as a mouse would."""
    pos = widget.rect.center
    pygame.mouse.set_pos(pos)
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 0), buttons=(0, 0, 0))
    )
    steps(app, 3)


def cut_options(app: App) -> list:
    """The package builder's option buttons whose label was shortened (none: long ones wrap)."""
    return [
        item
        for item in app.focus.items
        if item.key.startswith("opt.") and item.widget.text.rstrip().split("  ")[0].endswith("…")
    ]


def test_a_long_option_label_wraps_whole_and_shows_in_the_hint_strip_on_focus_and_hover(app):
    assert not cut_options(app)
    wrapped = [
        item
        for item in app.focus.items
        if item.key.startswith("opt.") and len(getattr(item.widget, "lines", [])) > 1
    ]
    assert wrapped, "the shipped case has long option labels"
    item = wrapped[0]
    issue, option = item.key.split(".")[1:]
    full = next(
        text_in(o.label, "nl")
        for i in app.scene.view().issues
        if i.id == issue
        for o in i.options
        if o.id == option
    )
    widget = item.widget
    assert " ".join(" ".join(widget.lines).split()).startswith(" ".join(full.split()))
    assert app.focus.current.widget is not widget
    hover(app, widget)  # the mouse over it: its full label, while the focus is elsewhere
    assert widget.hovered
    assert full in app.hint()
    steps(app, 90)  # well past pygame_gui's tooltip delay: still no pop-up over the options
    popups = [e for e in app.ui.get_sprite_group().sprites() if isinstance(e, UITooltip)]
    assert not popups and widget.hovered and full in app.hint()
    pygame.mouse.set_pos((2, 2))
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=(2, 2), rel=(1, 0), buttons=(0, 0, 0))
    )
    steps(app, 3)
    assert full not in (app.hint() or "")
    assert focus_key(app, item.key)  # the keyboard on it: the same
    assert full in app.hint()
    assert any(full in text for text in app.scene.drawn_texts)  # drawn in the strip


@pytest.fixture
def lindelaan():
    """Lindelaan, where the first seat has a consultation to ask for."""
    window = table_by_keyboard(Settings(), case=LINDELAAN)
    yield window
    window.close()


def test_the_chosen_talk_line_is_fitted_and_its_full_text_is_in_the_hint(lindelaan):
    app = lindelaan
    table = app.scene
    assert run_until(app, lambda: table.legal.can_talk, 200)
    phrases = {text_in(p.text, "nl") for p in table.game.scenario.phrases}
    assert focus_key(app, "talk.phrase")
    for _ in range(len(phrases)):
        widget = app.focus.current.widget
        font = widget.font
        assert font.size(widget.text)[0] <= widget.rect.width - 16
        assert any(phrase in app.hint() for phrase in phrases)
        press(app, pygame.K_RIGHT)
    assert focus_key(app, "table.consult")
    consult = table.view().consultations[0]
    assert text_in(consult.label, "nl") in app.hint()


def test_at_double_text_size_the_names_the_turn_and_the_score_are_not_cut():
    app = table_by_keyboard(Settings(font_scale=200))
    try:
        table = app.scene
        assert run_until(app, lambda: table.legal.my_turn, 300)
        steps(app, 2)
        drawn = " ".join(table.drawn_texts).split()
        assert "…" not in " ".join(table.drawn_texts[:4])  # week and turn in the top bar
        for word in table.turn_text.split():
            assert word in drawn
        for actor in table.view().actors[:4]:
            for word in text_in(actor.name, "nl").split():
                assert word in drawn, word
        score = next(
            w
            for w in app.ui.get_sprite_group().sprites()
            if getattr(w, "object_ids", None) and "#score" in w.object_ids
        )
        assert not score.text.endswith("…")
        assert score.font.size(score.text)[0] <= score.rect.width
        for key in ("table.escalate", "table.walk", "talk.say"):
            widget = next(i.widget for i in app.focus.items if i.key == key)
            assert widget.font.size(widget.text)[0] <= widget.rect.width
    finally:
        app.close()


@pytest.mark.parametrize("scale", [100, 200])
def test_the_arrows_beside_a_talk_line_pick_another_line_and_send_nothing(scale):
    from game.ui.driver import click

    app = table_by_keyboard(Settings(font_scale=scale))
    try:
        table = app.scene
        assert run_until(app, lambda: table.legal.can_talk, 400)
        assert focus_key(app, "talk.phrase")  # in view (large text: the column scrolls to it)
        line = app.focus.current.widget
        first = line.text
        assert not first.startswith("‹")  # the line is only the line; ‹ › are buttons of their own
        sent = len(table.game.actions)
        click(app, table.talk_arrows[("phrase", 1)])
        assert table.talk_choice["phrase"] == 1 and len(table.game.actions) == sent
        line = next(i.widget for i in app.focus.items if i.key == "talk.phrase")
        assert line.text != first
        click(app, table.talk_arrows[("phrase", -1)])
        assert table.talk_choice["phrase"] == 0 and len(table.game.actions) == sent
    finally:
        app.close()


@pytest.mark.parametrize("send", ["enter", "button"])
def test_the_chat_box_is_empty_after_sending_by_enter_or_by_the_button(app, send):
    from game.ui.driver import click, type_text

    table = app.scene
    assert run_until(app, lambda: table.legal.can_talk, 400)
    steps(app, 2)
    assert focus_key(app, "talk.text")
    type_text(app, "Wat is voor jullie het belangrijkst?")
    said = len(table.game.actions)
    if send == "enter":
        press(app, pygame.K_RETURN, frames=3)
    else:
        click(app, next(i.widget for i in app.focus.items if i.key == "talk.say"), frames=3)
    assert len(table.game.actions) == said + 1
    assert table.game.actions[-1].kind == "statement"
    assert table.entry_widget.get_text() == ""
    steps(app, 5)  # the table is built again after the move: still empty
    assert table.entry_widget.get_text() == ""


@pytest.mark.parametrize("key", [pygame.K_TAB, pygame.K_DOWN, pygame.K_F5])
def test_the_hint_strip_speaks_of_the_control_the_key_moved_to(app, key):
    from game.text import t

    table = app.scene
    assert run_until(app, lambda: table.legal.my_turn, 400)
    steps(app, 2)
    app.status = t("ui.table.save_failed", "nl", error="schijf vol")
    steps(app, 1)
    assert app.hint() == app.status
    before = app.focus.current.key
    press(app, key)
    item = app.focus.current
    assert item.key != before
    assert app.status is None
    assert app.hint() == (item.hint or table.idle_hint())
    assert table.drawn_texts[-1] == app.hint()  # what the strip drew in the last frame
