"""Refusals the engine gives people: a catalogue key plus values, readable in Dutch or English.

Values may be plain values or scenario texts (`str | LocalText`); `message(lang)` picks the
language of each scenario text before filling in the catalogue template.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.scenario.model import LocalText, text_in
from game.text import t


def fill(values: Mapping[str, object], lang: str) -> dict[str, object]:
    """Values with every scenario text put in `lang`."""
    return {k: text_in(v, lang) if isinstance(v, LocalText) else v for k, v in values.items()}


class EngineError(Exception):
    """Base of the engine's errors: each one carries a catalogue key and its values."""

    def __init__(self, key: str, values: Mapping[str, object] | None = None) -> None:
        self.key = key
        self.values: dict[str, object] = dict(values or {})
        super().__init__(self.message("en"))

    def message(self, lang: str = "nl") -> str:
        return t(self.key, lang, **fill(self.values, lang))


class IllegalAction(EngineError):
    """An action the rules do not allow now; `message(lang)` says why."""


class SetupError(EngineError):
    """A game cannot be set up this way (unknown seat, required actor missing, …)."""


class SaveError(EngineError):
    """A save cannot be loaded: malformed, truncated, tampered, or for another scenario."""
