"""Lint over the words of a scenario: texts without English, and `# TODO` comments."""

from __future__ import annotations

import bisect
import re
import types
from dataclasses import dataclass
from typing import Annotated, Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel

from game.scenario.model import LocalText, Scenario
from game.scenario.problems import Path

TODO_COMMENT = re.compile(r"#[ \t]*(?i:todo)\b[: \t]*(?P<note>[^\n]*)")


def _members(annotation: Any) -> list[Any]:
    """The types an annotation allows, with Annotated and Optional taken apart."""
    if get_origin(annotation) is Annotated:
        return _members(get_args(annotation)[0])
    if get_origin(annotation) in (Union, types.UnionType):
        return [m for arg in get_args(annotation) for m in _members(arg)]
    return [annotation]


def _is_text(annotation: Any) -> bool:
    return LocalText in _members(annotation)


def _item(annotation: Any, container: type) -> Any:
    """The annotation of the items of a list (or the values of a dict) field."""
    for member in _members(annotation):
        if get_origin(member) is container:
            return get_args(member)[-1]
    return Any


def _walk(value: Any, annotation: Any, path: Path, english: bool, out: list[Path]) -> None:
    if isinstance(value, LocalText):
        if not value.en:
            out.append(path)
    elif isinstance(value, str):
        if not english and _is_text(annotation):
            out.append(path)
    elif isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            _walk(getattr(value, name), field.annotation, (*path, name), english, out)
    elif isinstance(value, list):
        item = _item(annotation, list)
        for index, element in enumerate(value):
            _walk(element, item, (*path, index), english, out)
    elif isinstance(value, dict):
        item = _item(annotation, dict)
        for key, element in value.items():
            _walk(element, item, (*path, key), english, out)


def texts_without_english(scenario: Scenario) -> list[Path]:
    """Paths of every text that has no English.

    A plain string is Dutch in a Dutch scenario (no English) and English in an English one.
    """
    out: list[Path] = []
    _walk(scenario, Scenario, (), scenario.language == "en", out)
    return out


@dataclass(frozen=True)
class TodoComment:
    line: int
    col: int
    note: str


def _scalar_spans(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of every scalar, so a '#' inside a text is not a comment."""
    starts: list[int] = []
    ends: list[int] = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                starts.append(token.start_mark.index)
                ends.append(token.end_mark.index)
    except yaml.YAMLError:
        pass
    return starts, ends


def todo_comments(text: str) -> list[TodoComment]:
    """Every `# TODO …` comment in the raw text, with its exact line and column (1-based)."""
    starts, ends = _scalar_spans(text)
    found = []
    for match in TODO_COMMENT.finditer(text):
        at = match.start()
        if at > 0 and text[at - 1] not in " \t\n\r":
            continue
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < ends[k]:
            continue
        line = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        found.append(TodoComment(line, col, match.group("note").strip()))
    return found
