"""Build pydantic models from data the engine made itself, without pydantic's per-call work.

The engine writes a log entry per action and a view per turn from values it already
checked, so it never validates them again. pydantic's `model_construct` still walks every
field (defaults, aliases, extras) on each call; a bot-only game makes thousands of these
objects, so `trusted` does the same thing for the common case — every field given, no
extras, no private attributes — in one step, and leaves the rest to `model_construct`.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)


@cache
def _plain(cls: type[BaseModel]) -> tuple[str, ...] | None:
    """The field names of `cls` in order when it can be built field by field, else None."""
    if cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
        return None
    if any(f.alias not in (None, name) for name, f in cls.model_fields.items()):
        return None
    return tuple(cls.model_fields)


def trusted(cls: type[Model], **values: object) -> Model:
    """`cls.model_construct(**values)`: the same object (fields, fields set, equality, dumps),
    built directly when `values` names every field of `cls` and nothing else."""
    names = _plain(cls)
    if names is None or len(values) != len(names):
        return cls.model_construct(**values)  # type: ignore[arg-type]
    if tuple(values) == names:  # given in field order: the call's own dict is the fields
        fields = values
    else:
        try:  # in the order of the fields, as model_construct keeps them (repr shows it)
            fields = {name: values[name] for name in names}
        except KeyError:
            return cls.model_construct(**values)  # type: ignore[arg-type]
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", fields)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model
