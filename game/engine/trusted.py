"""Build pydantic models from data the engine made itself, without pydantic's per-call work.

The engine writes a log entry per action and a view per turn from values it already
checked, so it never validates them again. pydantic's `model_construct` still walks every
field (defaults, aliases, extras) on each call; a bot-only game makes thousands of these
objects, so `trusted` does the same thing for the common case — every field given, no
extras, no private attributes — in one step, and leaves the rest to `model_construct`.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)


Plan = tuple[tuple[str, ...], set[str], bool]


def _plain(cls: type[BaseModel]) -> Plan | None:
    """The field names of `cls` in order (and as a set), and whether its objects may share
    that set, when it can be built field by field, else None."""
    if cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
        return None
    if any(f.alias not in (None, name) for name, f in cls.model_fields.items()):
        return None
    # a frozen model's fields-set never changes in place (a copy gets its own), and holding
    # every field, adding a field's name to it would change nothing anyway
    shared = bool(cls.model_config.get("frozen"))
    return (tuple(cls.model_fields), set(cls.model_fields), shared)


_PLANS: dict[type[BaseModel], Plan | None] = {}  # `_plain` per class, worked out once
_UNKNOWN: Plan = ((), set(), False)  # a class not looked at yet
_set = object.__setattr__


def trusted(cls: type[Model], **values: object) -> Model:
    """`cls.model_construct(**values)`: the same object (fields, fields set, equality, dumps),
    built directly when `values` names every field of `cls` and nothing else."""
    return trusted_from(cls, values)


def trusted_from(cls: type[Model], values: dict[str, object]) -> Model:
    """`trusted(cls, **values)` for a dict the caller hands over (it becomes the model's
    fields when in field order: the caller must not change it afterwards)."""
    plan = _PLANS.get(cls, _UNKNOWN)
    if plan is _UNKNOWN:
        plan = _PLANS[cls] = _plain(cls)
    if plan is None or len(values) != len(plan[0]):
        return cls.model_construct(**values)  # type: ignore[arg-type]
    names, every, shared = plan
    if tuple(values) == names:  # given in field order: the dict is the fields
        fields = values
    else:
        try:  # in the order of the fields, as model_construct keeps them (repr shows it)
            fields = {name: values[name] for name in names}
        except KeyError:
            return cls.model_construct(**values)  # type: ignore[arg-type]
    model = cls.__new__(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", every if shared else set(every))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
