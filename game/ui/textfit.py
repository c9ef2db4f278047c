"""Fitting text into a width: cut with an ellipsis, or wrapped onto a few lines."""

from __future__ import annotations

import pygame

ELLIPSIS = "…"


def cut(text: str, font: pygame.font.Font, width: int) -> str:
    """`text` as it fits `width`, ending in '…' when something had to go."""
    if font.size(text)[0] <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if font.size(text[:mid].rstrip() + ELLIPSIS)[0] <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, font: pygame.font.Font, width: int, max_lines: int = 2) -> list[str]:
    """`text` broken at spaces into at most `max_lines` lines of `width`; a word longer than
    a line, or what is left over for the last line, is cut with '…'."""
    words = text.split()
    if not words:
        return []
    lines: list[str] = []
    current = ""
    for k, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if font.size(trial)[0] <= width or not current:
            current = trial
            continue
        if len(lines) == max_lines - 1:
            return [*lines, cut(" ".join([current, *words[k:]]), font, width)]
        lines.append(cut(current, font, width))
        current = word
    return [*lines, cut(current, font, width)]
