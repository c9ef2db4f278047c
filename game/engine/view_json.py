"""Views as JSON and back: the one place where views meet pydantic (the room's edge).

The engine's views are frozen dataclasses (`game.engine.views`); the room server sends them
to its clients as JSON objects, and a client reads what it was sent back into the same
frozen view. Tuples go out as JSON arrays and read-only mappings as JSON objects, so the JSON
is the shape `docs/protocol.md` describes and the web client reads. A view's field values
are copied with `dataclasses.replace`.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from game.engine.views import PlayerView, PublicView


@cache
def _player() -> TypeAdapter[PlayerView]:
    return TypeAdapter(PlayerView)  # built when first needed: only the room's edges need it


@cache
def _public() -> TypeAdapter[PublicView]:
    return TypeAdapter(PublicView)


def _adapter(view: PublicView) -> TypeAdapter[Any]:
    return _player() if isinstance(view, PlayerView) else _public()


def view_to_json(view: PublicView, exclude: Set[str] = frozenset()) -> str:
    """The view (a player's or the public one) as one JSON object, without the fields named
    in `exclude`."""
    return _adapter(view).dump_json(view, exclude=set(exclude) or None).decode()


def view_data(view: PublicView) -> dict[str, Any]:
    """The view as JSON-ready data (what `view_to_json` writes, before it is text)."""
    data: dict[str, Any] = _adapter(view).dump_python(view, mode="json")
    return data


def player_view_from_json(data: Mapping[str, Any] | str | bytes) -> PlayerView:
    """A player's view from what the room sent (parsed or as text); raises pydantic's
    ValidationError when it is not one."""
    if isinstance(data, str | bytes):
        return _player().validate_json(data)
    return _player().validate_python(data)


def public_view_from_json(data: Mapping[str, Any] | str | bytes) -> PublicView:
    """The public table from what the room sent (parsed or as text); raises pydantic's
    ValidationError when it is not one."""
    if isinstance(data, str | bytes):
        return _public().validate_json(data)
    return _public().validate_python(data)
