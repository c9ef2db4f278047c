"""`wrap_whole` keeps every letter of a text and fits every line, breaking a word that is wider
than the line with a hyphen instead of cutting it with '…'."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame
import pyphen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.ui.textfit import use_language, wrap_whole
from game.ui.theme import font


@pytest.fixture(scope="module")
def heading() -> pygame.font.Font:
    pygame.font.init()
    return font(36, bold=True)


def test_a_word_wider_than_the_line_is_broken_with_hyphens(heading: pygame.font.Font) -> None:
    lines = wrap_whole("Regionale Ambulancevoorziening (RAV)", heading, 200)
    assert all(heading.size(line)[0] <= 200 for line in lines)
    assert any(line.endswith("-") for line in lines)
    joined = " ".join(lines).replace("- ", "")
    assert joined == "Regionale Ambulancevoorziening (RAV)"


def test_words_that_fit_are_only_wrapped_at_spaces(heading: pygame.font.Font) -> None:
    lines = wrap_whole("Politie basisteam Lindeveen", heading, 260)
    assert lines == ["Politie", "basisteam", "Lindeveen"]


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(st.text("abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=40), max_size=8),
    width=st.integers(min_value=60, max_value=600),
)
def test_every_letter_stays_and_every_line_fits(words: list[str], width: int) -> None:
    pygame.font.init()
    f = font(30, bold=True)
    lines = wrap_whole(" ".join(words), f, width)
    assert all(f.size(line)[0] <= width for line in lines)
    assert not any("…" in line for line in lines)
    letters = "".join(line.removesuffix("-") for line in lines).replace(" ", "")
    assert letters == "".join(words)


def test_a_long_word_breaks_before_a_syllable_not_one_letter_from_its_end(
    heading: pygame.font.Font,
) -> None:
    room = heading.size("Escalatio-")[0]  # the longest head that fits would leave "n"
    use_language("en")
    try:
        assert wrap_whole("Escalation table", heading, room) == ["Escala-", "tion", "table"]
    finally:
        use_language("nl")
    assert wrap_whole("Crisisbedden", heading, heading.size("Crisisbe-")[0]) == [
        "Crisis-",
        "bedden",
    ]


def hyphenation_points(word: str, lang: str) -> set[int]:
    return set(pyphen.Pyphen(lang=lang).positions(word))


@pytest.mark.parametrize("word", ["Bewonerscommissie", "omgevingsplanactiviteit"])
def test_a_long_dutch_word_breaks_at_a_real_hyphenation_point(
    heading: pygame.font.Font, word: str
) -> None:
    use_language("nl")
    room = heading.size(word[: len(word) // 2 + 2] + "-")[0]  # about half the word fits
    lines = wrap_whole(word, heading, room)
    assert len(lines) > 1 and "".join(line.removesuffix("-") for line in lines) == word
    at = 0
    for line in lines[:-1]:
        at += len(line) - 1
        assert at in hyphenation_points(word, "nl_NL"), (lines, at)
    assert lines[0] in ("Bewoners-", "omgevingsplan-", "omgevings-", "Bewo-")


def test_the_window_language_picks_the_dictionary(heading: pygame.font.Font) -> None:
    """'Escalation' breaks by the English rules in an English window (es-cal-a-tion)."""
    use_language("en")
    try:
        lines = wrap_whole("Escalation", heading, heading.size("Escal-")[0])
        assert lines[0] == "Escal-"
    finally:
        use_language("nl")
