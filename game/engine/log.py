"""The record of a game: one entry per applied action, fired event, and what they caused.

Each entry carries its round and turn, who may see it (`to`; None = everyone), a little
machine-readable `data`, and its line in Dutch and English, written when it happened.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from game.engine.actions import Action

LogKind = Literal[
    "action",
    "round_started",
    "event",
    "effect",
    "actor_joined",
    "option_added",
    "consultation",
    "answer",
    "advice",
    "revealed",
    "support_lapsed",
    "question_lapsed",
    "reflection",
    "game_over",
]

JSONScalar = str | int | float | bool | None
JSONValue = JSONScalar | list[JSONScalar] | dict[str, JSONScalar]


class LogEntry(BaseModel):
    """One line of the game's record."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    index: int = Field(ge=0)
    round: int = Field(ge=1)
    turn: int = Field(ge=1, description="The turn of the game this happened in (1-based)")
    kind: LogKind
    actor: str | None = None
    action: Action | None = None
    to: list[str] | None = Field(default=None, description="Who sees it; None = everyone")
    data: dict[str, JSONValue] = Field(default_factory=dict)
    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl

    def visible_to(self, actor: str | None) -> bool:
        """Whether `actor` (None: an observer of the public table) may see this line."""
        return self.to is None or (actor is not None and actor in self.to)
