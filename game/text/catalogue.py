"""Looks up user-facing texts by key; each area of the game keeps its own message module.

A message module is a file in this package defining `MESSAGES: dict[str, tuple[nl, en]]`;
it is listed in `MODULES` below. Keys are unique across modules (a test checks this).
Texts use `str.format` placeholders: t("engine.not_your_turn", "nl", actor="Politie").
"""

from __future__ import annotations

import os
from functools import cache
from importlib import import_module
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

MODULES = (
    "cli",
    "lint",
    "scenario",
    "engine",
    "ui",
    "table",
    "scoring",
    "textmode",
    "agents",
    "net",
    "learning",
    "facilitation",
    "saves",
    "web",
    "kit",
    "debrief",
    "play",
)


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """All messages of all modules, merged."""
    merged: dict[str, tuple[str, str]] = {}
    for name in MODULES:
        merged.update(_messages(name))
    return merged


@cache
def _messages(module: str) -> dict[str, tuple[str, str]]:
    """One message module's texts (an empty dict for a name that is no module)."""
    if module not in MODULES:
        return {}
    messages: dict[str, tuple[str, str]] = import_module(f"game.text.{module}").MESSAGES
    return messages


def _lookup(key: str) -> tuple[str, str]:
    """The texts of `key`: most keys start with their module's name, so only that module is
    loaded (a bot game or a command needs a few of them, not the window's hundreds of
    lines); keys are unique across modules, so this finds what `catalogue()` would."""
    found = _messages(key.partition(".")[0]).get(key)
    return found if found is not None else catalogue()[key]


def preferred_lang() -> Lang:
    """The language asked for in OMGEVINGSTAFEL_LANG ('en…' → English), else Dutch."""
    return "en" if os.environ.get("OMGEVINGSTAFEL_LANG", "nl").lower().startswith("en") else "nl"


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The text for `key` in `lang` (default: `preferred_lang()`) with `values` filled in."""
    if lang is None:
        lang = preferred_lang()
    nl, en = _lookup(key)
    template = en if lang == "en" else nl
    return template.format(**values) if values else template
