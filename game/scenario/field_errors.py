"""Pydantic validation errors → problems in the author's words, placed on the right node.

Pydantic's `loc` mixes document keys with the names of union branches ('str', 'LocalText',
'change_points'); we walk it against the data to find the real path, fold the branches of
one union into one message, and name fields and kinds with a 'did you mean'.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass, replace
from difflib import get_close_matches
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from game.scenario.model import Scenario
from game.scenario.problems import Path, Problem
from game.scenario.translations import translate
from game.scenario.yaml_nodes import Positions, describe_kind, short_number, yaml_spelling
from game.text import t

ID_PATTERN = r"^[a-z][a-z0-9_-]*$"
_TYPE_ERRORS = {
    "string_type": "scenario.type.text",
    "float_type": "scenario.type.number",
    "float_parsing": "scenario.type.number",
    "int_type": "scenario.type.whole_number",
    "int_parsing": "scenario.type.whole_number",
    "int_from_float": "scenario.type.whole_number",
    "bool_type": "scenario.type.boolean",
    "bool_parsing": "scenario.type.boolean",
    "list_type": "scenario.type.list",
    "dict_type": "scenario.type.mapping",
    "model_type": "scenario.type.fields",
    "model_attributes_type": "scenario.type.fields",
}
_QUOTED = re.compile(r"'([^']*)'")
_DECIMAL_COMMA = re.compile(r"\s*-?\d+,\d+\s*")
# 1e3 is text to YAML 1.1, which wants a point and a signed exponent (1.0e+3)
_EXPONENT = re.compile(r"\s*([-+]?)(\d*)(\.\d*)?([eE])([-+]?)(\d+)\s*")


@dataclass(frozen=True)
class FieldProblem:
    """A problem (shown under `problem.path`) placed at `where`: the key or the value."""

    problem: Problem
    where: Path
    at_key: bool = False


@dataclass(frozen=True)
class _Error:
    path: Path
    loc: tuple[str | int, ...]
    kind: str
    value: Any
    ctx: dict[str, Any]
    message: str
    union_site: Path | None
    key_error: bool
    missing: str | None


def field_problems(
    error: ValidationError, data: object, positions: Positions, lang: str
) -> list[FieldProblem]:
    """Every error of `error`, once, in trainer language; cascades of reported paths dropped."""
    errors = [_resolve(raw, data) for raw in error.errors()]
    errors = [e for e in errors if not positions.is_reported(e.path)]
    out: list[FieldProblem] = []
    seen: set[tuple[Path, str]] = set()
    for group in _fold_unions(errors):
        found = _describe(group, positions, lang)
        if (found.problem.path, found.problem.message) not in seen:
            seen.add((found.problem.path, found.problem.message))
            out.append(found)
    return out


def _resolve(raw: Any, data: object) -> _Error:
    loc = tuple(raw["loc"])
    path: list[str | int] = []
    node = data
    union_site: Path | None = None
    key_error = False
    missing = None
    for index, part in enumerate(loc):
        if part == "[key]":
            key_error = True
        elif _has(node, part):
            path.append(part)
            node = node[part]  # type: ignore[index]
        elif index == len(loc) - 1 and raw["type"] == "missing":
            missing = str(part)
        else:
            union_site = tuple(path)
    return _Error(
        tuple(path),
        loc,
        raw["type"],
        raw.get("input"),
        dict(raw.get("ctx") or {}),
        raw.get("msg", ""),
        union_site,
        key_error,
        missing,
    )


def _has(node: object, part: str | int) -> bool:
    """Whether `part` is a key of mapping `node` or an index of list `node`."""
    if isinstance(node, dict):
        return isinstance(part, str) and part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _fold_unions(errors: list[_Error]) -> list[list[_Error]]:
    """Group the branches of one union: keep the branch that got further, else merge them."""
    groups: list[list[_Error]] = []
    sites: dict[Path, list[_Error]] = {}
    for error in errors:
        if (
            error.union_site is not None
            and error.path == error.union_site
            and error.kind in _TYPE_ERRORS
        ):
            sites.setdefault(error.path, []).append(error)
        else:
            groups.append([error])
    deeper = {e.union_site for e in errors if e.union_site is not None and e not in _flatten(sites)}
    for site, shallow in sites.items():
        if site not in deeper:
            groups.append(shallow)
    return groups


def _flatten(sites: dict[Path, list[_Error]]) -> list[_Error]:
    return [e for group in sites.values() for e in group]


def _describe(group: list[_Error], positions: Positions, lang: str) -> FieldProblem:
    found = _describe_kind(group, positions, lang)
    first = group[0]
    if first.value is None and first.kind in _EMPTY_KINDS and not first.key_error:
        hint = _empty_hint(group, lang)
        found = replace(found, problem=replace(found.problem, hint=hint))
    return found


#: Errors an empty value (`batna:` with nothing after it) can give.
_EMPTY_KINDS = {*_TYPE_ERRORS, "literal_error"}


def _empty_hint(group: list[_Error], lang: str) -> str:
    """What to write where a value was left empty; quoting it would only make it text."""
    first = group[0]
    kinds = {error.kind for error in group}
    name = first.path[-1] if first.path else None
    before = f"{name}: " if isinstance(name, str) else "- "
    info = _field_info(first.loc)
    if "string_type" in kinds:
        if len(group) > 1:
            hint = t("scenario.hint.empty.text", lang, example=f"{before}…")
        elif _is_id(info):
            hint = t("scenario.hint.empty.id", lang, example=f"{before}gemeente")
        else:
            hint = t("scenario.hint.empty.plain_text", lang, example=f"{before}…")
    elif kinds & {"float_type", "float_parsing"}:
        hint = t("scenario.hint.empty.number", lang, example=f"{before}0")
    elif kinds & {"int_type", "int_parsing", "int_from_float"}:
        low = next((m.ge for m in (info.metadata if info else []) if hasattr(m, "ge")), 1)
        hint = t("scenario.hint.empty.whole_number", lang, example=f"{before}{low}")
    elif kinds & {"bool_type", "bool_parsing"}:
        hint = t("scenario.hint.empty.boolean", lang, example=f"{before}true")
    elif "literal_error" in kinds:
        choices = _QUOTED.findall(str(first.ctx.get("expected", "")))
        example = f"{before}{choices[0]}" if choices else before
        hint = t("scenario.hint.empty.choice", lang, example=example)
    elif "list_type" in kinds:
        hint = t("scenario.hint.empty.list", lang)
    elif kinds & {"model_type", "model_attributes_type"}:
        fields = _fields_at(first.loc) or []
        shown = ", ".join(fields[:6]) + (", …" if len(fields) > 6 else "")
        hint = t("scenario.hint.empty.fields", lang, fields=shown)
    else:
        hint = t("scenario.hint.empty.mapping", lang)
    if isinstance(name, str) and info is not None and not info.is_required():
        return t("scenario.hint.empty.or_leave_out", lang, hint=hint)
    return hint


def _is_id(info: FieldInfo | None) -> bool:
    return info is not None and any(
        getattr(m, "pattern", None) == ID_PATTERN for m in info.metadata
    )


def _field_info(loc: tuple[str | int, ...]) -> FieldInfo | None:
    """The model field that pydantic location `loc` ends in (union branch names skipped)."""
    for end in range(len(loc) - 1, -1, -1):
        part = loc[end]
        if not isinstance(part, str):
            return None
        model = _model_at(loc[:end])
        if model is not None and part in model.model_fields:
            return model.model_fields[part]
    return None


def _describe_kind(group: list[_Error], positions: Positions, lang: str) -> FieldProblem:
    first = group[0]
    if len(group) > 1:
        names = [_expected(e, lang) for e in group]
        expected = t("scenario.type.either", lang, first=names[0], second=" / ".join(names[1:]))
        return _type_problem(first, expected, positions, lang)
    kind = first.kind
    if kind == "missing":
        message = t("scenario.missing", lang, field=first.missing)
        return FieldProblem(Problem(first.path, message), first.path)
    if kind == "extra_forbidden":
        return _unknown_field(first, lang)
    if kind in _TYPE_ERRORS:
        return _type_problem(first, _expected(first, lang), positions, lang)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return _effect_kind(first, lang)
    hint = _plain_hint(first, lang) or _reading_hint(first, positions, lang)
    problem = Problem(first.path, _plain_message(first, lang), hint)
    return FieldProblem(problem, first.path, first.key_error)


def _reading_hint(error: _Error, positions: Positions, lang: str) -> str | None:
    """'YAML reads 1:30 as 90' when YAML turned what was written into something else."""
    source = positions.sources.get(error.path)
    if source is None or source.strip() == yaml_spelling(error.value):
        return None
    if error.kind == "finite_number":
        return None  # quoting .nan would only make it a text; the message says what is needed
    return t("scenario.hint.quote", lang, source=source, value=yaml_spelling(error.value))


def _expected(error: _Error, lang: str) -> str:
    if error.kind in ("model_type", "model_attributes_type"):
        fields = _fields_at(error.loc) or []
        if error.ctx.get("class_name") == "LocalText":
            return "{nl: …, en: …}"
        if not fields:
            return t("scenario.type.mapping", lang)
        shown = ", ".join(fields[:6]) + (", …" if len(fields) > 6 else "")
        return t("scenario.type.fields", lang, fields=shown)
    return t(_TYPE_ERRORS[error.kind], lang)


def _yaml_float(text: str) -> str | None:
    """`1e3` as YAML 1.1 reads a number (`1.0e+3`), or None when `text` is no such number."""
    match = _EXPONENT.fullmatch(text)
    if match is None or not (match[2] or (match[3] or "")[1:]):
        return None
    sign, whole, fraction, e, exponent_sign, exponent = match.groups()
    fraction = fraction if fraction and len(fraction) > 1 else ".0"
    return f"{sign}{whole or '0'}{fraction}{e}{exponent_sign or '+'}{exponent}"


def _type_problem(error: _Error, expected: str, positions: Positions, lang: str) -> FieldProblem:
    value = error.value
    if error.kind == "float_type" and isinstance(value, int) and not isinstance(value, bool):
        # a whole number too large for a float: quoting it would not help
        problem = Problem(error.path, t("scenario.number_too_large", lang))
        return FieldProblem(problem, error.path, error.key_error)
    message = t("scenario.expected", lang, expected=expected, got=describe_kind(value, lang))
    hint = None
    source = positions.sources.get(error.path)
    written = _yaml_float(value) if isinstance(value, str) else None
    if error.kind in ("float_type", "float_parsing") and written is not None:
        hint = t("scenario.hint.exponent", lang, value=written)
    elif error.kind == "string_type" and source is not None:
        hint = t("scenario.hint.quote", lang, source=source, value=yaml_spelling(error.value))
    elif source is not None:
        hint = _reading_hint(error, positions, lang)
    elif error.kind in ("float_type", "float_parsing") and _DECIMAL_COMMA.fullmatch(
        str(error.value)
    ):
        point = str(error.value).strip().replace(",", ".")
        hint = t("scenario.hint.decimal_point", lang, value=point)
    return FieldProblem(Problem(error.path, message, hint), error.path, error.key_error)


def _unknown_field(error: _Error, lang: str) -> FieldProblem:
    name = str(error.path[-1]) if error.path else str(error.loc[-1])
    fields = _fields_at(error.loc[:-1]) or []
    close = get_close_matches(name, fields, n=1, cutoff=0.6)
    if close:
        hint = t("scenario.hint.did_you_mean", lang, name=close[0])
    else:
        hint = t("scenario.hint.allowed", lang, names=", ".join(fields)) if fields else None
    parent = error.path[:-1]
    message = t("scenario.unknown_field", lang, field=name)
    return FieldProblem(Problem(parent, message, hint), error.path, at_key=True)


def _effect_kind(error: _Error, lang: str) -> FieldProblem:
    kinds = _QUOTED.findall(error.ctx.get("expected_tags", "")) or _effect_kinds()
    shown = ", ".join(kinds)
    if error.kind == "union_tag_invalid":
        tag = str(error.ctx.get("tag", ""))
        close = get_close_matches(tag, kinds, n=1, cutoff=0.6)
        hint = t("scenario.hint.did_you_mean", lang, name=close[0]) if close else None
        message = t("scenario.effect_kind_unknown", lang, kind=tag, kinds=shown)
        where = (*error.path, "kind")
        return FieldProblem(Problem(where, message, hint), where)
    message = t("scenario.effect_kind_missing", lang, kinds=shown)
    return FieldProblem(Problem(error.path, message), error.path)


def _plain_message(error: _Error, lang: str) -> str:
    ctx, value, kind = error.ctx, error.value, error.kind
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == ID_PATTERN:
            return t("scenario.bad_id", lang, value=value)
        return t("scenario.bad_pattern", lang, value=value, pattern=ctx.get("pattern"))
    if kind == "string_too_short":
        return t("scenario.empty_text", lang)
    if kind == "string_too_long":
        return t(
            "scenario.text_too_long", lang, limit=ctx.get("max_length"), actual=len(str(value))
        )
    if kind == "too_short":
        return t(
            "scenario.too_few", lang, limit=ctx.get("min_length"), actual=ctx.get("actual_length")
        )
    if kind == "too_long":
        return t(
            "scenario.too_many", lang, limit=ctx.get("max_length"), actual=ctx.get("actual_length")
        )
    bounds = {
        "greater_than_equal": ("scenario.too_small", "ge"),
        "greater_than": ("scenario.too_small_strict", "gt"),
        "less_than_equal": ("scenario.too_large", "le"),
        "less_than": ("scenario.too_large_strict", "lt"),
    }
    if kind in bounds:
        key, bound = bounds[kind]
        return t(key, lang, limit=_number(ctx.get(bound)), value=_number(value))
    if kind == "finite_number":
        return t("scenario.not_finite", lang)
    if kind == "literal_error":
        choices = ", ".join(_QUOTED.findall(str(ctx.get("expected", ""))))
        if isinstance(value, list | dict) or value is None:
            expected = t("scenario.type.one_of", lang, choices=choices)
            return t("scenario.expected", lang, expected=expected, got=describe_kind(value, lang))
        return t("scenario.not_one_of", lang, value=yaml_spelling(value), choices=choices)
    if kind in ("value_error", "assertion_error"):
        return translate(str(ctx.get("error", error.message)), lang) or error.message
    return t("scenario.invalid", lang, message=error.message)


def _number(value: object) -> object:
    """1.0 → 1, 0.25 → 0.25: numbers as a trainer writes them."""
    return f"{value:g}" if isinstance(value, float) else short_number(value)


def _plain_hint(error: _Error, lang: str) -> str | None:
    if error.kind == "literal_error" and isinstance(error.value, str):
        choices = _QUOTED.findall(str(error.ctx.get("expected", "")))
        lowered = {choice.lower(): choice for choice in choices}
        close = get_close_matches(error.value.lower(), list(lowered), n=1, cutoff=0.6)
        return t("scenario.hint.did_you_mean", lang, name=lowered[close[0]]) if close else None
    if error.kind == "string_pattern_mismatch" and error.ctx.get("pattern") == ID_PATTERN:
        example = suggest_id(str(error.value))
        return t("scenario.hint.for_example", lang, example=example) if example else None
    return None


def suggest_id(text: str) -> str:
    """A valid id close to `text`: 'GGZ Noord' → 'ggz-noord'."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", text.strip().lower()).strip("-")
    slug = re.sub(r"^[^a-z]+", "", slug)
    return slug[:48]


def _effect_kinds() -> list[str]:
    return [m.model_fields["kind"].annotation.__args__[0] for m in _effect_models()]


def _effect_models() -> list[type[BaseModel]]:
    effects = Scenario.model_fields["events"].annotation
    event = get_args(effects)[0]
    return list(_members(event.model_fields["effects"].annotation))


def _members(annotation: Any) -> list[Any]:
    """The concrete types inside list/Annotated/Union wrappers, flattened."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _members(get_args(annotation)[0])
    if origin is list:
        return _members(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [m for arg in get_args(annotation) for m in _members(arg)]
    return [annotation]


def _fields_at(loc: tuple[str | int, ...]) -> list[str] | None:
    """Field names of the model that `loc` (a pydantic location) points into."""
    model = _model_at(loc)
    return list(model.model_fields) if model is not None else None


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model that `loc` (a pydantic location) points into, if it points into one."""
    current: Any = Scenario
    index = 0
    while index <= len(loc):
        current = _unwrap(current)
        origin = get_origin(current)
        if origin in (Union, types.UnionType):
            members = [m for m in get_args(current) if m is not type(None)]
            if index < len(loc):
                chosen = _branch(members, loc[index])
                if chosen is not None:
                    current = chosen
                    index += 1
                    continue
            models = [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]
            if len(members) == 1:
                current = members[0]
            elif len(models) == 1:
                current = models[0]
            else:
                return None
            continue
        if index == len(loc):
            break
        part = loc[index]
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                return None
            current = info.annotation
        elif origin is list:
            current = get_args(current)[0]
        elif origin is dict:
            if part == "[key]":
                return None
            current = get_args(current)[1]
        else:
            return None
        index += 1
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _branch(members: list[Any], tag: str | int) -> Any | None:
    """The union member that pydantic named `tag` in a location."""
    for member in members:
        plain = _unwrap(member)
        if getattr(plain, "__name__", None) == tag:
            return plain
        if (
            isinstance(plain, type)
            and issubclass(plain, BaseModel)
            and "kind" in plain.model_fields
        ):
            literal = plain.model_fields["kind"].annotation
            if get_origin(literal) is Literal and tag in get_args(literal):
                return plain
    return None
