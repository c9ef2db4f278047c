"""The commented scenario template that `python -m game new` writes."""

from __future__ import annotations

import json
from importlib.resources import files

from game.scenario.field_errors import suggest_id


def template_text() -> str:
    """The template as shipped, with its __PLACEHOLDERS__."""
    return files("game.scenario").joinpath("template.yaml").read_text(encoding="utf-8")


def scenario_id(name: str) -> str:
    """The id a new scenario called `name` gets ('' when the name has no usable letters)."""
    return suggest_id(name.removesuffix(".yaml"))


def render(name: str, schema_ref: str, file_name: str) -> str:
    """The template for a scenario called `name`, pointing editors at `schema_ref`."""
    title = json.dumps(name.removesuffix(".yaml"), ensure_ascii=False)
    return (
        template_text()
        .replace("__SCHEMA__", schema_ref)
        .replace("__FILE__", file_name)
        .replace("__ID__", scenario_id(name))
        .replace("__TITLE__", title)
    )
