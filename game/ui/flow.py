"""Buttons laid out in rows that wrap: as many side by side as fit a width, then the next row,
so a row of buttons never overlaps or runs out of the window at large text."""

from __future__ import annotations

import pygame

from game.ui.theme import font

BUTTON_PADDING = 10  # the theme's text_horiz_alignment_padding for buttons


def button_need(text: str, scale: float, size: int = 15, bold: bool = False) -> int:
    """The width a button needs to show `text` whole at text `scale` (the theme pads it on
    both sides, and the border takes a little)."""
    return font(round(size * scale), bold).size(text)[0] + round(4 * scale) + 2 * BUTTON_PADDING


def flow(widths: list[int], width: int, height: int, gap: int, row_gap: int) -> list[pygame.Rect]:
    """Rects for buttons of `widths` (each at most `width`) placed left to right from (0, 0),
    wrapping onto a next row when the next one would stick out beyond `width`."""
    rects = []
    x = y = 0
    for w in widths:
        w = min(w, width)
        if x > 0 and x + w > width:
            x, y = 0, y + height + row_gap
        rects.append(pygame.Rect(x, y, w, height))
        x += w + gap
    return rects


def rows_height(rects: list[pygame.Rect]) -> int:
    """How tall the rows of `flow` are together."""
    return max((r.bottom for r in rects), default=0)


def justify(rects: list[pygame.Rect], width: int, gap: int) -> list[pygame.Rect]:
    """The rows of `flow` stretched to fill `width`: what a row leaves over shared equally by
    its buttons, so the rows end flush instead of ragged."""
    out = []
    for top in sorted({r.y for r in rects}):
        row = [r for r in rects if r.y == top]
        spare = width - sum(r.width for r in row) - gap * (len(row) - 1)
        x = 0
        for k, r in enumerate(row):
            w = r.width + spare // len(row) + (1 if k < spare % len(row) else 0)
            out.append(pygame.Rect(x, r.y, w, r.height))
            x += w + gap
    return out
