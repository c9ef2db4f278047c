"""Fitting text into a width: cut with an ellipsis, or wrapped onto a few lines."""

from __future__ import annotations

from functools import cache

import pygame
import pyphen

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


def wrap_whole(text: str, font: pygame.font.Font, width: int) -> list[str]:
    """All of `text` in lines of `width`, however many it takes: broken at spaces, and a word
    wider than a line broken with a hyphen (nothing is cut with '…')."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if font.size(trial)[0] <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        pieces = _broken(word, font, width)
        lines += pieces[:-1]
        current = pieces[-1]
    return [*lines, current] if current else lines


VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüAEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")
#: Letters a break keeps at least on each side when it looks for a syllable.
SYLLABLE_MIN = 2


def _broken(word: str, font: pygame.font.Font, width: int) -> list[str]:
    """`word` in pieces that each fit `width`, every piece but the last ending in '-'; at
    least one letter a piece, so a line too narrow for any letter still ends."""
    pieces: list[str] = []
    while font.size(word)[0] > width and len(word) > 1:
        low, high = 1, len(word) - 1  # the longest head that fits with its hyphen
        while low < high:
            mid = (low + high + 1) // 2
            if font.size(word[:mid] + "-")[0] <= width:
                low = mid
            else:
                high = mid - 1
        at = _hyphenation_point(word, low)
        pieces.append(word[:at] + "-")
        word = word[at:]
    return [*pieces, word]


#: The hyphenation dictionary for each UI language.
DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}
_hyphenating = {"lang": "nl"}  # the window's language (see use_language)


def use_language(lang: str) -> None:
    """Break long words by the rules of `lang` from now on (the window calls this when its
    language is set); a language without a dictionary here falls back to Dutch."""
    _hyphenating["lang"] = lang if lang in DICTIONARIES else "nl"


@cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES[lang])


def _hyphenation_point(word: str, most: int) -> int:
    """Where to break `word` with at most `most` letters before the hyphen: the last real
    hyphenation point of the language's dictionary ("Bewoners-commissie", "Escala-tion"),
    else (a first syllable wider than the line, a word it does not know) at `most` itself."""
    points = [p for p in _dictionary(_hyphenating["lang"]).positions(word) if p <= most]
    return points[-1] if points else most
