"""The guide's field tables, generated from the scenario models so they never drift.

`python -m game.scenario.fieldtables` prints the tables; `--write` puts them into
docs/scenario-guide.md between `<!-- fields:begin -->` and `<!-- fields:end -->`;
`--check` exits 1 when the guide is out of date (a test does the same).
"""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from annotated_types import Ge, Gt, Le, Lt, MaxLen, MinLen
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from game.scenario.model import LocalText, Scenario

BEGIN = "<!-- fields:begin -->"
END = "<!-- fields:end -->"
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "scenario-guide.md"
HEADER = (
    "| Veld / field | Type | Verplicht of standaard / required or default "
    "| Betekenis / meaning |\n|---|---|---|---|"
)


def _strip(annotation: Any) -> tuple[Any, list[Any]]:
    """The bare type and the constraints hidden in `Annotated[...]` around it."""
    constraints: list[Any] = []
    while get_origin(annotation) is Annotated:
        base, *extra = get_args(annotation)
        for item in extra:
            constraints += item.metadata if isinstance(item, FieldInfo) else [item]
        annotation = base
    return annotation, constraints


def _members(annotation: Any) -> list[Any]:
    bare, _ = _strip(annotation)
    if get_origin(bare) in (Union, types.UnionType):
        return [m for arg in get_args(bare) for m in _members(arg)]
    return [annotation]


def _is_id(constraints: list[Any]) -> bool:
    return any(getattr(c, "pattern", None) for c in constraints)


def _model_link(model: type[BaseModel]) -> str:
    return f"[{model.__name__}](#{model.__name__.lower()})"


def type_name(annotation: Any, constraints: list[Any] | None = None) -> str:
    """A short, readable name for a field's type, linking to models with their own table."""
    bare, inner = _strip(annotation)
    constraints = [*(constraints or []), *inner]
    members = [m for m in _members(bare) if _strip(m)[0] is not type(None)]
    if len(members) > 1:
        bare_members = [_strip(m)[0] for m in members]
        if set(bare_members) == {str, LocalText}:
            return f"tekst / text ({_model_link(LocalText)})"
        return " \\| ".join(type_name(m) for m in members)
    if members:
        bare, more = _strip(members[0])
        constraints += more
    origin = get_origin(bare)
    if origin is Literal:
        return " \\| ".join(f"`{value}`" for value in get_args(bare))
    if origin is list:
        return f"lijst / list [{type_name(get_args(bare)[0])}]"
    if origin is dict:
        key, value = get_args(bare)
        return f"{type_name(key)} → {type_name(value)}"
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return _model_link(bare)
    if bare is str:
        return "id" if _is_id(constraints) else "tekst / text"
    if bare is bool:
        return "`true` \\| `false`"
    if bare is int:
        return "geheel getal / integer"
    if bare is float:
        return "getal / number"
    return str(bare)


def _bounds(constraints: list[Any]) -> str:
    parts = []
    for c in constraints:
        if isinstance(c, Ge):
            parts.append(f"≥ {c.ge:g}")
        elif isinstance(c, Gt):
            parts.append(f"> {c.gt:g}")
        elif isinstance(c, Le):
            parts.append(f"≤ {c.le:g}")
        elif isinstance(c, Lt):
            parts.append(f"< {c.lt:g}")
        elif isinstance(c, MinLen):
            parts.append(f"min. {c.min_length}")
        elif isinstance(c, MaxLen):
            parts.append(f"max. {c.max_length}")
    return ", ".join(parts)


def _default(field: FieldInfo) -> str:
    if field.is_required():
        return "**verplicht / required**"
    if field.default_factory is not None:
        made = field.default_factory()  # type: ignore[call-arg]
        if isinstance(made, list | dict) and not made:
            return "`[]`" if isinstance(made, list) else "`{}`"
        return "standaard / defaults"
    value = field.default
    if value is None or value is PydanticUndefined:
        return "geen / none"
    if isinstance(value, str):
        return f'`"{value}"`'
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, float):
        return f"`{value:g}`"
    return f"`{value}`"


def _description(field: FieldInfo) -> str:
    if field.description:
        return field.description.replace("|", "\\|")
    for member in _members(field.annotation):
        bare = _strip(member)[0]
        while get_origin(bare) is list:
            bare = _strip(get_args(bare)[0])[0]
        is_model = isinstance(bare, type) and issubclass(bare, BaseModel)
        if is_model and bare is not LocalText and bare.__doc__:
            return bare.__doc__.strip().splitlines()[0]
    return "—"


def _nested(annotation: Any) -> list[type[BaseModel]]:
    """Models a field refers to, in the order they appear."""
    bare, _ = _strip(annotation)
    found: list[type[BaseModel]] = []
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return [bare]
    for arg in get_args(bare):
        if arg is not type(None) and not isinstance(arg, str | int | float | bool):
            found += _nested(arg)
    return found


def models_in_order(root: type[BaseModel] = Scenario) -> list[type[BaseModel]]:
    """Every model reachable from `root`, depth first in field order, each once."""
    seen: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.append(model)
        for field in model.model_fields.values():
            for nested in _nested(field.annotation):
                visit(nested)

    visit(root)
    return seen


def _used_in(models: list[type[BaseModel]]) -> dict[type[BaseModel], list[str]]:
    used: dict[type[BaseModel], list[str]] = {m: [] for m in models}
    for model in models:
        for name, field in model.model_fields.items():
            for nested in _nested(field.annotation):
                used[nested].append(f"`{model.__name__}.{name}`")
    return used


def model_table(model: type[BaseModel], used_in: list[str]) -> str:
    """One model as a heading, where it is used, and a table of its fields."""
    lines = [f"### {model.__name__}", ""]
    if model.__doc__:
        lines += [model.__doc__.strip().splitlines()[0], ""]
    if used_in:
        lines += ["Gebruikt in / used in: " + ", ".join(used_in), ""]
    lines.append(HEADER)
    for name, field in model.model_fields.items():
        bare, inner = _strip(field.annotation)
        kind = type_name(field.annotation, list(field.metadata))
        bounds = _bounds([*field.metadata, *inner, *_optional_inner(bare)])
        if bounds:
            kind = f"{kind} ({bounds})"
        lines.append(f"| `{name}` | {kind} | {_default(field)} | {_description(field)} |")
    return "\n".join(lines)


def _optional_inner(annotation: Any) -> list[Any]:
    """Constraints on the type inside `X | None` (e.g. a chance between 0 and 1)."""
    if get_origin(annotation) not in (Union, types.UnionType):
        return []
    out: list[Any] = []
    for arg in get_args(annotation):
        if arg is not type(None):
            out += _strip(arg)[1]
    return [c for c in out if not isinstance(c, FieldInfo)]


def field_tables() -> str:
    """The whole generated block, from the scenario root down to the smallest model."""
    models = models_in_order()
    used = _used_in(models)
    note = (
        "<!-- Gegenereerd door / generated by `python -m game.scenario.fieldtables --write`; "
        "niet met de hand wijzigen / do not edit by hand. -->"
    )
    return "\n\n".join([note, *(model_table(m, used[m]) for m in models)])


def splice(guide: str, tables: str) -> str:
    """The guide with the block between the markers replaced by `tables`."""
    start = guide.index(BEGIN) + len(BEGIN)
    end = guide.index(END)
    return guide[:start] + "\n" + tables + "\n" + guide[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.scenario.fieldtables")
    parser.add_argument("--write", action="store_true", help="update docs/scenario-guide.md")
    parser.add_argument("--check", action="store_true", help="exit 1 if the guide is stale")
    args = parser.parse_args(argv)
    tables = field_tables()
    if not (args.write or args.check):
        print(tables)
        return 0
    guide = GUIDE.read_text(encoding="utf-8")
    updated = splice(guide, tables)
    if args.check:
        if updated != guide:
            print(f"{GUIDE}: field tables are out of date; run {parser.prog} --write")
            return 1
        return 0
    GUIDE.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
