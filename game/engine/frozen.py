"""Read-only mappings for the engine's values (views, log lines, the outcome).

A view is handed to one player and may be kept by a bot, a screen or a test; its parts are
shared between views, so nothing in it may change. Lists become tuples; dicts become
`ReadOnly` mappings: a `MappingProxyType` over a dict that nobody else holds, so reading
`view.points[issue][option]` is a dict lookup and writing to it raises TypeError.

`ReadOnly[K, V]` tells pydantic (at the edges: the room's JSON, see `view_json`) to write such
a mapping as a JSON object and to read one back as a read-only mapping again.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, SerializerFunctionWrapHandler, WrapSerializer

K = TypeVar("K")
V = TypeVar("V")


def _as_dict(value: Mapping[Any, Any], write: SerializerFunctionWrapHandler) -> Any:
    return write(dict(value))


ReadOnly = Annotated[
    Mapping[K, V], AfterValidator(MappingProxyType), WrapSerializer(_as_dict, when_used="always")
]

#: The one empty read-only mapping (shared: it cannot change).
EMPTY: Mapping[Any, Any] = MappingProxyType({})


def frozen(values: dict[K, V]) -> Mapping[K, V]:
    """`values` behind a read-only face; the caller hands the dict over and keeps no hold."""
    return MappingProxyType(values)
