"""The table's log: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.engine import PlayerView
from game.scenario.model import text_in
from game.ui.logbox import LogBox
from game.ui.scene import esc

LOG_LINES = 40  # the log box shows at least the latest lines; parsing more is slow, so
LOG_STEP = 20  # it starts at a multiple of this: grown or built at once, the same lines
AT_END = 4  # px: a log scrolled this close to its end follows the new lines


class LogPanel:
    """The log box: a week's heading at each new week; new lines appended, the reader's place
    kept."""

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
