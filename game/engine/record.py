"""Saves and hashes: a game's record as JSON, checked thoroughly when it comes back.

A save holds the format and version, the scenario's id and content hash, the seed, the
seats, every applied action and the full log (events included). Loading replays the
actions; the events are derived again and must match the stored log, and the final state
must match the stored state hash — so a tampered or truncated save is refused, and so is a
save made with a different version of the scenario.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.engine.actions import Action
from game.engine.errors import SaveError
from game.engine.log import LogEntry
from game.scenario.model import Scenario

SAVE_FORMAT = "omgevingstafel-save"
SAVE_VERSION = 1
SHOWN_PROBLEMS = 3


def canonical_json(data: Any) -> str:
    """One fixed JSON spelling of `data`: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def scenario_hash(scenario: Scenario) -> str:
    """SHA-256 of the canonical JSON of the scenario's content."""
    return sha256(canonical_json(scenario.model_dump(mode="json")))


class SaveFile(BaseModel):
    """The JSON form of a save, validated field by field before anything is replayed."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["omgevingstafel-save"]
    version: int
    scenario_id: str
    scenario_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    seed: int
    seats: list[str] = Field(min_length=1)
    actions: list[Action]
    log: list[LogEntry]
    state_hash: str = Field(pattern=r"^[0-9a-f]{64}$")


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "save"


def json_kind(data: object) -> str:
    """What a JSON value is, in JSON's own words (array, string, …), for a person to read."""
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "boolean"
    if isinstance(data, int | float):
        return "number"
    if isinstance(data, str):
        return "string"
    if isinstance(data, list | tuple):
        return "array"
    return type(data).__name__


def parse_save(data: object) -> SaveFile:
    """The save as a SaveFile, or a SaveError saying what is wrong with it."""
    if not isinstance(data, dict):
        raise SaveError("engine.save.not_object", {"found": json_kind(data)})
    if data.get("format") != SAVE_FORMAT:
        raise SaveError("engine.save.not_a_save")
    if data.get("version") != SAVE_VERSION:
        raise SaveError(
            "engine.save.version", {"found": data.get("version"), "supported": SAVE_VERSION}
        )
    try:
        return SaveFile.model_validate(data)
    except ValidationError as error:
        problems = error.errors()
        shown = "; ".join(f"{_where(p['loc'])}: {p['msg']}" for p in problems[:SHOWN_PROBLEMS])
        more = len(problems) - SHOWN_PROBLEMS
        raise SaveError(
            "engine.save.malformed",
            {"problems": shown + (f" (+{more})" if more > 0 else ""), "count": len(problems)},
        ) from None


def parse_save_text(text: str) -> SaveFile:
    """A save from its JSON text; a truncated or garbled file gives a SaveError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SaveError(
            "engine.save.not_json", {"line": error.lineno, "col": error.colno}
        ) from None
    except RecursionError:  # brackets nested thousands deep: no save looks like that
        raise SaveError("engine.save.too_deep") from None
    return parse_save(data)


def check_scenario(save: SaveFile, scenario: Scenario) -> None:
    """Refuse a save made for another scenario, or for another version of this one."""
    if save.scenario_id != scenario.id:
        raise SaveError(
            "engine.save.other_scenario", {"saved": save.scenario_id, "given": scenario.id}
        )
    current = scenario_hash(scenario)
    if save.scenario_hash != current:
        raise SaveError(
            "engine.save.scenario_changed", {"saved": save.scenario_hash, "given": current}
        )
