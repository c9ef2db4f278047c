"""What a bot hands back for a turn: its action and the sentence that says why, and the
protocol every bot follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from game.engine import (
    Action,
    LegalActions,
    PlayerView,
)
from game.scenario.model import LocalText


class BotMove:
    """One action of a bot and why it takes it, in Dutch and English.

    The sentence may be given ready or as a call that words it; it is then worded the first
    time someone reads it (bot-only simulations never do), from the same view either way."""

    __slots__ = ("_explanation", "_word", "action")

    def __init__(self, action: Action, explanation: LocalText | Callable[[], LocalText]) -> None:
        self.action = action
        self._explanation = explanation if isinstance(explanation, LocalText) else None
        self._word = None if isinstance(explanation, LocalText) else explanation

    @property
    def explanation(self) -> LocalText:
        if self._explanation is None:
            assert self._word is not None
            self._explanation, self._word = self._word(), None
        return self._explanation

    def why(self, lang: str = "nl") -> str:
        return self.explanation.en if lang == "en" and self.explanation.en else self.explanation.nl

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BotMove):
            return NotImplemented
        return self.action == other.action and self.explanation == other.explanation

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"BotMove({self.action!r}, {self.explanation!r})"


class Bot(Protocol):
    actor: str
    strategy: str

    def act(self, view: PlayerView, legal: LegalActions) -> BotMove: ...
