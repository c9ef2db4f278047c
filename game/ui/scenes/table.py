"""The table: seats, issues board with the package builder, proposals, talk, moves and log.

The scene reads the viewer's `PlayerView` and sends actions through `Session.apply`; it
keeps only what the player is composing (the package, the chosen phrase/interest/question).
"""

from __future__ import annotations

from collections.abc import Callable

import pygame
from pygame_gui.elements import UIButton, UIImage

from game.engine import (
    Answer,
    Consult,
    Escalate,
    IllegalAction,
    Pass,
    PlayerView,
    Propose,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
)
from game.learning.due import guesses_due, has_acted
from game.learning.journal import Moment
from game.learning.selfrating import rating_due
from game.play.standing import by_closeness, standing
from game.play.standing import describe as describe_need
from game.scenario.model import text_in
from game.scenario.points import total
from game.ui.flow import BUTTON_PADDING, button_need, flow, justify, rows_height
from game.ui.focus import Focusable
from game.ui.logbox import LogBox
from game.ui.scene import Scene, esc
from game.ui.scenes.briefing import fmt
from game.ui.scenes.guesses import GuessScene, next_guesser
from game.ui.scenes.matrix import MatrixScene
from game.ui.scenes.rating import RatingScene
from game.ui.session import Session
from game.ui.tabledraw import (
    LIST_SCALE,
    NAME_LINES,
    TEXT_SHARE,
    Seat,
    draw_seat_list,
    draw_table,
    seat_list_height,
)
from game.ui.textfit import wrap, wrap_whole
from game.ui.theme import font
from game.ui.widgets import Scroller

SECTIONS = ("top", "seats", "builder", "score", "right", "log")  # also the Tab order
SEATS_SHARE = 0.8  # the seat list (large text) takes at most this share of the body's height
OVAL_MAX_SEATS = 6  # more seats crowd the oval: neighbours' names and roles run into each other
SEATS_SCROLL_SHARE = 0.6  # and when it scrolls, this share (the log keeps the rest)
TURN_ROWS = 2  # the turn shows beside the week on up to this many lines, else on a row below
LABEL_FONTS = {  # the theme's (size, bold) of the labels the table wraps
    "#heading": (18, True),
    "#subtle": (13, False),
    "#score": (17, True),
}
BUTTON_FONTS = {"#primary": (16, True)}  # (size, bold); other buttons (15, False)
ROW_PADDING = 12  # the theme's text padding for #rowbutton
LINES_KEPT = 1024  # button texts whose lines are kept, then measured afresh
LOG_LINES = 40  # the log box shows at least the latest lines; parsing more is slow, so
LOG_STEP = 20  # it starts at a multiple of this: grown or built at once, the same lines
AT_END = 4  # px: a log scrolled this close to its end follows the new lines
POP_UPS = {  # log lines shown to the player as a pop-up, with their title
    "event": "ui.table.event",
    "reflection": "ui.table.reflection",
    "advice": "ui.table.advice",
}
GROUPED = {"advice", "event"}  # lines of these kinds in a row share one card
CONSEQUENCES = {"effect", "option_added", "actor_joined", "support_lapsed", "revealed"}
JUMPS = {pygame.K_F3: "package", pygame.K_F4: "proposals", pygame.K_F5: "moves"}
NOTE_H = 30  # room under Propose for its note (scaled)
BUILDER_LEAST = 24 + 32 + 12  # an issue's name and a row of its options (scaled)
SUPPORT_IDS = 3  # a seat lists the proposals it supports up to this many, else counts them


class TableScene(Scene):
    hint_room = False  # the body ends above the hint strip by itself (see `build`)
    mid_scroller: Scroller | None = None  # the options' scroller, when the column is low
    pinned = False  # and the score and Propose are pinned below it (else they scroll in it)
    score_y = 0  # where the score (or, pinned, Propose's note) goes in that scroller

    @property
    def default_focus(self) -> str:  # type: ignore[override]
        if self.game.is_over():
            return "table.debrief"
        if self.game.legal_actions(self.viewer).must_answer:
            return "answer.truthful"
        # the package builder, never a move: an Enter by reflex must not pass a turn
        issues = self.view().issues
        if issues and issues[0].id in self.package:
            return f"opt.{issues[0].id}.{self.package[issues[0].id]}"
        return "table.briefing"

    def __init__(self, app, session: Session, watch: bool = False) -> None:
        super().__init__(app)
        self.session = session
        self.watch = watch
        self.package: dict[str, str] = {}
        self.package_for: str | None = None
        self.picked: set[str] = set()  # issues whose option the player chose themselves
        self.pending: tuple[str, str] | None = None  # (issue, option) Enter marked, to confirm
        self.talk_choice = {"phrase": 0, "reveal": 0, "ask": 0}
        self.talk_arrows: dict[tuple[str, int], UIButton] = {}  # (row, -1 or 1) -> ‹ or ›
        self.bot_wait = 0.0
        self.ended_shown = False
        self.drafts: dict[str, str] = {}  # each person's unsent statement, kept as their own
        self.log_count = -1
        self._log_shown: list[str] = []  # the log entries the log box shows
        self._view_key: tuple | None = None
        self._view: PlayerView | None = None
        self._picture: pygame.Surface | None = None
        self._picture_key: tuple | None = None
        self._pending = False  # the game changed: rebuild the changed sections next frame
        self._repack = False  # the package changed: rebuild the options and the score
        self.proposal_scroller: Scroller | None = None  # the proposal list, once built
        self._cards: dict[int, tuple[int, int]] = {}  # a proposal's card: top and bottom in it
        self._builder_key: tuple | None = None
        self._seat_texts: list[str] = []  # the seat list's texts, when it scrolls
        self._lines_kept: dict[tuple, list[str]] = {}  # a button text's lines (see _button_lines)
        self.talk_hints: list[str] = []  # every phrase, interest and question the arrows reach

    # --- whose screen ----------------------------------------------------------------------
    @property
    def game(self):
        return self.session.game

    @property
    def viewer(self) -> str:
        return self.session.viewer()

    def forget_view(self) -> None:
        """The game object was replaced (watch mode): build everything from it again."""
        self._view_key = None
        self._picture_key = None
        self.package_for = None

    def view(self) -> PlayerView:
        """The viewer's view, built once per change of the game (not once per frame)."""
        key = (
            id(self.game),
            self.viewer,
            len(self.game.log),
            self.game.current_actor,
            len(self.game.actions),
        )
        if self._view_key != key:
            self._view_key = key
            self._view = self.game.view(self.viewer)
        return self._view

    def _name(self, view: PlayerView, actor: str) -> str:
        for a in view.actors:
            if a.id == actor:
                return text_in(a.name, self.lang)
        return actor

    # --- building --------------------------------------------------------------------------
    def build(self) -> None:
        w, h = self.size
        pad = self.s(10)
        self._lay_out_top(self.view())
        body_top = self.top_h + pad
        body_h = h - body_top - max(self.s(30), self.app.hint_height())
        left_w = round(w * 0.30)
        mid_w = round(w * 0.36)
        right_w = w - left_w - mid_w - 4 * pad
        seat_h = round(body_h * 0.56)
        self.seats_scroll = False
        names = [text_in(a.name, self.lang) for a in self.view().actors if a.status != "absent"]
        self.seats_as_list = self.app.settings.scale >= LIST_SCALE or not self._oval_fits(
            names, left_w
        )
        if self.seats_as_list:  # a list of seats, as tall as it needs
            needed = seat_list_height(
                names, left_w, self._wrap_whole, self.app.settings.scale, self._long_status()
            )
            seat_h = min(needed, round(body_h * SEATS_SHARE))
            # too many for the room: the list scrolls, the log below keeps some room
            self.seats_scroll = needed > seat_h
            if self.seats_scroll:
                seat_h = round(body_h * SEATS_SCROLL_SHARE)
        self.seat_area = pygame.Rect(pad, body_top, left_w, seat_h)
        self.log_rect = pygame.Rect(
            pad,
            self.seat_area.bottom + pad,
            left_w,
            body_top + body_h - self.seat_area.bottom - pad,
        )
        self.mid_rect = pygame.Rect(self.seat_area.right + pad, body_top, mid_w, body_h)
        self.right_rect = pygame.Rect(self.mid_rect.right + pad, body_top, right_w, body_h)
        self.made = {}
        self._prepare()
        for name in SECTIONS:
            self.section = name
            self.build_section(name)
        self.section = ""
        self._builder_key = self._builder_state()

    def _prepare(self) -> None:
        self._ensure_package(self.view())
        self.legal = self.game.legal_actions(self.viewer)

    def build_section(self, name: str) -> None:
        view, legal = self.view(), self.legal
        if name == "top":
            self._build_top(view, legal)
        elif name == "seats":
            self._build_seats(view)
        elif name == "log":
            self._build_log(view, self.log_rect)
        elif name == "builder":
            self._build_builder(view, legal, self.mid_rect)
        elif name == "score":
            self._build_score(view, legal, self.mid_rect)
        elif name == "right":
            self._build_right(view, legal, self.right_rect)

    def _builder_state(self) -> tuple:
        """What the option buttons show; when it is unchanged they need no rebuild."""
        view = self.view()
        return (
            view.actor,
            tuple(sorted(self.package.items())),
            tuple((i.id, tuple(o.id for o in i.options)) for i in view.issues),
            tuple((i, tuple(sorted(o))) for i, o in sorted(view.mandate.forbidden.items())),
            tuple((i, tuple(sorted(p.items()))) for i, p in sorted(view.points.items())),
        )

    def refresh_game(self) -> None:
        """After an action: rebuild what the game changed, and the option buttons only when
        the viewer, the package or the viewer's table changed (they are the costly part)."""
        if self.app.scene is not self or self.app._rebuild:
            self.refresh()
            return
        self._prepare()
        if self._builder_state() != self._builder_key:
            self.refresh()
            return
        self.rebuild_sections(("top", "seats", "log", "score", "right"), SECTIONS)

    def _statuses(self, view: PlayerView) -> list[str]:
        """Every text the turn can show in this game: the top bar keeps room for the longest,
        so it stays put as the turn goes round."""
        names = [text_in(a.name, self.lang) for a in view.actors]
        return [self.tr("ui.table.your_turn", actor=n) for n in names] + [
            self.tr("ui.table.bot_thinking", actor=n) for n in names
        ]

    def _turn_lines(self, text: str) -> tuple[int, list[str]]:
        """The turn's size and lines in `turn_w`: one line, or whole lines a little smaller."""
        if font(self.s(15), True).size(text)[0] <= self.turn_w:
            return 15, [text]
        return 13, wrap_whole(text, font(self.s(13), True), self.turn_w)

    def _lay_out_top(self, view: PlayerView) -> None:
        """Where the top bar's parts go: title, week, turn and buttons. The turn goes on a
        row of its own under them when it would need more than TURN_ROWS lines beside them."""
        w = self.size[0]
        pad = self.s(10)
        scale = self.app.settings.scale
        title = text_in(view.title, self.lang)
        # with large text the turn needs the room more than the case's title does
        self.title_w = 0
        if scale < LIST_SCALE:
            self.title_w = min(w // 3, font(self.s(16), True).size(title)[0] + self.s(8))
        labels = (self.tr("ui.table.briefing"), self.tr("ui.table.menu"))
        self.top_bw = min(self.s(120), max(max(button_need(t, scale) for t in labels), 120))
        need = button_need(self.tr("ui.table.to_debrief"), scale, 16, True)
        self.debrief_w = min(self.s(260), max(need, 260))
        week = self.tr("ui.table.week", round=view.deadline, deadline=view.deadline)
        self.week_w = max(min(self.s(220), w // 6), font(self.s(12)).size(week)[0])
        self.week_x = 2 * pad + (self.title_w + self.s(16) if self.title_w else 0)
        self.turn_x = self.week_x + self.week_w + self.s(16)
        self.turn_below = False
        self.top_h = self.s(50)
        for buttons_w, texts in (
            (2 * (pad + self.top_bw), self._statuses(view)),
            (self.debrief_w + pad, [self.tr("ui.table.over")]),
        ):
            self.turn_w = w - buttons_w - self.s(12) - self.turn_x
            if any(len(self._turn_lines(text)[1]) > TURN_ROWS for text in texts):
                self.turn_below = True
        self.bar_h = self.top_h  # the row of the title, the week and the buttons
        if self.turn_below:  # that row a little lower, the turn's under it
            self.bar_h = self.top_h = self.s(46)
            self.turn_x, self.turn_w = 2 * pad, w - 4 * pad
            heights = []
            for text in [*self._statuses(view), self.tr("ui.table.over")]:
                size, lines = self._turn_lines(text)
                heights.append(len(lines) * font(self.s(size), True).get_linesize())
            self.top_h += max(heights) + self.s(4)

    def _build_top(self, view: PlayerView, legal) -> None:
        w = self.size[0]
        pad = self.s(10)
        if self.title_w:
            self.label(
                pygame.Rect(pad * 2, self.s(8), self.title_w, self.s(34)),
                self.fit(text_in(view.title, self.lang), self.title_w - self.s(4), 16, bold=True),
                "#topbar_text",
            )
        if view.outcome is not None:
            status = self.tr("ui.table.over")
        elif legal.my_turn:
            status = self.tr("ui.table.your_turn", actor=self._name(view, self.viewer))
        elif view.current_actor is not None:
            status = self.tr("ui.table.bot_thinking", actor=self._name(view, view.current_actor))
        else:
            status = ""
        self.turn_text = status
        bw = self.top_bw
        button_y = (self.bar_h - self.s(36)) // 2
        self.buttons_w = self.debrief_w + pad if view.outcome is not None else 2 * (pad + bw)
        if not self.turn_below:
            self.turn_w = w - self.buttons_w - self.s(12) - self.turn_x
        if view.outcome is not None:
            self.button(
                pygame.Rect(w - pad - self.debrief_w, button_y, self.debrief_w, self.s(36)),
                self.tr("ui.table.to_debrief"),
                self._debrief,
                key="table.debrief",
                object_id="#primary",
            )
        else:
            self.button(
                pygame.Rect(w - 2 * (pad + bw), button_y, bw, self.s(36)),
                self.tr("ui.table.briefing"),
                self._briefing,
                key="table.briefing",
            )
            self.button(
                pygame.Rect(w - pad - bw, button_y, bw, self.s(36)),
                self.tr("ui.table.menu"),
                self.escape,
                key="table.menu",
            )

    def _wrap_whole(
        self, text: str, size: int, width: int, *, bold: bool = False, max_lines: int = 2
    ) -> list[str]:
        """Like `wrap_text`, but a party's name is never cut: as many lines as it takes."""
        return wrap_whole(text, font(self.s(size), bold), width)

    def _oval_fits(self, names: list[str], width: int) -> bool:
        """Whether the oval has room for every name whole (on NAME_LINES lines) and for a
        long status on one line, and no more than OVAL_MAX_SEATS seats share it; else the
        seats are a list, where they read whole."""
        if len(names) > OVAL_MAX_SEATS:
            return False
        text_w = max(80, round(width * TEXT_SHARE))
        name_font = font(self.s(13), True)
        if any(len(wrap_whole(name, name_font, text_w)) > NAME_LINES for name in names):
            return False
        return font(self.s(11)).size(self._long_status())[0] <= text_w

    def _long_status(self) -> str:
        """A seat's status as long as it often gets: the list keeps room for it, so it stays
        put as parties come to support proposals."""
        supports = self.tr("ui.table.status_supports", ids="#1, #2, #3")
        return self.tr("ui.table.bot") + " · " + supports

    def _build_seats(self, view: PlayerView) -> None:
        """When the seat list is too long for its room (large text, small window): the list
        drawn whole into a scrolling area, the log under it."""
        self._seat_texts = []
        if not self.seats_scroll:
            return
        scroller = self.scroller(self.seat_area)
        seats = self._seats(view)
        sig = ("seats", tuple(seats), scroller.width)
        image = self._reuse(sig)  # the same seats as before: the same picture
        if image is None:
            scale = self.app.settings.scale
            names = [seat.name for seat in seats]
            height = seat_list_height(
                names, scroller.width, self._wrap_whole, scale, self._long_status()
            )
            picture = pygame.Surface((scroller.width, height), pygame.SRCALPHA)
            before = len(self.drawn_texts)
            area = picture.get_rect()
            rows = draw_seat_list(
                picture, area, seats, self.app.palette, self.draw_text, self._wrap_whole, scale
            )
            image = UIImage(area, picture, self.ui, container=scroller.inner)
            image.seat_texts = self.drawn_texts[before:]
            image.seat_rows = rows
            del self.drawn_texts[before:]
        self._seat_texts = image.seat_texts
        self.keep(image, sig)
        if scroller.content_height != image.rect.height:
            scroller.set_content_height(image.rect.height)
        self._seat_stops(image.seat_rows, scroller)

    def _seat_stops(self, rows: list[pygame.Rect], scroller: Scroller) -> None:
        """Each seat of the scrolling list a Tab stop (after the top bar, before the builder):
        a keyboard user reaches every party, and the list scrolls to the seat in focus, as the
        other columns do. A stop is a clear image over its seat, for the focus ring."""
        for k, row in enumerate(rows):
            sig = ("seat_stop", k, tuple(row))
            stop = self._reuse(sig)
            if stop is None:
                clear = pygame.Surface(row.size, pygame.SRCALPHA)
                stop = UIImage(row, clear, self.ui, container=scroller.inner)
            self.app.focus.add(Focusable(f"seat.{k}", stop, section=self.section))
            self.keep(stop, sig)

    # --- text that wraps whole -------------------------------------------------------------
    def _label_lines(self, text: str, object_id, width: int) -> tuple[list[str], pygame.font.Font]:
        """`text` whole in the lines of a label `width` wide, and the font they are in."""
        size, bold = LABEL_FONTS.get(object_id, (15, False))
        f = font(self.s(size), bold)
        return wrap_whole(text, f, width - 8), f

    def _label_height(self, text: str, object_id, width: int, height: int) -> int:
        """How tall `_wrapped_label` makes `text` from a rect `width` by `height`."""
        lines, f = self._label_lines(text, object_id, width)
        return height if len(lines) <= 1 else len(lines) * f.get_linesize()

    def _wrapped_label(self, rect: pygame.Rect, text: str, object_id=None, container=None) -> int:
        """`text` whole, in labels of one line each from `rect`'s top (the first as tall as
        `rect` when it is the only one); the height they take."""
        lines, f = self._label_lines(text, object_id, rect.width)
        if len(lines) <= 1:
            self.label(rect, text, object_id, container)
            return rect.height
        step = f.get_linesize()
        for k, line in enumerate(lines):
            self.label(
                pygame.Rect(rect.x, rect.y + k * step, rect.width, step), line, object_id, container
            )
        return len(lines) * step

    def _button_lines(self, text: str, width: int, object_id=None, max_lines: int = 0):
        """`text` whole in lines of a button `width` wide, and the font they are in; given
        `max_lines`, at most that many, the last cut with '…' (its hint has it whole)."""
        size, bold = BUTTON_FONTS.get(object_id, (15, False))
        f = font(self.s(size), bold)
        key = (text, width, object_id, max_lines, self.app.settings.scale)
        lines = self._lines_kept.get(key)
        if lines is None:  # measured once: rebuilt after every move, the texts seldom change
            pad = ROW_PADDING if object_id == "#rowbutton" else BUTTON_PADDING
            room = width - 2 * pad - self.s(4)
            lines = wrap_whole(text, f, room) or [text]
            if max_lines and len(lines) > max_lines:
                lines = wrap(text, f, room, max_lines)
            if len(self._lines_kept) >= LINES_KEPT:
                self._lines_kept.clear()
            self._lines_kept[key] = lines
        return lines, f

    def _button_height(
        self, text: str, width: int, height: int, object_id=None, max_lines: int = 0
    ) -> int:
        """How tall a button `width` wide must be to show `text` whole (at least `height`)."""
        lines, f = self._button_lines(text, width, object_id, max_lines)
        if len(lines) <= 1:
            return height
        return max(height, len(lines) * f.get_linesize() + self.s(8))

    def _wrapped_button(
        self, rect: pygame.Rect, text: str, action, max_lines: int = 0, **kwargs
    ) -> pygame.Rect:
        """A button showing `text` whole: on more lines, and taller, where it must."""
        object_id = kwargs.get("object_id")
        lines, f = self._button_lines(text, rect.width, object_id, max_lines)
        height = self._button_height(text, rect.width, rect.height, object_id, max_lines)
        rect = pygame.Rect(rect.topleft, (rect.width, height))
        wrapped = lines if len(lines) > 1 else None  # one line: a plain button
        self.button(rect, text, action, lines=wrapped, line_font=f, **kwargs)
        return rect

    def _ensure_package(self, view: PlayerView) -> None:
        """Start the builder on the viewer's best allowed option per issue."""
        if self.package_for == view.actor and all(
            i.id in self.package and self.package[i.id] in {o.id for o in i.options}
            for i in view.issues
        ):
            return
        self.package_for = view.actor
        legal = self.game.legal_actions(view.actor)
        self.package = {}
        self.picked = set()
        self.pending = None
        for issue in view.issues:
            allowed = legal.options(issue.id) or [o.id for o in issue.options]
            self.package[issue.id] = max(allowed, key=lambda o, i=issue.id: view.points[i][o])

    def _log_entries(self, view: PlayerView) -> list[str]:
        """The log as the box shows it: one HTML entry a line, a heading at each new week."""
        entries: list[str] = []
        current_round = 0
        for line in view.log:
            if line.round != current_round:
                current_round = line.round
                entries.append(f"<b>{esc(self.tr('ui.log.round', round=current_round))}</b>")
            if line.kind == "round_started":
                continue
            text = esc(line.text(self.lang))
            if line.kind in ("event", "advice", "game_over"):
                text = f"<b>{text}</b>"
            why = self.session.explanations.get(line.index)
            if why:
                because = self.tr("ui.log.because", why=text_in(why, self.lang))
                text += f"<br><i>{esc(because)}</i>"
            entries.append(text)
        return entries

    def _build_log(self, view: PlayerView, rect: pygame.Rect) -> None:
        """The log box. A move that only adds lines appends them to the box (parsing the whole
        log again costs tens of ms a move); anything else builds the box afresh."""
        entries = self._log_entries(view)
        first = max(0, (len(entries) - LOG_LINES) // LOG_STEP * LOG_STEP)
        shown = entries[first:]
        heading = f"<b>{esc(self.tr('ui.table.log'))}</b>"
        sig = ("log", tuple(rect), heading, first)
        box = self._reuse(sig)
        had = self._log_shown
        if box is not None and len(had) <= len(shown) and shown[: len(had)] == had:
            if len(shown) > len(had):
                self._append_log(box, shown[len(had) :])
            self._log_shown = shown
            self.keep(box, sig)
            return
        if box is not None:
            box.kill()
        box = LogBox("<br>".join([heading, *shown]), rect, self.ui, object_id="#log")
        self._log_shown = shown
        self.keep(box, sig)
        if box.scroll_bar is not None:
            box.scroll_bar.set_scroll_from_start_percentage(1.0)

    @staticmethod
    def _append_log(box: LogBox, entries: list[str]) -> None:
        """Add lines at the end of the box: a reader at the end follows them, one who scrolled
        up to older lines keeps them where they are."""
        bar = box.scroll_bar
        follow = True
        top = 0.0
        if bar is not None:
            height = box.text_box_layout.layout_rect.height
            top = bar.start_percentage * height
            # at the end: within a few pixels of text, or of the bar's own step (whole pixels)
            slack = AT_END / height + 1.5 / max(bar.scrollable_height, 1)
            follow = bar.start_percentage + bar.visible_percentage >= 1 - slack
        box.append_html_text("<br>" + "<br>".join(entries))
        bar = box.scroll_bar  # made by the append when the lines first overflow the box
        if bar is not None:
            height = box.text_box_layout.layout_rect.height
            bar.set_scroll_from_start_percentage(1.0 if follow else top / height)

    def _option_text(self, label: str, points: float, width: int) -> str:
        f = font(self.s(14))
        suffix = f"  {fmt(points, sign=True)}"
        if f.size(label + suffix)[0] > width - self.s(20):
            while label and f.size(label + "…" + suffix)[0] > width - self.s(20):
                label = label[:-1]
            label += "…"
        return label + suffix

    def _score_text(
        self, view: PlayerView, done: int, points: float, width: int | None = None
    ) -> str:
        """The score in words; in the short wording where it is wider than `width`."""
        if done < len(view.issues):
            return self.tr("ui.table.package_incomplete", done=done, total=len(view.issues))
        score = self.tr("ui.table.package_score", points=fmt(points), batna=fmt(view.batna))
        if width is not None and font(self.s(17), True).size(score)[0] > width - self.s(8):
            score = self.tr(
                "ui.table.package_score_short", points=fmt(points), batna=fmt(view.batna)
            )
        return score

    def _score_sizes(self, view: PlayerView, width: int) -> tuple[int, int, int]:
        """The heights of the score, of Propose and of the whole block under the options:
        room for the score's longest wording in this game, so the options stay put (the
        builder always holds an option of every issue: the note for a package not yet
        whole is kept to that room)."""
        highest = sum(max(p.values(), default=0) for p in view.points.values())
        lowest = sum(min(p.values(), default=0) for p in view.points.values())
        texts = [self._score_text(view, len(view.issues), p, width) for p in (highest, lowest)]
        score_h = max(self._label_height(text, "#score", width, self.s(26)) for text in texts)
        propose_h = self._button_height(self.tr("ui.table.propose"), width, self.s(40), "#primary")
        note_h = self.s(NOTE_H)  # the note under Propose (why not, or a proposal to show)
        return score_h, propose_h, score_h + self.s(6) + propose_h + self.s(4) + note_h

    def _pinned_text(self, view: PlayerView, done: int, points: float) -> str:
        """Propose's wording in the compact block: the package's points on the button itself
        ("Stel voor · 45"), one row for both; its hint has the score and BATNA in words."""
        if done < len(view.issues):
            return self.tr("ui.table.propose_short")
        return self.tr("table.propose_points", points=fmt(points))

    def _pinned_sizes(self, view: PlayerView, width: int) -> tuple[int, int]:
        """The compact block's heights: Propose with the score on it (room for its longest
        wording in this game, so the options stay put), and Propose with its gaps (no note:
        it scrolls at the end of the options)."""
        highest = sum(max(p.values(), default=0) for p in view.points.values())
        lowest = sum(min(p.values(), default=0) for p in view.points.values())
        done = len(view.issues)
        propose_h = max(
            self._button_height(self._pinned_text(view, done, p), width, self.s(32), "#primary")
            for p in (highest, lowest)
        )
        return propose_h, self.s(4) + propose_h + self.s(4)

    def hint_cap(self) -> int | None:
        """Small window, large text: the hint strip keeps no more room than leaves the body
        the compact builder (an issue's row of options above Propose); a longer hint rolls
        through the strip, line by line (see `App._draw_hint`)."""
        mid = getattr(self, "mid_rect", None)
        if mid is None:  # not laid out yet
            return None
        body = self.s(BUILDER_LEAST) + self._pinned_sizes(self.view(), mid.width)[1]
        room = self.app.screen.get_height() - (self.top_h + self.s(10)) - body
        return max(2, self.app.hint_lines_in(room))

    def _build_builder(self, view: PlayerView, legal, rect: pygame.Rect) -> None:
        lang = self.lang
        score_h = self._score_sizes(view, rect.width)[2]
        head_lines, heading = self._label_lines(self.tr("ui.table.issues"), "#heading", rect.width)
        head_h = self.s(30) + (len(head_lines) - 1) * heading.get_linesize()
        box = pygame.Rect(rect.x, rect.y + head_h, rect.width, rect.height - head_h - score_h)
        self.mid_scroller = None
        self.pinned = False
        y = 0
        least = self.s(BUILDER_LEAST)
        pinned_h = self._pinned_sizes(view, rect.width)[1]
        if box.height < least and rect.height - pinned_h >= least:
            # too low for that with the heading and the whole score (small window, large
            # text): the options scroll in the column above a compact score and Propose,
            # pinned at its bottom so they are always in view (no heading: each issue's
            # name heads its options, and every line counts here)
            self.pinned = True
            scroller = self.mid_scroller = self.scroller(
                pygame.Rect(rect.x, rect.y, rect.width, rect.height - pinned_h)
            )
        elif box.height < least:
            # lower still (a tall hint strip too): the heading, the options, the score and
            # Propose scroll together in the whole column
            scroller = self.mid_scroller = self.scroller(rect)
            y = self._wrapped_label(
                pygame.Rect(0, 0, scroller.width, heading.get_linesize()),
                self.tr("ui.table.issues"),
                "#heading",
                scroller.inner,
            )
            y += self.s(4)
        else:
            self._wrapped_label(
                pygame.Rect(rect.x, rect.y, rect.width, self.s(26)),
                self.tr("ui.table.issues"),
                "#heading",
            )
            scroller = self.scroller(box)
        inner_w = scroller.width
        forbidden = view.mandate.forbidden
        bh = self.s(32)
        gap = self.s(6)
        for issue in view.issues:
            y += self._wrapped_label(
                pygame.Rect(0, y, inner_w, self.s(24)),
                text_in(issue.name, lang),
                "#subtle",
                scroller.inner,
            )
            x = 0
            for option in issue.options:
                points = view.points[issue.id][option.id]
                full = text_in(option.label, lang)
                shown_points = fmt(points, sign=True)
                text = f"{full}  {shown_points}"
                width_needed = font(self.s(14)).size(text)[0] + self.s(28)
                bw = min(max(width_needed, self.s(90)), inner_w)
                lines, line_font = self._button_lines(text, inner_w, "#option")
                wrapped = width_needed > inner_w and len(lines) > 1
                height = len(lines) * line_font.get_linesize() + self.s(8) if wrapped else bh
                if x > 0 and (wrapped or x + bw > inner_w):
                    x = 0
                    y += bh + gap
                blocked = option.id in forbidden.get(issue.id, [])
                tip = f"{full} ({shown_points})"
                pending = self.pending == (issue.id, option.id)
                look = "#option_pending" if pending else "#option"
                if pending:
                    tip = self._pending_text(view, issue.id, option.id)
                if blocked:
                    tip = (
                        self.tr(
                            "ui.table.outside_mandate", reason=self.tr("ui.table.forbidden_reason")
                        )
                        + f" — {full}"
                    )
                self.button(
                    pygame.Rect(x, y, bw, max(height, bh)),
                    text if wrapped else self._option_text(full, points, bw),
                    lambda i=issue.id, o=option.id, b=blocked, t=tip: self._pick(i, o, b, t),
                    key=f"opt.{issue.id}.{option.id}",
                    object_id="#option_blocked" if blocked else look,
                    tooltip=tip,
                    selected=self.package.get(issue.id) == option.id,
                    container=scroller.inner,
                    lines=lines if wrapped else None,
                    line_font=line_font,
                    on_key=lambda i=issue.id, o=option.id, b=blocked, t=tip: self._pick_by_key(
                        i, o, b, t
                    ),
                )
                if wrapped:  # a row of its own, whole on more lines
                    y += max(height, bh) - bh
                    x = inner_w
                else:
                    x += bw + gap
            y += bh + self.s(12)
        self.score_y = y  # where the score or Propose's note goes when the options scroll
        if self.pinned:  # room for the note: the scroll bar rounds its steps
            y += self.s(NOTE_H) + self.s(16)
        elif self.mid_scroller is not None:  # room below Propose, for the same reason
            y += self._score_sizes(view, scroller.width)[2] + self.s(16)
        scroller.set_content_height(y)

    def _score_top(self, rect: pygame.Rect) -> int:
        return rect.bottom - self._score_sizes(self.view(), rect.width)[2] + self.s(6)

    def _build_score(self, view: PlayerView, legal, rect: pygame.Rect) -> None:
        lang = self.lang
        sy = self._score_top(rect)
        container = None  # the scroller the score block (or only its note) goes in, if any
        done = sum(1 for i in view.issues if i.id in self.package)
        points = total([view.points[i][o] for i, o in self.package.items()])
        proposal = Propose(actor=self.viewer, package=dict(self.package))
        problem = legal.why_not(proposal) if legal.can_move else None
        tip = problem.message(lang) if problem is not None else None
        if self.mid_scroller is not None and not self.pinned:  # at the end of the options
            container = self.mid_scroller.inner
            sy = self.score_y + self.s(6)
            rect = pygame.Rect(0, 0, self.mid_scroller.width, rect.height)
        if self.pinned:  # compact: Propose, with the score on it, pinned under the options
            propose_h, block = self._pinned_sizes(view, rect.width)
            py = rect.bottom - block + self.s(4)
            propose_text = self._pinned_text(view, done, points)
            score = self._score_text(view, done, points)  # whole, in the hint
            tip = f"{score} — {tip or self.tr('ui.table.propose')}"
        else:
            score_h, propose_h, _ = self._score_sizes(view, rect.width)
            propose_text = self.tr("ui.table.propose")
            score = self._score_text(view, done, points, rect.width)
            if self._label_height(score, "#score", rect.width, score_h) > score_h:
                score = self.fit(score, rect.width - self.s(8), 17, bold=True)
            label = pygame.Rect(rect.x, sy, rect.width, self.s(26))
            self._wrapped_label(label, score, "#score", container)
            py = sy + score_h + self.s(6)
        self._wrapped_button(
            pygame.Rect(rect.x, py, rect.width, propose_h),
            propose_text,
            lambda: self._send(proposal),
            key="table.propose",
            object_id="#primary",
            enabled=legal.can_move and problem is None,
            tooltip=tip,
            container=container,
        )
        note = pygame.Rect(rect.x, py + propose_h + self.s(2), rect.width, self.s(NOTE_H - 4))
        if self.pinned:  # at the end of the options (see _build_builder)
            container = self.mid_scroller.inner
            width = self.mid_scroller.width
            note = pygame.Rect(0, self.score_y, width, self.s(NOTE_H - 4))
            rect = pygame.Rect(0, 0, width, rect.height)
        if problem is not None and problem.key == "engine.illegal.duplicate_proposal":
            # the same package is on the table: a button that shows it (and says which)
            same = int(problem.values["proposal"])
            self.button(
                note,
                self.fit(self.tr("table.show_proposal", proposal=same), rect.width - 16, 15),
                lambda: self.reveal(same),
                key="table.show_same",
                object_id="#rowbutton",
                tooltip=problem.message(lang),
                container=container,
            )
        elif legal.can_move and problem is not None:
            self.label(
                note,
                self.fit(problem.message(lang), rect.width - 8, 13),  # whole in Propose's hint
                "#subtle",
                container,
            )

    def _build_right(self, view: PlayerView, legal, rect: pygame.Rect) -> None:
        """Proposals on top, talk and moves below; when the text is too large for that to
        fit, one scrolling column with the moves first, where every label wraps whole."""
        self.talk_hints = []
        self.talk_arrows = {}
        moves_h = max(
            self.s(44) * 3 + self.s(28),
            self._moves_block(view, legal, rect, 0, build=False) + self.s(10),
        )
        talk_h = self.s(40) * 4 + self.s(30)
        prop_h = rect.height - moves_h - talk_h - self.s(16)
        if prop_h < self.s(150):
            scroller = self.scroller(rect)
            area = pygame.Rect(0, 0, scroller.width, rect.height)
            y = self._moves_block(view, legal, area, 0, scroller.inner)
            y = self._talk_block(view, legal, area, y + self.s(10), scroller.inner)
            y = self._proposals_block(view, legal, scroller, area, y + self.s(10), None)
            scroller.set_content_height(y + self.s(16))  # the scroll bar rounds its steps
            return
        head = pygame.Rect(rect.x, rect.y, rect.width, self.s(26))
        head_h = self._wrapped_label(head, self.tr("ui.table.proposals"), "#heading")
        top = rect.y + head_h + self.s(2)
        box = pygame.Rect(rect.x, top, rect.width, rect.y + prop_h - top)
        self._proposals_block(view, legal, self.scroller(box), rect, rect.y, box)
        self._talk_block(view, legal, rect, box.bottom + self.s(8), None)
        self._moves_block(view, legal, rect, rect.bottom - moves_h, None)

    def _proposals_block(self, view, legal, scroller, area, y, box) -> int:
        """The heading (unless above `box`), then the live proposals as cards in `scroller`;
        the y below them."""
        inner_w = scroller.width
        if box is None:  # inline in the compact column
            y += self._wrapped_label(
                pygame.Rect(area.x, y, area.width, self.s(26)),
                self.tr("ui.table.proposals"),
                "#heading",
                container=scroller.inner,
            )
            y += self.s(2)
        else:
            y = 0
        self.proposal_scroller = scroller
        self._cards = {}
        if not view.proposals:
            y += self._wrapped_label(
                pygame.Rect(0, y, inner_w, self.s(26)),
                self.tr("ui.table.no_proposals"),
                "#subtle",
                container=scroller.inner,
            )
        else:  # every proposal, the closest to a deal first: none is out of reach
            y += self._wrapped_label(
                pygame.Rect(0, y, inner_w, self.s(22)),
                self.tr("table.proposal_count", count=len(view.proposals)),
                "#subtle",
                container=scroller.inner,
            )
            y += self.s(2)
            shown = self._wrapped_button(  # who supports what, all at once
                pygame.Rect(0, y, inner_w, self.s(30)),
                self.tr("table.matrix"),
                self._matrix,
                key="table.matrix",
                object_id="#rowbutton",
                container=scroller.inner,
            )
            y += shown.height + self.s(6)
        for proposal in by_closeness(view):
            y = self._proposal_card(view, legal, proposal, scroller, inner_w, y)
        if box is not None:
            scroller.set_content_height(y)
        return y

    def _talk_block(self, view, legal, area: pygame.Rect, y: int, container) -> int:
        y += self._wrapped_label(
            pygame.Rect(area.x, y, area.width, self.s(24)),
            self.tr("ui.table.talk"),
            "#heading",
            container=container,
        )
        y += self.s(2)
        if legal.must_answer:
            return self._build_answers(view, area, y, container)
        if legal.my_turn and not legal.can_talk:
            return (
                y
                + self._wrapped_label(
                    pygame.Rect(area.x, y, area.width, self.s(24)),
                    self.tr("ui.table.talk_done"),
                    "#subtle",
                    container=container,
                )
                + self.s(2)
            )
        return self._build_talk(view, legal, area, y, self.s(40), container)

    def _moves_block(
        self, view, legal, area: pygame.Rect, y: int, container=None, *, build: bool = True
    ) -> int:
        """The moves from `y` down; the y below them. Without `build` nothing is made: only
        how far down they reach (for the layout)."""
        lang = self.lang
        if build:
            y += self._wrapped_label(
                pygame.Rect(area.x, y, area.width, self.s(24)),
                self.tr("ui.table.moves"),
                "#heading",
                container=container,
            )
        else:
            y += self._label_height(self.tr("ui.table.moves"), "#heading", area.width, self.s(24))
        half = (area.width - self.s(8)) // 2
        bh = self.s(38)
        unused = [c for c in view.consultations if not c.used]
        consult = unused[0] if unused else None
        if consult is not None:
            label = self.tr("ui.table.consult", label=text_in(consult.label, lang))
            cap = self._line_cap()
            height = self._button_height(label, area.width, bh, max_lines=cap)
            if build:
                action = Consult(actor=self.viewer, consultation=consult.id)
                self._move_button(
                    pygame.Rect(area.x, y, area.width, bh),
                    label,
                    action,
                    "table.consult",
                    legal,
                    hint=label,
                    container=container,
                    max_lines=cap,
                )
            y += height - bh
        y += bh + self.s(6)
        labels = (self.tr("ui.table.escalate"), self.tr("ui.table.walk_away"))
        wide = max(font(self.s(15)).size(label)[0] for label in labels) + 24 > half
        if wide:  # large text: one under the other, full width
            half = area.width
        first_h = self._button_height(labels[0], half, bh)
        second_h = self._button_height(labels[1], half, bh)
        if wide:
            second = (area.x, y + first_h + self.s(6))
        else:
            second = (area.x + half + self.s(8), y)
            first_h = second_h = max(first_h, second_h)
        if build:
            self._move_button(
                pygame.Rect(area.x, y, half, first_h),
                labels[0],
                Escalate(actor=self.viewer),
                "table.escalate",
                legal,
                confirm=self.tr("ui.table.escalate_confirm"),
                container=container,
            )
            self._move_button(
                pygame.Rect(*second, half, second_h),
                labels[1],
                WalkAway(actor=self.viewer),
                "table.walk",
                legal,
                object_id="#danger",
                confirm=self.tr("ui.table.walk_confirm", batna=fmt(view.batna)),
                container=container,
            )
        y = second[1] + second_h + self.s(6) if wide else y + first_h + self.s(6)
        pass_h = self._button_height(self.tr("ui.table.pass"), area.width, bh)
        if build:
            self._move_button(
                pygame.Rect(area.x, y, area.width, bh),
                self.tr("ui.table.pass"),
                Pass(actor=self.viewer),
                "table.pass",
                legal,
                container=container,
            )
        return y + pass_h

    def _line_cap(self) -> int:
        """The lines a long label (a consultation, a talk line) keeps to in the right column:
        as many as fill half its height, so it shows whole when focused; its hint has the
        whole text."""
        return max(2, self.right_rect.height // 2 // font(self.s(15)).get_linesize())

    def _button_rows(self, texts: list[str], width: int, share: int, height: int, gap: int):
        """Rects for buttons of `texts` side by side, each `share` wide, when every text fits
        that; else as wide as their words over more rows (each at most `width`, and as tall
        as its lines need). The rects from (0, 0), and how tall they are together."""
        scale = self.app.settings.scale
        needs = [button_need(text, scale) for text in texts]
        if all(need <= share for need in needs):
            rects = [pygame.Rect(k * (share + gap), 0, share, height) for k in range(len(texts))]
        else:
            rects = justify(
                flow([max(need, share) for need in needs], width, height, gap, gap), width, gap
            )
            tall = [
                self._button_height(text, r.width, height)
                for text, r in zip(texts, rects, strict=True)
            ]
            rects = [pygame.Rect(r.x, r.y, r.width, h) for r, h in zip(rects, tall, strict=True)]
            # rows as tall as their tallest button
            out, y = [], 0
            for top in sorted({r.y for r in rects}):
                row = [r for r in rects if r.y == top]
                row_h = max(r.height for r in row)
                out += [pygame.Rect(r.x, y, r.width, row_h) for r in row]
                y += row_h + gap
            rects = out
        return rects, rows_height(rects)

    def _proposal_card(self, view, legal, proposal, scroller, inner_w, y) -> int:
        lang = self.lang
        points = total(
            [
                view.points[i][o]
                for i, o in proposal.package.items()
                if i in view.points and o in view.points[i]
            ]
        )
        supporters = ", ".join(self._name(view, a) for a in proposal.supporters_at_table)
        place = standing(view, proposal)
        if proposal.supporters_at_table:
            support = self.tr("table.support_count", count=place.have, names=supporters)
            need = describe_need(place, lambda a: self._name(view, a), lang)
        else:
            support, need = self.tr("table.no_support"), ""
        labels = []
        for issue in view.issues:
            chosen = proposal.package.get(issue.id)
            for option in issue.options:
                if option.id == chosen:
                    labels.append(text_in(option.label, lang))
        html = (
            f"<b>{esc(self.tr('ui.table.proposal', id=proposal.id, actor=self._name(view, proposal.proposer)))}"  # noqa: E501
            f"</b> — {esc(self.tr('ui.table.proposal_points', points=fmt(points)))}<br>"
            f"{esc(support)}<br>"
            + (f"<i>{esc(need)}</i><br>" if need else "")
            + f"<font size=2>{esc(' · '.join(labels))}</font>"
        )
        top = y
        card = self.textbox(pygame.Rect(0, y, inner_w, -1), html, container=scroller.inner)
        y += card.rect.height + self.s(4)
        gap = self.s(8)
        if self.viewer in proposal.supporters:
            action = WithdrawSupport(actor=self.viewer, proposal=proposal.id)
            text = self.tr("ui.table.withdraw")
        else:
            action = Support(actor=self.viewer, proposal=proposal.id)
            text = self.tr("ui.table.support")
        load = self.tr("ui.table.load")
        # room for either wording of the first button, so a card keeps its size
        longer = max((self.tr("ui.table.withdraw"), self.tr("ui.table.support"), text), key=len)
        rects, height = self._button_rows(
            [longer, load], inner_w, (inner_w - gap) // 2, self.s(32), gap
        )
        first, second = (r.move(0, y) for r in rects)
        self._move_button(
            first, text, action, f"prop.{proposal.id}.support", legal, container=scroller.inner
        )
        self._wrapped_button(
            second,
            load,
            lambda p=dict(proposal.package): self._load(p),
            key=f"prop.{proposal.id}.load",
            container=scroller.inner,
        )
        self._cards[proposal.id] = (top, y + height)
        return y + height + self.s(12)

    def _move_button(
        self,
        rect,
        text,
        action,
        key,
        legal,
        *,
        object_id=None,
        confirm=None,
        container=None,
        hint=None,
        max_lines=0,
    ) -> None:
        problem = legal.why_not(action) if legal.my_turn else None
        enabled = legal.can_move and problem is None
        tip = hint
        if problem is not None and legal.my_turn:
            reason = problem.message(self.lang)
            tip = f"{hint} — {reason}" if hint else reason

        def run() -> None:
            if confirm:
                self._confirm(confirm, lambda: self._send(action))
            else:
                self._send(action)

        self._wrapped_button(
            rect,
            text,
            run,
            key=key,
            object_id=object_id,
            enabled=enabled,
            tooltip=tip,
            container=container,
            max_lines=max_lines,
        )

    def _build_answers(self, view: PlayerView, rect: pygame.Rect, y: int, container=None) -> int:
        question = view.questions_waiting[0]
        issue = next((i for i in view.issues if i.id == question.issue), None)
        issue_name = text_in(issue.name, self.lang) if issue else question.issue
        y += self._wrapped_label(
            pygame.Rect(rect.x, y, rect.width, self.s(24)),
            f"{self._name(view, question.asker)}: {issue_name}?",
            "#subtle",
            container=container,
        )
        y += self.s(4)
        modes = ("truthful", "vague", "decline")
        texts = [self.tr(f"ui.table.answer_{mode}") for mode in modes]
        gap = self.s(6)
        rects, height = self._button_rows(
            texts, rect.width, (rect.width - self.s(12)) // 3, self.s(36), gap
        )
        for mode, text, r in zip(modes, texts, rects, strict=True):
            action = Answer(actor=self.viewer, question=question.id, mode=mode)
            self._wrapped_button(
                r.move(rect.x, y),
                text,
                lambda a=action: self._send(a),
                key=f"answer.{mode}",
                container=container,
            )
        return y + height + self.s(4)

    def _build_talk(
        self, view: PlayerView, legal, rect: pygame.Rect, y: int, row: int, container=None
    ) -> int:
        lang = self.lang
        enabled = legal.can_talk
        send_w = self.s(110)
        placeholder = self.tr("ui.table.say_placeholder")
        stacked = rect.width - send_w - self.s(6) < font(self.s(15)).size(placeholder)[0] + 16
        entry_w = rect.width if stacked else rect.width - send_w - self.s(6)
        entry = self.entry(
            pygame.Rect(rect.x, y, entry_w, self.s(34)),
            "talk.text",
            on_enter=self._say,
            placeholder=placeholder,
            text=self.drafts.get(self.viewer, ""),
            container=container,
        )
        self.entry_widget = entry
        if not enabled:
            entry.disable()
        if stacked:
            y += row
        self.button(
            pygame.Rect(rect.right - send_w, y, send_w, self.s(34)),
            self.tr("ui.table.say"),
            self._say,
            key="talk.say",
            enabled=enabled,
            container=container,
        )
        y += row
        talk = [a for a in legal if a.kind in ("statement", "reveal_interest", "ask")]
        phrases = [a for a in talk if a.kind == "statement"]
        reveals = [a for a in talk if a.kind == "reveal_interest"]
        asks = [a for a in talk if a.kind == "ask"]
        phrase_texts = {p.id: text_in(p.text, lang) for p in self.game.scenario.phrases}
        interests = {i.id: text_in(i.text, lang) for i in view.interests}
        issues = {i.id: text_in(i.name, lang) for i in view.issues}
        rows = [
            (
                "phrase",
                phrases,
                lambda a: self.tr("ui.table.phrase", text=phrase_texts.get(a.phrase, a.phrase)),
            ),
            (
                "reveal",
                reveals,
                lambda a: self.tr("ui.table.reveal", text=interests.get(a.interest, a.interest)),
            ),
            (
                "ask",
                asks,
                lambda a: self.tr(
                    "ui.table.ask", actor=self._name(view, a.to), issue=issues.get(a.issue, a.issue)
                ),
            ),
        ]
        for name, actions, describe in rows:
            if not actions:
                continue
            count = len(actions)
            index = self.talk_choice[name] % count
            action = actions[index]
            full = describe(action)
            hints = [describe(a) for a in actions]
            if len(actions) > 1:
                hints = [
                    f"{text} · " + self.tr("ui.table.talk_more", n=n, count=count)
                    for n, text in enumerate(hints, start=1)
                ]
            self.talk_hints += hints
            hint = hints[index]
            box = pygame.Rect(rect.x, y, rect.width, self.s(34))
            if count > 1:  # ‹ and › of their own beside the line: a click on them only cycles
                arrow_w = self.s(30)
                box = pygame.Rect(rect.x + arrow_w + self.s(4), y, rect.width, self.s(34))
                box.width -= 2 * (arrow_w + self.s(4))
            common = {
                "key": f"talk.{name}",
                "object_id": "#rowbutton",
                "tooltip": hint,
                "on_arrow": lambda step, n=name, c=count: self._cycle_talk(n, step, c),
                "container": container,
            }
            if container is None:  # one line beside the proposals: the hint has it whole
                text = self.fit(full, box.width - self.s(28))
                self.button(box, text, lambda a=action: self._send(a), **common)
                self._talk_arrows(name, count, rect, box, container)
                y += row
                continue
            # whole in the scrolling column (up to half its height), as tall as the longest
            # the arrows reach, so the column stays put while they cycle
            cap = self._line_cap()
            box.height = max(
                self._button_height(describe(a), box.width, box.height, "#rowbutton", cap)
                for a in actions
            )
            self._wrapped_button(box, full, lambda a=action: self._send(a), max_lines=cap, **common)
            self._talk_arrows(name, count, rect, box, container)
            y += box.height + row - self.s(34)
        return y

    # --- player actions --------------------------------------------------------------------
    def _pick(self, issue: str, option: str, blocked: bool, tip: str) -> None:
        """A click (or a confirmed Enter) puts `option` in the package at once."""
        if blocked:
            self.app.status = tip
            return
        self.package[issue] = option
        self.picked.add(issue)
        self.pending = None
        self._repack = True

    def _pick_by_key(self, issue: str, option: str, blocked: bool, tip: str) -> None:
        """Enter on an option. Where the player already chose another option of this issue,
        the first Enter only marks it (a framed button and a line in the hint strip) and a
        second Enter on it makes the change: an Enter by reflex after Tab cannot undo a choice
        unseen, and exploring costs one key more rather than a dialog every time."""
        chosen = self.package.get(issue)
        if (
            blocked
            or issue not in self.picked
            or chosen in (None, option)
            or self.pending == (issue, option)
        ):
            self._pick(issue, option, blocked, tip)
            return
        self.pending = (issue, option)
        self.app.status = self._pending_text(self.view(), issue, option)
        self._repack = True

    def _pending_text(self, view: PlayerView, issue: str, option: str) -> str:
        """The hint for a marked option: what a second Enter changes."""
        lang = self.lang
        labels = {}
        name = issue
        for i in view.issues:
            if i.id == issue:
                name = text_in(i.name, lang)
                labels = {o.id: text_in(o.label, lang) for o in i.options}
        chosen = self.package.get(issue, "")
        return self.tr(
            "ui.table.pick_pending",
            issue=name,
            chosen=labels.get(chosen, chosen),
            option=labels.get(option, option),
        )

    def _load(self, package: dict[str, str]) -> None:
        self.package = dict(package)
        self.picked = set(package)
        self.pending = None
        self._repack = True

    def _repacked(self) -> None:
        """After a pick: the options and the score built again in place, their widgets and
        scroll positions kept, the rest of the table untouched."""
        if self.app._rebuild:
            return
        self._prepare()
        self.rebuild_sections(("builder", "score"), SECTIONS)
        self._builder_key = self._builder_state()

    def reveal(self, proposal: int) -> None:
        """Scroll proposal `proposal`'s card into view and put the focus on it: what a hint
        points at is always where the player can see it."""
        span = self._cards.get(proposal)
        scroller = self.proposal_scroller
        if span is None or scroller is None:
            return
        key = f"prop.{proposal}.support"
        focus = self.app.focus
        if not focus.focus_key(key):
            focus.focus_key(f"prop.{proposal}.load")
        top, bottom = span  # a card taller than the panel: its buttons, at the bottom, show
        scroller.scroll_to_span(max(top, bottom - scroller.rect.height + self.s(12)), bottom)

    def _talk_arrows(
        self, name: str, count: int, rect: pygame.Rect, box: pygame.Rect, container
    ) -> None:
        """‹ and › beside a talk line with more than one choice: they pick the previous or
        next one (the line itself says it). The keyboard has the arrow keys on the line."""
        if count < 2:
            return
        for step, text, x in ((-1, "‹", rect.x), (1, "›", box.right + self.s(4))):
            self.talk_arrows[(name, step)] = self.button(
                pygame.Rect(x, box.y, box.x - self.s(4) - rect.x, box.height),
                text,
                lambda n=name, st=step: self._cycle_talk(n, st, count),
                key=f"talk.{name}.{'next' if step > 0 else 'prev'}",
                object_id="#rowbutton",
                container=container,
                focusable=False,
            )

    def _cycle_talk(self, name: str, step: int, count: int) -> bool:
        self.talk_choice[name] = (self.talk_choice[name] + step) % max(count, 1)
        self._pending = True
        return True

    def _say(self) -> None:
        text = self.entry_widget.get_text().strip() if hasattr(self, "entry_widget") else ""
        if not text:
            return
        self.drafts.pop(self.viewer, None)
        self.entry_widget.set_text("")
        self._send(Statement(actor=self.viewer, text=text))

    def _send(self, action) -> None:
        """Every change goes through the engine; a refusal is shown, never raised."""
        try:
            self.session.apply(action)
        except IllegalAction as error:
            self.app.status = self.tr("ui.table.illegal", reason=error.message(self.lang))
            return
        if hasattr(self, "entry_widget") and action.kind != "statement":
            self.drafts[action.actor] = self.entry_widget.get_text()
        self.bot_wait = self.app.bot_delay
        self._pending = True
        if self.session.save_error:
            self.app.status = self.tr("ui.table.save_failed", error=self.session.save_error)

    def _confirm(self, text: str, then) -> None:
        from game.ui.scenes.dialog import DialogScene

        self.app.push(
            DialogScene(self.app, self.tr("ui.table.moves"), text, then, confirm=True),
            backdrop=True,
        )

    def _briefing(self) -> None:
        from game.ui.scenes.briefing import BriefingScene

        self.app.push(BriefingScene(self.app, self.session, self.viewer))

    def _debrief(self) -> None:
        """The debrief, after each person's guesses at the end (one sheet at a time)."""
        from game.ui.scenes.debrief import DebriefScene

        rater = next(
            (
                a
                for a in self.session.people()
                if rating_due(self.session.journal, self.session.scenario, a, "end")
            ),
            None,
        )
        if rater is not None:
            self._rate(rater, "end", then=self._debrief)
            return
        guesser = next_guesser(self.session, "end")
        if guesser is not None:
            self.app.push(GuessScene(self.app, self.session, guesser, "end", then=self._debrief))
            return
        self.app.push(DebriefScene(self.app, self.session))

    def _rate(self, actor: str, moment: Moment, then: Callable[[], None] | None = None) -> None:
        """The self-assessment of `actor` at `moment` (a hotseat names whose it is); kept in
        the learning journal and the autosave, so a resumed game never asks twice."""
        session = self.session

        def keep(ratings: dict[str, int], skipped: bool) -> None:
            session.journal.rate(actor, moment, ratings, skipped)
            session.save()
            if then is not None:
                then()

        goals = {goal.id: goal.text for goal in session.scenario.learning_goals}
        who = ""
        if session.mode == "hotseat":
            who = text_in(session.scenario.actor(actor).name, self.lang)
        self.app.push(RatingScene(self.app, goals, moment, keep, who))

    def escape(self) -> None:
        """Esc: back to the menu; the game is autosaved and can be continued."""
        self.app.reset_to(self.app.scenes[0])

    # --- the flow of the game --------------------------------------------------------------
    def update(self, dt: float) -> None:
        if self.app.scene is not self:
            return
        if self._pending:
            self._pending = False
            self._repack = False
            self.refresh_game()
        if self._repack:
            self._repack = False
            self._repacked()
        game = self.game
        if game.is_over():
            if self._show_events(ending=True):  # how it ended, on a card to acknowledge
                return
            if not self.ended_shown:
                self.ended_shown = True
                self.refresh()
            return
        current = self._waiting_for_briefing() or game.current_actor
        # at a hotseat the hand-over comes first: events, reflections, guesses and dialogs
        # are the next player's and wait until that player has the screen
        if (
            current is not None
            and self.session.mode == "hotseat"
            and self.session.is_person(current)
            and current != self.session.last_viewer
        ):
            self._hand_over(current)
            return
        if self._show_events():
            return
        if current is None:
            return
        if self.session.is_person(current):
            if current not in self.session.briefed:
                self.session.last_viewer = current
                self._briefing_first(current)
            elif rating_due(
                self.session.journal, game.scenario, current, "start", has_acted(game, current)
            ):
                self._rate(current, "start")
            elif guesses_due(self.session.journal, game, current, "start"):
                self.app.push(GuessScene(self.app, self.session, current, "start"))
            return
        self.bot_wait -= dt
        if self.bot_wait > 0:
            return
        self.session.bot_step(current, self.lang)
        self.bot_wait = self.app.bot_delay
        self.refresh_game()

    def _waiting_for_briefing(self) -> str | None:
        """Where a bot would move first, the first person at the table, until one person
        has read their briefing: nothing happens at the table before that."""
        game = self.game
        if self.session.briefed or self.session.is_person(game.current_actor or ""):
            return None
        return next(iter(self.session.people()), None)

    def _hand_over(self, actor: str) -> None:
        from game.ui.scenes.handover import HandoverScene

        self.app.push(HandoverScene(self.app, self.session, actor))

    def _briefing_first(self, actor: str) -> None:
        from game.ui.scenes.briefing import BriefingScene

        self.app.push(BriefingScene(self.app, self.session, actor))

    def _show_events(self, ending: bool = False) -> bool:
        """Pop up each moment the viewer has not seen yet (given `ending`, only how the game
        ended); True when one was shown."""
        from game.ui.scenes.dialog import DialogScene

        viewer = self.viewer
        if not self.session.is_person(viewer):
            return False
        log = self.view().log
        for k, line in enumerate(log):
            if (viewer, line.index) in self.session.seen_events:
                continue
            if ending and line.kind != "game_over":
                continue
            title = self._moment_title(line, viewer)
            if title is None:
                continue
            self.session.saw_event(viewer, line.index)
            body = [line.text(self.lang)]
            for after in log[k + 1 :]:  # what the event did to the table, as this player sees it
                if after.kind in CONSEQUENCES:
                    body.append(after.text(self.lang))
                elif after.kind in GROUPED and after.kind == line.kind:
                    # the escalation table's advice (or a week's events): one card, not a pile
                    self.session.saw_event(viewer, after.index)
                    body.append(after.text(self.lang))
                else:
                    break
            answer = None
            if line.kind == "reflection":
                moment = self._reflection_moment(viewer, line.round)
                if moment is not None:
                    answer = lambda text, m=moment, r=line.round: self._answer(viewer, r, m, text)  # noqa: E731
            self.app.push(
                DialogScene(
                    self.app,
                    title,
                    "\n".join(body),
                    answer=answer,
                    answer_hint=self.tr("ui.reflection.prompt"),
                ),
                backdrop=True,
            )
            return True
        return False

    def _moment_title(self, line, viewer: str) -> str | None:
        """The title of the card a log line gets, or None when a log line is enough: an
        event, a reflection, advice, the viewer's consultation, an answer to the viewer's
        question, a party walking out, and the end of the game."""
        kind = line.kind
        if kind in POP_UPS:
            return self.tr(POP_UPS[kind], round=line.round)
        if kind == "consultation" and line.actor == viewer:
            granted = line.data.get("granted")
            return self.tr("table.moment_consult_yes" if granted else "table.moment_consult_no")
        if kind == "answer" and line.actor != viewer:
            return self.tr("table.moment_answer", actor=self._name(self.view(), line.actor))
        if kind == "game_over":
            deal = line.data.get("outcome") == "agreement"
            return self.tr("table.moment_deal" if deal else "table.moment_end")
        if kind == "action" and line.actor != viewer:
            entry = self.game.log[line.index]  # a walk-out is public: the action says which
            if isinstance(entry.action, WalkAway) and not self.game.is_over():
                return self.tr("table.moment_walkout", actor=self._name(self.view(), line.actor))
        return None

    def _reflection_moment(self, actor: str, week: int) -> int | None:
        """The scenario's reflection question of `week` that `actor` has not answered yet."""
        return next(
            (
                k
                for k, moment in enumerate(self.game.scenario.reflection)
                if moment.round == week and not self.session.journal.answered(actor, k)
            ),
            None,
        )

    def _answer(self, actor: str, week: int, moment: int, text: str) -> None:
        self.session.journal.answer(actor, week, moment, text)
        self.session.save()

    def idle_hint(self) -> str | None:
        """The table's keys, where the focused control has nothing to say."""
        return self.tr("table.keys")

    def hints_to_come(self) -> list[str]:
        return [*self.talk_hints, self.tr("table.keys")]

    def handle(self, event: pygame.event.Event) -> bool:
        """F1 opens the viewer's briefing from anywhere at the table, F2 the support matrix."""
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F1 and not self.game.is_over():
            self._briefing()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F2:
            self._matrix()
            return True
        if event.type == pygame.KEYDOWN and event.key in JUMPS:
            self._jump(JUMPS[event.key])
            return True
        return False

    def _jump(self, panel: str) -> None:
        """F3, F4, F5: the focus to the package, the proposals (the closest to a deal) or the
        moves (Pass), each brought into view."""
        focus = self.app.focus
        if panel == "package":
            picked = [f"opt.{i}.{o}" for i, o in self.package.items()]
            keys = picked[:1] + [i.key for i in focus.items if i.key.startswith("opt.")]
        elif panel == "proposals":
            keys = [i.key for i in focus.items if i.key.startswith("prop.")] + ["table.matrix"]
        else:
            keys = ["table.pass", "answer.truthful"]
        if any(focus.focus_key(key) for key in keys):
            focus.show_current()

    def _matrix(self) -> None:
        self.app.push(MatrixScene(self.app, self.view()))

    # --- drawing ---------------------------------------------------------------------------
    def draw_below(self, surface: pygame.Surface) -> None:
        """The top bar and the seats, drawn again only when the game or the layout changed."""
        key = (
            self._view_key,
            surface.get_size(),
            self.lang,
            self.app.settings,
            self.turn_text,
            self.seat_area.topleft,
        )
        if self._picture_key != key or self._picture is None:
            self._picture_key = key
            texts_before = len(self.drawn_texts)
            self._picture = surface.copy()
            self._draw_picture(self._picture)
            self._picture_texts = self.drawn_texts[texts_before:]
        else:
            self.drawn_texts.extend(self._picture_texts)
        self.drawn_texts.extend(self._seat_texts)
        surface.blit(self._picture, (0, 0))

    def _draw_picture(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        palette = self.app.palette
        w, _ = surface.get_size()
        pygame.draw.rect(
            surface,
            palette.accent if not self.app.settings.high_contrast else palette.card,
            (0, 0, w, self.top_h),
        )
        if self.app.settings.high_contrast:
            pygame.draw.line(surface, palette.ink, (0, self.top_h - 1), (w, self.top_h - 1), 2)
        view = self.view()
        # week against the deadline, then whose turn it is
        bar = pygame.Rect(self.week_x, self.s(12), self.week_w, self.s(10))
        pygame.draw.rect(surface, palette.felt_edge, bar, border_radius=5)
        done = bar.copy()
        done.width = round(bar.width * min(view.round, view.deadline) / max(view.deadline, 1))
        pygame.draw.rect(surface, palette.focus, done, border_radius=5)
        self.draw_text(
            surface,
            self.tr("ui.table.week", round=view.round, deadline=view.deadline),
            (bar.x, bar.bottom + self.s(2)),
            12,
            pygame.Color("white"),
            max_width=bar.width,
        )
        size, lines = self._turn_lines(self.turn_text) if self.turn_text else (15, [])
        line_h = font(self.s(size), True).get_linesize()
        row_top = self.bar_h if self.turn_below else 0
        y = row_top + (self.top_h - row_top - line_h * len(lines)) // 2
        for line in lines:
            self.draw_text(surface, line, (self.turn_x, y), size, pygame.Color("white"), bold=True)
            y += line_h
        if self.seats_scroll:
            return  # the seats are in their scrolling list (see `_build_seats`)
        draw_table(
            surface,
            self.seat_area,
            self._seats(view),
            palette,
            self.draw_text,
            self._wrap_whole,
            self.app.settings.scale,
            centre=self.tr("ui.table.week", round=view.round, deadline=view.deadline),
            as_list=self.seats_as_list,
        )

    def _seats(self, view: PlayerView) -> list[Seat]:
        """Who sits at the table, the viewer first (at the bottom of the oval)."""
        seats = []
        supports: dict[str, list[str]] = {}
        for proposal in view.proposals:
            for actor in proposal.supporters_at_table:
                supports.setdefault(actor, []).append(f"#{proposal.id}")
        order = [a for a in view.actors if a.status != "absent"]
        # the viewer sits at the bottom of the table
        if any(a.id == self.viewer for a in order):
            k = next(i for i, a in enumerate(order) if a.id == self.viewer)
            order = order[k:] + order[:k]
        for actor in order:
            gone = actor.status == "walked_away"
            if gone:
                status = self.tr("ui.table.status_walked")
            elif len(supports.get(actor.id, ())) > SUPPORT_IDS:  # whole, not cut with '…'
                status = self.tr("table.supports_many", count=len(supports[actor.id]))
            elif actor.id in supports:
                status = self.tr("ui.table.status_supports", ids=", ".join(supports[actor.id]))
            else:
                status = ""
            if not self.session.is_person(actor.id):
                status = self.tr("ui.table.bot") + (" · " + status if status else "")
            seats.append(
                Seat(
                    text_in(actor.name, self.lang),
                    text_in(actor.role, self.lang),
                    actor.kind,
                    status,
                    actor.id == view.current_actor,
                    gone,
                    actor.id == self.viewer,
                )
            )
        return seats
