"""Plain attribute reads on pydantic models, for models that have nothing to look up late.

pydantic's `BaseModel.__getattr__` serves private attributes and extra fields; it runs
only after an ordinary lookup failed. But its mere presence makes every attribute read of
every model go through CPython's slower hook, which the interpreter cannot specialise: a
bot-only game reads tens of thousands of view, state and log fields, and about a tenth of
its time went to this hook (measured: instructions per game with and without it).

None of the game's models has private attributes or extra fields (a test checks every
model class), so for them the hook has nothing to do: without it an unknown attribute is
still an AttributeError. Any model class that does need it gets pydantic's own function
back, whether it exists already or is defined later (through pydantic's documented
`__pydantic_init_subclass__` hook), so its behaviour stays exactly pydantic's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel

_Hook = Callable[[Any, str], Any]


def needs_late_lookup(cls: type[BaseModel]) -> bool:
    """Whether pydantic's `__getattr__` has work to do for `cls`: private attributes, or
    extra fields kept beside the declared ones."""
    return bool(cls.__private_attributes__) or cls.model_config.get("extra") == "allow"


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def plain_attribute_reads() -> None:
    """Take pydantic's `__getattr__` off `BaseModel`, giving it back to the classes that
    need it (now and later). Does nothing when pydantic no longer defines it there, or
    when it was done already."""
    hook: _Hook | None = BaseModel.__dict__.get("__getattr__")
    if hook is None:
        return
    init_subclass = BaseModel.__dict__.get("__pydantic_init_subclass__")
    if not isinstance(init_subclass, classmethod):
        return  # not the pydantic this was written for: leave it as it is

    original_init_subclass = init_subclass.__func__

    def give_back_if_needed(cls: type[BaseModel], **kwargs: Any) -> None:
        original_init_subclass(cls, **kwargs)
        _give_back_if_needed(cls, hook)

    del BaseModel.__getattr__
    BaseModel.__pydantic_init_subclass__ = classmethod(give_back_if_needed)  # type: ignore[assignment,method-assign]
    for cls in _subclasses(BaseModel):
        if issubclass(cls, BaseModel):
            _give_back_if_needed(cls, hook)


def _give_back_if_needed(cls: type[BaseModel], hook: _Hook) -> None:
    if needs_late_lookup(cls) and "__getattr__" not in cls.__dict__:
        cls.__getattr__ = hook  # type: ignore[method-assign]
