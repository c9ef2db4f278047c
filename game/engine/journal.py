"""Writes log entries: stamped with index, round and turn, worded in Dutch and English."""

from __future__ import annotations

from game.engine.actions import Action
from game.engine.labels import bilingual
from game.engine.log import JSONValue, LogEntry, LogKind
from game.engine.state import State


def note(
    state: State,
    kind: LogKind,
    key: str,
    *,
    actor: str | None = None,
    action: Action | None = None,
    to: list[str] | None = None,
    data: dict[str, JSONValue] | None = None,
    **values: object,
) -> LogEntry:
    """Append one entry to the state's log and return it (built from the engine's own,
    already checked data, so it is not validated again)."""
    nl, en = bilingual(key, **values)
    entry = LogEntry(
        index=len(state.log),
        round=state.round,
        turn=state.turn,
        kind=kind,
        actor=actor,
        action=action,
        to=None if to is None else list(to),
        data=data or {},
        nl=nl,
        en=en,
    )
    state.log.append(entry)
    return entry
