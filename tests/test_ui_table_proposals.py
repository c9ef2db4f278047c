"""The proposal overview: every proposal reachable, closest to a deal first, what each lacks,
and a hint that shows the proposal it names."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from table_support import crowded_table
from ui_support import open_menu

from game.play.standing import by_closeness, standing
from game.text import t
from game.ui.app import MIN_SIZE
from game.ui.driver import click, focus_key, press, steps
from game.ui.settings import Settings
from game.ui.theme import font
from game.ui.widgets import Scroller


@pytest.fixture
def app():
    window = open_menu(Settings())
    yield window
    window.close()


def visible(table, widget) -> bool:
    """Whether `widget` shows whole inside its scrolling panel."""
    area = table.proposal_scroller.rect
    return area.contains(widget.rect)


def test_every_proposal_is_reachable_by_keyboard_and_shows_when_focused(app):
    table = crowded_table(app)
    view = table.view()
    assert len(view.proposals) >= 12
    for proposal in view.proposals:
        key = f"prop.{proposal.id}.load"
        assert focus_key(app, key), key
        assert visible(table, app.focus.current.widget), key


def test_proposals_are_listed_closest_to_a_deal_first_with_what_they_lack(app):
    table = crowded_table(app)
    view = table.view()
    order = [p.id for p in by_closeness(view)]
    keys = [item.key for item in app.focus.items if item.key.endswith(".load")]
    assert keys == [f"prop.{pid}.load" for pid in order]
    shorts = [standing(view, p).short for p in by_closeness(view) if p.supporters_at_table]
    assert shorts == sorted(shorts)
    texts = " ".join(table.visible_texts())
    assert "nodig:" in texts and "ontbreekt:" in texts


def test_the_same_package_hint_shows_that_proposal(app):
    table = crowded_table(app)
    view = table.view()
    last = by_closeness(view)[-1]  # at the bottom of the list, out of sight
    table._load(dict(last.package))
    steps(app, 3)
    item = next(i for i in app.focus.items if i.key == "table.show_same")
    assert str(last.id) in item.widget.text
    click(app, item.widget)
    current = app.focus.current
    assert current.key.startswith(f"prop.{last.id}.")
    assert visible(table, current.widget)


def test_f2_opens_the_support_matrix_and_esc_closes_it(app):
    table = crowded_table(app)
    press(app, pygame.K_F2)
    assert type(app.scene).__name__ == "MatrixScene"
    texts = " ".join(app.scene.visible_texts())
    assert "#" + str(table.view().proposals[0].id) in texts
    press(app, pygame.K_ESCAPE)
    assert app.scene is table


def wheel(app, widget_rect, notches: int) -> None:
    """The mouse over a rect, the wheel turned `notches` (down when positive)."""
    pygame.mouse.set_pos(widget_rect.center)
    pygame.event.post(
        pygame.event.Event(
            pygame.MOUSEMOTION, pos=widget_rect.center, rel=(1, 0), buttons=(0, 0, 0)
        )
    )
    steps(app, 1)
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-notches, flipped=False))
    steps(app, 2)


def test_the_wheel_scrolls_the_panel_under_the_pointer_by_a_line(app):
    table = crowded_table(app)
    panel = table.proposal_scroller
    first = next(i.widget for i in app.focus.items if i.key.endswith(".load"))
    before = first.rect.top
    builder_first = next(i.widget for i in app.focus.items if i.key.startswith("opt."))
    builder_before = builder_first.rect.top
    wheel(app, panel.rect, 3)
    line = font(table.s(15)).get_linesize()
    moved = before - first.rect.top
    assert abs(moved - 3 * line) <= 2, (moved, line)
    assert builder_first.rect.top == builder_before  # the panel under the pointer alone
    wheel(app, panel.rect, -3)
    assert abs(first.rect.top - before) <= 2


def test_picking_an_option_keeps_every_panel_and_scroll_position(app):
    table = crowded_table(app)
    panel = table.proposal_scroller
    wheel(app, panel.rect, 4)
    builder = next(w for _s, w in table.made["builder"] if isinstance(w, Scroller)).rect
    wheel(app, builder, 2)
    cards = {i.key: i.widget.rect.copy() for i in app.focus.items if i.key.startswith("prop.")}
    options = [
        i
        for i in app.focus.items
        if i.key.startswith("opt.") and builder.contains(i.widget.rect) and i.widget.is_enabled
    ]
    before = {i.key: i.widget.rect.copy() for i in options}
    forbidden = table.view().mandate.forbidden

    def free_and_unpicked(key: str) -> bool:
        issue, option = key.split(".")[1:]
        return table.package.get(issue) != option and option not in forbidden.get(issue, [])

    other = next(i for i in options if free_and_unpicked(i.key))
    issue = other.key.split(".")[1]
    click(app, other.widget)
    steps(app, 2)
    assert table.package[issue] == other.key.split(".")[2]
    widget = next(i.widget for i in app.focus.items if i.key == other.key)
    assert widget.is_selected
    assert {i.key: i.widget.rect for i in app.focus.items if i.key in before} == before
    assert {i.key: i.widget.rect for i in app.focus.items if i.key in cards} == cards


def test_f3_f4_f5_jump_to_the_package_the_proposals_and_the_moves(app):
    table = crowded_table(app)
    press(app, pygame.K_F5)
    assert app.focus.current.key == "table.pass"
    press(app, pygame.K_F4)
    closest = by_closeness(table.view())[0].id
    assert app.focus.current.key.startswith(f"prop.{closest}.")
    assert visible(table, app.focus.current.widget)
    press(app, pygame.K_F3)
    assert app.focus.current.key.startswith("opt.")


def test_the_table_keys_show_in_the_hint_strip_where_a_control_has_no_hint(app):
    crowded_table(app)
    assert focus_key(app, "table.matrix")  # a button that needs no hint
    assert app.focus.current.hint is None
    steps(app, 2)
    hint = app.hint()
    assert hint is not None and all(key in hint for key in ("F2", "F3", "F4", "F5"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_matrix_in_a_small_window_scrolls_its_rows_and_cuts_none(lang: str) -> None:
    """800x560 with 200% text: the parties' rows that do not fit scroll (Down, the wheel)
    between the header and the row of what each proposal lacks; no row runs under the
    buttons or the hint strip, and every party is reachable."""
    window = open_menu(Settings(lang=lang, font_scale=200), MIN_SIZE)
    try:
        crowded_table(window)
        press(window, pygame.K_F2)
        matrix = window.scene
        names = matrix._names()
        buttons_top = min(i.widget.rect.top for i in window.focus.items)
        steps(window, 2)
        assert t("table.matrix_rows", lang) in window.hint()  # how to reach the others
        seen: set[str] = set()
        for _ in range(len(names)):
            steps(window, 1)
            bottom = matrix.grid_top + (matrix.rows_shown + 2) * matrix.row_h
            assert bottom <= buttons_top
            texts = matrix.visible_texts()
            seen |= {n for n in names if any(n in text or text.rstrip("…") in n for text in texts)}
            lacking = (
                t("table.matrix_short", lang, count=0).replace("0", ""),
                t("table.matrix_enough", lang),
            )
            assert any(word in x for x in texts for word in lacking)  # the last row, in view
            press(window, pygame.K_DOWN)
        assert matrix.first_row + matrix.rows_shown == len(names)
        assert seen == set(names)
        pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=len(names)))
        steps(window, 2)
        assert matrix.first_row == 0
    finally:
        window.close()
