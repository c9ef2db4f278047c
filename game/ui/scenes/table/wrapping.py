"""Text that wraps whole at the table: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.ui.flow import BUTTON_PADDING, button_need, flow, justify, rows_height
from game.ui.textfit import wrap, wrap_whole
from game.ui.theme import font

LABEL_FONTS = {  # the theme's (size, bold) of the labels the table wraps
    "#heading": (18, True),
    "#subtle": (13, False),
    "#score": (17, True),
}
BUTTON_FONTS = {"#primary": (16, True)}  # (size, bold); other buttons (15, False)
ROW_PADDING = 12  # the theme's text padding for #rowbutton
LINES_KEPT = 1024  # button texts whose lines are kept, then measured afresh


class WholeText:
    """Text that wraps whole in the table's labels and buttons: measured once, as tall as its
    lines need."""

    def _wrap_whole(
        self, text: str, size: int, width: int, *, bold: bool = False, max_lines: int = 2
    ) -> list[str]:
        """Like `wrap_text`, but a party's name is never cut: as many lines as it takes."""
        return wrap_whole(text, font(self.s(size), bold), width)

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

    def _line_cap(self) -> int:
        """The lines a long label (a consultation, a talk line) keeps to in the right column:
        as many as fill half its height, so it shows whole when focused; its hint has the
        whole text."""
        return max(2, self.right_rect.height // 2 // font(self.s(15)).get_linesize())
