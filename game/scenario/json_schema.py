"""The scenario format as a draft-07 JSON Schema, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.scenario.model import Scenario

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "scenario.schema.json"
"""The committed copy that editors use through `# yaml-language-server: $schema=…`."""


def scenario_schema() -> dict[str, Any]:
    """Pydantic's schema with `$defs` moved to draft-07's `definitions`."""
    schema = Scenario.model_json_schema(ref_template="#/definitions/{model}")
    definitions = schema.pop("$defs", {})
    return {"$schema": DRAFT_07, **schema, "definitions": definitions}


def schema_text() -> str:
    """The schema as the committed file holds it: indented JSON ending in a newline."""
    return json.dumps(scenario_schema(), indent=2, ensure_ascii=False) + "\n"
