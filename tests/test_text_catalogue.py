"""The catalogue of texts for people: one key, one place, both languages."""

from __future__ import annotations

import re
import string
from importlib import import_module

import pytest

from game.text import t
from game.text.catalogue import MODULES, catalogue


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_lives_in_one_module_only() -> None:
    seen: dict[str, str] = {}
    for module in MODULES:
        for key in import_module(f"game.text.{module}").MESSAGES:
            assert key not in seen, f"{key} is in both {seen.get(key)} and {module}"
            seen[key] = module
    assert set(seen) == set(catalogue())


def test_every_text_has_dutch_and_english_with_the_same_placeholders() -> None:
    for key, (nl, en) in catalogue().items():
        assert nl.strip() and en.strip(), key
        assert _placeholders(nl) == _placeholders(en), key


def test_t_finds_every_key_in_both_languages_whichever_module_it_lives_in() -> None:
    for key, (nl, en) in catalogue().items():
        if _placeholders(nl):
            continue
        assert t(key, "nl") == nl
        assert t(key, "en") == en


def test_an_unknown_key_is_a_key_error_even_with_a_module_prefix() -> None:
    with pytest.raises(KeyError):
        t("engine.no_such_text", "nl")
    with pytest.raises(KeyError):
        t("no_such_module.text", "en")


# texts for the HTML pages, the kit's board and the terminal's simulation report: a browser or a
# terminal draws them with its own fonts, not with the window's Noto Sans
NOT_IN_THE_WINDOW = ("web.", "kit.board.", "agents.balance.", "simulate.")


def test_every_text_the_window_may_draw_has_its_glyphs_in_the_shipped_font() -> None:
    """A character the font lacks is drawn as an empty box (an arrow in the hint strip was)."""
    import pygame.freetype

    from game.play.assets import font_file

    pygame.freetype.init()
    fonts = [pygame.freetype.Font(str(font_file(style)), 15) for style in ("Regular", "Bold")]
    for key, texts in catalogue().items():
        if key.startswith(NOT_IN_THE_WINDOW):
            continue
        for text in texts:
            chars = "".join(sorted(c for c in set(text) if c.isprintable()))
            for face in fonts:
                missing = [c for c, m in zip(chars, face.get_metrics(chars), strict=True) if not m]
                assert not missing, f"{key}: {missing} not in {face.name}"


def test_a_number_of_weeks_is_never_followed_by_a_singular_week() -> None:
    """'+2 week' reads wrong in Dutch, 'week(s)' in English: word it without the plural."""
    for key, (nl, en) in catalogue().items():
        assert "week(s)" not in en, key
        assert not re.search(r"\{[^}]*\}\s+week\b", nl), key
