"""The room protocol's building blocks: its version, the field types and limits every message
uses, and the check that a client's values are plain text and usable numbers.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

PROTOCOL_VERSION = 1
#: The largest integer a client may send anywhere in a frame: the largest a JSON number
#: holds exactly in every language (2**53 - 1), and what SQLite stores without overflow.
MAX_INT = 2**53 - 1

Name = Annotated[str, Field(min_length=1, max_length=40)]
Token = Annotated[str, Field(min_length=8, max_length=64)]
Code = Annotated[str, Field(min_length=1, max_length=16)]
TableNo = Annotated[int, Field(ge=1, le=64)]
ActorId = Annotated[str, Field(min_length=1, max_length=64)]
Lang = Literal["nl", "en"]


class ProtocolMessage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClientMessageBase(ProtocolMessage):
    """A message from a client: every text in it must be plain (UTF-8, no control characters)
    and every number must lie in 0..MAX_INT, down to the action inside an `act`, before any
    of it is used."""

    @model_validator(mode="before")
    @classmethod
    def _plain_values(cls, data: Any) -> Any:
        problem = unusable_value(data)
        if problem is not None:
            kind, where = problem
            raise PydanticCustomError(kind, "{where}", {"where": where or "message"})
        return data


def unusable_value(data: Any) -> tuple[str, str] | None:
    """('bad_text' | 'bad_number', where) for the first value in `data` that no table may
    hold: text with a lone surrogate (it cannot be written as UTF-8, so no view, save or
    result holding it could be) or a control character, an integer outside 0..MAX_INT, or
    a number that is not finite. None when every value is usable. Walks without recursion
    (deep nesting is fine)."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if not plain_text(value):
                return "bad_text", where
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if not 0 <= value <= MAX_INT:
                return "bad_number", where
        elif isinstance(value, float):
            if not math.isfinite(value) or abs(value) > MAX_INT:
                return "bad_number", where
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and not plain_text(key):
                    return "bad_text", where
                stack.append((f"{where}.{key}" if where else str(key), item))
        elif isinstance(value, list | tuple):
            stack.extend((f"{where}[{n}]", item) for n, item in enumerate(value))
    return None


def plain_text(text: str) -> bool:
    """Text a table may hold: writable as UTF-8 and free of control characters (an escape
    sequence in a statement or name would clear or retitle other trainees' terminals)."""
    return encodable(text) and CONTROL.search(text) is None


#: Control characters (C0, DEL, C1), newline and tab included: every text field is one line.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def encodable(text: str) -> bool:
    """Whether `text` can be written as UTF-8 (False for a lone surrogate such as \\ud800)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
