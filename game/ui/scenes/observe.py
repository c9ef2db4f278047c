"""Observing a room's table from the window: the public table, and the weekly form.

An observer gets the public view only (the server sends nothing else). Per week the form
has a tick-box per party for each behaviour tied to the learning goals, and a free note;
it goes to the room (`observe`), which keeps it for the class board.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pygame

from game.engine import PublicView, public_view_from_json
from game.facilitation.observation import BEHAVIOUR_LABELS, ended_week
from game.learning.journal import Moment
from game.net.bridge import ClientThread
from game.net.protocol import (
    BEHAVIOUR_KEYS,
    NOTE_LIMIT,
    Noted,
    Refused,
    Seated,
    TableUpdate,
    plain_text,
)
from game.play import wording
from game.ui.room_status import log_html, status_line, week_html
from game.ui.scene import Scene, esc
from game.ui.scenes.rating import RatingScene
from game.ui.theme import font

#: Log lines shown, newest last.
LOG_LINES = 16

Send = Callable[[int, dict[str, list[str]], str], None]


def form_week(view: PublicView) -> int:
    """The week a form is for by default: the last one that ended (week 1 before any)."""
    return max(1, ended_week(view.round, view.deadline, view.outcome is not None))


class RoomWatchScene(Scene):
    """The public table of one room table, for an observer: the form per week, the
    self-assessment at the start and the end."""

    default_focus = "watch.form"

    def __init__(self, app, link: ClientThread, seated: Seated) -> None:
        super().__init__(app)
        self.link = link
        self.seated = seated
        update = link.client.table_update
        self.view: PublicView | None = None
        self.paused = False
        if update is not None and update.table == seated.table:
            self._take(update)
        self.kept: set[int] = set()
        self.rated: set[str] = set()
        self.ended = False

    def _take(self, update: TableUpdate) -> None:
        self.view = public_view_from_json(update.view)
        self.paused = update.paused

    def build(self) -> None:
        w, h = self.size
        margin = max(20, w // 50)
        self.label(
            pygame.Rect(margin, self.s(8), w - 2 * margin, self.s(44)),
            self.tr("kit.window.watch_title", table=self.seated.table),
            "#title",
        )
        view = self.view
        if view is None:
            return
        top = self.s(58)
        self.textbox(pygame.Rect(margin, top, w - 2 * margin, h - top - self.s(70)), self._html())
        bw = self.s(300)
        self.button(
            pygame.Rect(margin, h - self.s(56), bw, self.s(40)),
            self.tr("kit.window.form_button", week=form_week(view)),
            self._form,
            key="watch.form",
            object_id="#primary",
            enabled=bool(self.seated.actors),
        )
        self.button(
            pygame.Rect(w - margin - self.s(220), h - self.s(56), self.s(220), self.s(40)),
            self.tr("net.window.leave"),
            self._leave,
            key="watch.leave",
        )

    def _html(self) -> str:
        view = self.view
        assert view is not None
        lang = self.lang
        parts = [week_html(view, lang)]
        status = status_line(view, lang, self.ended, self.paused)
        if status is not None:
            parts.append(status)
        if self.kept:
            weeks = ", ".join(str(week) for week in sorted(self.kept))
            parts.append(esc(self.tr("kit.window.kept", weeks=weeks)))
        parts.append("<br>".join(esc(line) for line in wording.table_lines(view, lang)))
        parts.append(log_html(view, lang, LOG_LINES))
        return "<br><br>".join(parts)

    # --- the forms ---------------------------------------------------------------------------
    def _form(self) -> None:
        if self.view is None:
            return
        self.app.push(
            ObservationScene(
                self.app,
                self.seated.actors,
                self.view.deadline,
                form_week(self.view),
                self._send,
            )
        )

    def _send(self, week: int, marks: dict[str, list[str]], note: str) -> None:
        self.link.send(self.link.client.observe, week, marks, note)

    def _rate(self, moment: Moment) -> None:
        """The self-assessment at `moment`, once, when the case has learning goals."""
        if moment in self.rated or not self.seated.goals:
            return
        self.rated.add(moment)

        def send(ratings: dict[str, int], skipped: bool) -> None:
            self.link.send(self.link.client.rate_self, moment, ratings, skipped)

        self.app.push(RatingScene(self.app, self.seated.goals, moment, send))

    def _leave(self) -> None:
        self.link.close()
        self.app.pop()
        self.app.pop()

    def update(self, dt: float) -> None:
        changed = False
        for message in self.link.messages():
            if isinstance(message, TableUpdate) and message.table == self.seated.table:
                self._take(message)
                changed = True
            elif isinstance(message, Noted):
                if message.what == "rating":
                    self.app.status = self.tr("learning.rating.sent")
                    continue
                if message.week is not None:
                    self.kept.add(message.week)
                self.app.status = self.tr("kit.form.kept")
                changed = True
            elif isinstance(message, Refused):
                self.app.status = message.en if self.lang == "en" else message.nl
            elif message.type == "ended":
                self.ended = changed = True
        if changed:
            self.refresh()
        if self.app.scene is not self or self.view is None:
            return
        if self.view.outcome is not None and "start" not in self.rated:
            self.rated.add("start")  # came to a finished table: no "before" to ask
        self._rate("end" if self.view.outcome is not None else "start")

    def escape(self) -> None:
        """Esc keeps you at the table: leaving is a button of its own."""


class ObservationScene(Scene):
    """One week's form: per party a tick-box per behaviour, a note, then Send."""

    default_focus = "form.send"

    def __init__(self, app, actors: Mapping[str, str], weeks: int, week: int, send: Send) -> None:
        super().__init__(app)
        self.actors = dict(actors)
        self.weeks = max(1, weeks)
        self.week = min(max(1, week), self.weeks)
        self.send = send
        self.marks: dict[str, set[str]] = {actor: set() for actor in self.actors}
        self.note = ""
        self.note_entry = None

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 40)
        col = min(self.s(1120), w - 2 * margin)
        x = (w - col) // 2
        small = self.s(44)
        self.button(
            pygame.Rect(x, self.s(14), small, self.s(40)),
            "‹",
            lambda: self._week(-1),
            key="form.week.earlier",
            focusable=False,
        )
        title_w = col - 2 * (small + self.s(6))
        title = self.tr("kit.window.form_title", week=self.week, weeks=self.weeks)
        self.label(
            pygame.Rect(x + small + self.s(6), self.s(14), title_w, self.s(40)),
            self.fit(title, title_w - self.s(8), 22, bold=True),
            "#heading",
        )
        self.button(
            pygame.Rect(x + col - small, self.s(14), small, self.s(40)),
            "›",
            lambda: self._week(1),
            key="form.week.later",
            focusable=False,
        )
        self.label(
            pygame.Rect(x, self.s(58), col, self.s(24)), self.tr("kit.window.form_intro"), "#subtle"
        )
        top = self.s(88)
        bottom = h - self.s(120)
        scroller = self.scroller(pygame.Rect(x, top, col, bottom - top))
        inner, width = scroller.inner, scroller.width
        gap = self.s(4)
        columns, box_w = self._columns(width, gap)
        ry = 0
        for actor, name in self.actors.items():
            self.label(pygame.Rect(0, ry, width, self.s(24)), name, "#heading", container=inner)
            ry += self.s(26)
            for k, (behaviour, label_key) in enumerate(
                zip(BEHAVIOUR_KEYS, BEHAVIOUR_LABELS, strict=True)
            ):
                ticked = behaviour in self.marks[actor]
                text = ("[×] " if ticked else "[  ] ") + self.tr(label_key)
                row, column = divmod(k, columns)
                self.button(
                    pygame.Rect(column * (box_w + gap), ry + row * self.s(40), box_w, self.s(36)),
                    self.fit(text, box_w - self.s(12)),
                    lambda a=actor, b=behaviour: self._tick(a, b),
                    key=f"form.{actor}.{behaviour}",
                    tooltip=f"{name}: {self.tr(label_key)}",
                    selected=ticked,
                    container=inner,
                )
            ry += self.s(40) * -(-len(BEHAVIOUR_KEYS) // columns) + self.s(4)
        scroller.set_content_height(ry)
        self.note_entry = self.entry(
            pygame.Rect(x, bottom + self.s(10), col, self.s(40)),
            "form.note",
            placeholder=self.tr("facilitation.obs.note"),
            text=self.note,
        )
        self.note_entry.set_text_length_limit(NOTE_LIMIT)
        by = h - self.s(60)
        bw = min(self.s(300), (col - self.s(12)) // 2)
        self.button(
            pygame.Rect(x, by, bw, self.s(44)),
            self.tr("kit.window.form_cancel"),
            self.escape,
            key="form.cancel",
        )
        self.button(
            pygame.Rect(x + col - bw, by, bw, self.s(44)),
            self.tr("kit.window.form_send"),
            self._send,
            key="form.send",
            object_id="#primary",
        )

    def _columns(self, width: int, gap: int) -> tuple[int, int]:
        """Tick-boxes per row (five when they fit whole, fewer with large text) and their
        width."""
        face = font(self.s(15))
        widest = max(face.size("[×] " + self.tr(key))[0] for key in BEHAVIOUR_LABELS)
        columns = len(BEHAVIOUR_KEYS)
        while columns > 1 and (width - gap * (columns - 1)) // columns < widest + self.s(10):
            columns -= 1
        return columns, (width - gap * (columns - 1)) // columns

    def _read_note(self) -> None:
        if self.note_entry is not None:
            self.note = self.note_entry.get_text()

    def _week(self, step: int) -> None:
        self._read_note()
        self.week = (self.week - 1 + step) % self.weeks + 1
        self.refresh()

    def _tick(self, actor: str, behaviour: str) -> None:
        self._read_note()
        marks = self.marks[actor]
        marks.symmetric_difference_update({behaviour})
        self.refresh()

    def _send(self) -> None:
        self._read_note()
        marks = {
            actor: [b for b in BEHAVIOUR_KEYS if b in seen]
            for actor, seen in self.marks.items()
            if seen
        }
        note = "".join(c for c in self.note.strip() if plain_text(c))
        self.app.pop()
        self.send(self.week, marks, note[:NOTE_LIMIT])

    def escape(self) -> None:
        """Esc: back to the table without sending."""
        self.app.pop()
