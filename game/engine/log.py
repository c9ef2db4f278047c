"""The record of a game: one entry per applied action, fired event, and what they caused.

Each entry carries its round and turn, who may see it (`to`; None = everyone), a little
machine-readable `data`, and its line in Dutch and English, written when it happened.

An entry is a frozen dataclass the engine builds from its own, already checked values; a
save file's entries are checked by pydantic when the save is read (`record.SaveFile`, with
the constraints written on the fields here), and `canonical` is its JSON form in saves and
the state hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal

from pydantic import ConfigDict, Field

from game.engine.actions import Action, action_data
from game.engine.frozen import EMPTY, ReadOnly, frozen

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
#: A log line's data value as a view shows it: lists as tuples, dicts read-only.
LineValue = JSONScalar | tuple[JSONScalar, ...] | ReadOnly[str, JSONScalar]


@dataclass(frozen=True, slots=True, kw_only=True)
class LogEntry:
    """One line of the game's record."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    index: Annotated[int, Field(ge=0)]
    round: Annotated[int, Field(ge=1)]
    turn: Annotated[int, Field(ge=1, description="The turn of the game it happened in (1-based)")]
    kind: LogKind
    actor: str | None = None
    action: Action | None = None
    to: Annotated[list[str] | None, Field(description="Who sees it; None = everyone")] = None
    data: dict[str, JSONValue] = field(default_factory=dict)
    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl

    def visible_to(self, actor: str | None) -> bool:
        """Whether `actor` (None: an observer of the public table) may see this line."""
        return self.to is None or (actor is not None and actor in self.to)

    def canonical(self) -> dict[str, Any]:
        """The entry as JSON-ready data, its fields in order (saves and the state hash); a
        copy, so the caller may change it."""
        return {
            "index": self.index,
            "round": self.round,
            "turn": self.turn,
            "kind": self.kind,
            "actor": self.actor,
            "action": None if self.action is None else action_data(self.action),
            "to": None if self.to is None else [*self.to],
            "data": {
                k: [*v] if isinstance(v, list) else dict(v) if isinstance(v, dict) else v
                for k, v in self.data.items()
            },
            "nl": self.nl,
            "en": self.en,
        }


@dataclass(frozen=True, slots=True)
class LogLine:
    """One line of the record as a view shows it (the action itself and `to` are left out)."""

    index: int
    round: int
    turn: int
    kind: str
    actor: str | None
    data: ReadOnly[str, LineValue]
    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl

    @classmethod
    def of(cls, entry: LogEntry) -> LogLine:
        """The view line of a (validated) log entry, with its own read-only copy of the data."""
        data = entry.data
        shown = (
            frozen(
                {
                    k: tuple(v) if type(v) is list else frozen(dict(v)) if type(v) is dict else v
                    for k, v in data.items()
                }
            )
            if data
            else EMPTY
        )
        return cls(
            entry.index, entry.round, entry.turn, entry.kind, entry.actor, shown, entry.nl, entry.en
        )


class LineBook:
    """Each log entry as a view line, built once, and per audience the lines it may see.

    Entries are only ever appended to a state's log (undo replays into a fresh state), so
    the book catches up lazily: a view costs the lines added since the last view, not the
    whole record. Lines are immutable, so every view of an audience shares them (and, while
    the log has not grown, the very same tuple).
    """

    __slots__ = ("_lines", "_seen", "_shown", "_upto")

    def __init__(self) -> None:
        self._lines: list[LogLine] = []
        self._seen: dict[str | None, list[LogLine]] = {}
        self._shown: dict[str | None, tuple[LogLine, ...]] = {}  # `_seen` as last handed out
        self._upto: dict[str | None, int] = {}  # per audience: entries looked at so far

    def copy(self) -> LineBook:
        other = LineBook()
        other._lines = [*self._lines]
        other._seen = {a: [*lines] for a, lines in self._seen.items()}
        other._shown = dict(self._shown)
        other._upto = dict(self._upto)
        return other

    def visible(self, log: list[LogEntry], audience: str | None) -> tuple[LogLine, ...]:
        """The lines of `log` that `audience` (None: an observer) may see."""
        lines = self._lines
        if len(lines) > len(log):  # not the log this book was written for: start again
            lines.clear()
            self._seen.clear()
            self._shown.clear()
            self._upto.clear()
        for entry in log[len(lines) :]:
            lines.append(LogLine.of(entry))
        start = self._upto.get(audience, 0)
        end = len(lines)
        if start < end:  # `visible_to`, spelled out: this runs for every line and audience
            seen = self._seen.setdefault(audience, [])
            added = [
                line
                for entry, line in zip(log[start:end], lines[start:end], strict=True)
                if (to := entry.to) is None or (audience is not None and audience in to)
            ]
            self._upto[audience] = end
            if added or audience not in self._shown:
                seen.extend(added)
                self._shown[audience] = tuple(seen)
        return self._shown.get(audience, ())
