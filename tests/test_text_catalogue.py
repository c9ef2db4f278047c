"""The catalogue of texts for people: one key, one place, both languages."""

from __future__ import annotations

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
