"""The table's log box grows by appending a bot's new lines: it shows what a table built afresh
shows, pixel for pixel, and it follows new lines only when its reader is at the end."""

from __future__ import annotations

import pygame
import pytest
from scenario_support import LINDELAAN

from game.engine import Answer, Pass
from game.scenario.loader import load_scenario
from game.ui.app import App
from game.ui.driver import press, steps
from game.ui.logbox import LogBox
from game.ui.scenes.dialog import DialogScene
from game.ui.scenes.guesses import GuessScene
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.rating import RatingScene
from game.ui.scenes.table import TableScene
from game.ui.session import PERSON, Session
from tests.ui_support import open_menu

SLOW = 1000.0  # s: the bots wait for the test to let them move (table.bot_wait = 0)


def log_box(table: TableScene) -> LogBox:
    (box,) = [w for _, w in table.made["log"] if isinstance(w, LogBox)]
    return box


def shown(box: LogBox) -> tuple[str, bytes]:
    """The box's whole text and its picture as drawn on screen."""
    return box.html_text + box.appended_text, pygame.image.tobytes(box.image, "RGBA")


def open_table(people: int = 1) -> tuple[App, TableScene]:
    """Solo: a person in the first seat. Hotseat: people in the first and third seats, so a
    bot moves while each person's view of the table is shown."""
    app = open_menu()
    app.bot_delay = SLOW
    path = LINDELAAN
    scenario = load_scenario(path).scenario
    seating = {a.id: "integrative" for a in scenario.actors}
    persons = [a.id for a in scenario.actors[: 2 * people : 2]]
    seating.update(dict.fromkeys(persons, PERSON))
    session = Session.start(path, scenario, seating, "solo" if people == 1 else "hotseat")
    session.briefed.update(persons)
    table = TableScene(app, session)
    app.push(table)
    steps(app, 2)
    return app, table


def next_frame(app: App, table: TableScene) -> None:
    """One frame of play: a bot on turn moves, a person on turn passes (or answers what is
    asked), pop-ups and hand-overs are read with Enter, guesses skipped with Esc."""
    if isinstance(app.scene, (DialogScene, HandoverScene)):
        press(app, pygame.K_RETURN, frames=1)
        return
    if isinstance(app.scene, GuessScene | RatingScene):
        press(app, pygame.K_ESCAPE, frames=1)  # no guesses
        return
    game = table.game
    actor = game.current_actor
    if actor is not None and table.session.is_person(actor):
        if actor == table.session.last_viewer or table.session.mode == "solo":
            legal = game.legal_actions(actor)
            table._send(next(a for a in legal if isinstance(a, (Pass, Answer))))
    else:
        table.bot_wait = 0
    steps(app, 1)


def appended_moves(app: App, table: TableScene, moves: int, check) -> int:
    """Play until `moves` moves only appended lines to the same log box; `check(box)` after
    each. Returns how many frames built the box afresh meanwhile."""
    appended = fresh = 0
    for _ in range(400):
        if appended >= moves or table.game.is_over():
            break
        before = log_box(table) if app.scene is table else None
        count = len(table._log_shown)
        next_frame(app, table)
        if app.scene is not table:
            continue
        box = log_box(table)
        if box is before and len(table._log_shown) > count:
            appended += 1
            check(box)
        elif box is not before:
            fresh += 1
    assert appended >= moves, "bot moves should append to the log box"
    return fresh


def same_as_built_afresh(app: App, table: TableScene) -> bool:
    """The grown log box shows the text of the box a full build makes; True when the two
    boxes have the same place, and then the same picture (a full build may place the log a
    little differently than the partial rebuilds after a move did, as before appending)."""
    box = log_box(table)
    grown = shown(box)
    table.refresh()  # the whole table built again, the log box new
    steps(app, 1)
    rebuilt = log_box(table)
    assert rebuilt is not box
    assert shown(rebuilt)[0] == grown[0]
    if rebuilt.rect != box.rect:
        return False
    assert shown(rebuilt)[1] == grown[1]
    return True


@pytest.mark.parametrize("people", [1, 2])
def test_after_bot_moves_the_log_shows_what_a_table_built_afresh_shows(people):
    """Solo, and hotseat with hand-overs to the other person's view of the log."""
    app, table = open_table(people)
    try:
        viewers: set[str] = set()
        pictures = []

        def check(box: LogBox) -> None:
            current = table.game.current_actor
            person = current is not None and table.session.is_person(current)
            if person and current != table.session.last_viewer:
                return  # the next frame hands the screen over, it builds no table
            viewers.add(table.viewer)
            layout = box.text_box_layout  # nothing holds on to a picture it outgrew
            for part in (p for row in layout.layout_rows for p in (row, *row.items)):
                assert getattr(part, "target_surface", None) in (None, layout.finalised_surface)
            pictures.append(same_as_built_afresh(app, table))

        appended_moves(app, table, 6, check)
        assert sum(pictures) >= 3, "most grown boxes should be compared pixel for pixel"
        if people == 2:  # a bot sits between the two: each person's log grows in turn
            assert len(viewers) == 2, "both people's logs should have been checked"
    finally:
        app.close()


def test_a_reader_at_the_end_follows_new_lines_one_scrolled_up_stays_put():
    app, table = open_table()
    try:
        # play until the log is twice as tall as its box
        for _ in range(400):
            next_frame(app, table)
            bar = log_box(table).scroll_bar if app.scene is table else None
            if bar is not None and bar.visible_percentage < 0.5:
                break
        assert bar is not None and bar.visible_percentage < 0.5

        def at_end(box: LogBox) -> None:
            bar = box.scroll_bar
            assert bar is not None
            # the bar stops at whole pixels of its track: at the end within one of them
            end = bar.start_percentage + bar.visible_percentage
            assert end >= 1 - 1 / bar.scrollable_height

        appended_moves(app, table, 3, at_end)

        # the reader scrolls up to older lines: appended lines leave them where they are
        box = log_box(table)
        box.scroll_bar.set_scroll_from_start_percentage(0.2)
        steps(app, 1)
        top = box.scroll_bar.start_percentage * box.text_box_layout.layout_rect.height
        picture = box.image.copy()
        kept = 0
        while kept < 2 and log_box(table) is box:
            count = len(table._log_shown)
            next_frame(app, table)
            if app.scene is table and log_box(table) is box and len(table._log_shown) > count:
                kept += 1
                bar = box.scroll_bar
                height = box.text_box_layout.layout_rect.height
                assert bar.start_percentage * height == pytest.approx(top, abs=1.0)
                assert bar.start_percentage + bar.visible_percentage < 0.99
                steps(app, 1)
                assert pygame.image.tobytes(box.image, "RGBA") == pygame.image.tobytes(
                    picture, "RGBA"
                ), "the lines the reader reads should not move"
        assert kept == 2, "bot moves should append to the scrolled-up log box"
    finally:
        app.close()


def test_a_log_that_lost_lines_is_built_afresh_on_the_next_partial_rebuild():
    """A game taken back (as a rewind does) changes the log other than by adding lines: the
    log section, rebuilt on its own after the change, shows a new box with the shorter log."""
    app, table = open_table()
    try:
        appended_moves(app, table, 2, lambda box: None)
        box = log_box(table)
        lines = len(table._log_shown)
        table.game.undo(to=len(table.game.log) - 3)
        table._pending = True  # as after a move: the changed sections only
        steps(app, 1)
        rebuilt = log_box(table)
        assert rebuilt is not box and len(table._log_shown) < lines
        text = shown(rebuilt)[0]
        table.refresh()
        steps(app, 1)
        assert shown(log_box(table))[0] == text
    finally:
        app.close()
