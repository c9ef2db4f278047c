"""Attribute reads on pydantic models without pydantic's late-lookup hook (game/model_reads.py):
the game's models read plainly, and models that need the hook still behave as pydantic's."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from pydantic import BaseModel, ConfigDict, PrivateAttr

import game
from game.engine.actions import Support
from game.engine.views import ProposalView
from game.model_reads import needs_late_lookup, plain_attribute_reads


def _game_models() -> list[type[BaseModel]]:
    for module in pkgutil.walk_packages(game.__path__, "game."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, todo = [], [BaseModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("game."):
                found.append(sub)
    return found


def test_every_game_model_reads_its_attributes_without_the_hook() -> None:
    models = _game_models()
    assert len(models) > 50  # scenario, engine, views, net protocol, learning …
    needing = [m.__qualname__ for m in models if needs_late_lookup(m)]
    assert not needing, f"these models bring pydantic's slow attribute hook back: {needing}"
    assert not [m for m in models if any("__getattr__" in k.__dict__ for k in m.__mro__)]


def test_an_unknown_attribute_is_still_an_attribute_error_naming_the_class() -> None:
    support = Support(actor="gemeente", proposal=1)
    with pytest.raises(AttributeError, match="'Support' object has no attribute 'nope'"):
        _ = support.nope  # type: ignore[attr-defined]
    assert getattr(support, "nope", "absent") == "absent"
    assert not hasattr(ProposalView, "nope")


def test_models_with_private_attributes_or_extra_fields_keep_pydantics_hook() -> None:
    class WithPrivate(BaseModel):
        x: int
        _memo: int = PrivateAttr(default=7)

    class WithExtra(BaseModel):
        model_config = ConfigDict(extra="allow")
        x: int

    class Later(WithPrivate):
        y: int = 0

    assert WithPrivate(x=1)._memo == 7
    assert Later(x=1)._memo == 7
    assert WithExtra(x=1, colour="blue").colour == "blue"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _ = WithExtra(x=1).shade  # type: ignore[attr-defined]


def test_taking_the_hook_off_twice_changes_nothing() -> None:
    plain_attribute_reads()
    assert "__getattr__" not in BaseModel.__dict__
    assert Support(actor="a", proposal=2).proposal == 2
