"""The table's top bar: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.engine import PlayerView
from game.scenario.model import text_in
from game.ui.flow import button_need
from game.ui.tabledraw import LIST_SCALE
from game.ui.textfit import wrap_whole
from game.ui.theme import font

#: What the turn's place says in a room instead, when it is so (see `RoomParts._room_status`).
ROOM_STATUSES = ("net.join.ended", "table.room_offline", "net.dash.paused")
TURN_ROWS = 2  # the turn shows beside the week on up to this many lines, else on a row below


class TopBar:
    """The top bar: the case's title, the week against the deadline, whose turn it is (in a
    room also a pause, the session's end or a lost connection), and Briefing and Menu (or To
    the debrief; in a room, Leave)."""

    def _statuses(self, view: PlayerView) -> list[str]:
        """Every text the turn can show in this game: the top bar keeps room for the longest,
        so it stays put as the turn goes round."""
        names = [text_in(a.name, self.lang) for a in view.actors]
        room = [self.tr(key) for key in ROOM_STATUSES] if self.remote else []
        return (
            [self.tr("ui.table.your_turn", actor=n) for n in names]
            + [self.tr("ui.table.bot_thinking", actor=n) for n in names]
            + room
        )

    def _second_button(self) -> tuple[str, str]:
        """The top bar's second button: back to the menu, or in a room, leaving it (its
        text's key and its focus key)."""
        return ("table.leave", "table.leave") if self.remote else ("ui.table.menu", "table.menu")

    def _end_button(self) -> str:
        """The text's key of the one button of a finished game: the debrief, or leaving the
        room (whose debrief is the trainer's)."""
        return "net.window.leave" if self.remote else "ui.table.to_debrief"

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
        labels = (self.tr("ui.table.briefing"), self.tr(self._second_button()[0]))
        self.top_bw = min(self.s(120), max(max(button_need(t, scale) for t in labels), 120))
        need = button_need(self.tr(self._end_button()), scale, 16, True)
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
        room = self._room_status() if self.remote else None
        if room is not None:
            status = room
        elif view.outcome is not None:
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
                self.tr(self._end_button()),
                self._leave if self.remote else self._debrief,
                key="table.leave" if self.remote else "table.debrief",
                object_id="#primary",
            )
        else:
            self.button(
                pygame.Rect(w - 2 * (pad + bw), button_y, bw, self.s(36)),
                self.tr("ui.table.briefing"),
                self._briefing,
                key="table.briefing",
            )
            text, key = self._second_button()
            self.button(
                pygame.Rect(w - pad - bw, button_y, bw, self.s(36)),
                self.tr(text),
                self._leave if self.remote else self.escape,
                key=key,
            )
