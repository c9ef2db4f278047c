"""Saves and hashes: a game's record as JSON, checked thoroughly when it comes back.

A save holds the format and version, the scenario's id and content hash, the seed, the
seats, every applied action and the full log (events included). Loading replays the
actions; the events are derived again and must match the stored log, and the final state
must match the stored state hash — so a tampered or truncated save is refused, and so is a
save made with a different version of the scenario.

Since format version 2 a save also keeps the scenario text it was played with
(`scenario_text`: the YAML source, zlib-compressed and base64-encoded), when the scenario
came from a file or text; a debrief then still works after the trainer edits, renames or
deletes that file (game/saves.py decides which copy a save replays on). Version 1 saves,
without it, are still read.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.engine.actions import Action
from game.engine.errors import SaveError
from game.engine.log import LogEntry
from game.scenario.model import Scenario
from game.scenario.yaml_nodes import MAX_FILE_BYTES

SAVE_FORMAT = "omgevingstafel-save"
SAVE_VERSION = 2
#: Versions this code reads: 1 has no kept scenario text, 2 may have one.
READABLE_VERSIONS = (1, 2)
SHOWN_PROBLEMS = 3
KEPT_ENCODING = "zlib+base64"


def canonical_json(data: Any) -> str:
    """One fixed JSON spelling of `data`: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def scenario_hash(scenario: Scenario) -> str:
    """SHA-256 of the canonical JSON of the scenario's content."""
    return sha256(canonical_json(scenario.model_dump(mode="json")))


class KeptText(BaseModel):
    """The scenario's YAML source as a save keeps it: UTF-8, zlib, then base64."""

    model_config = ConfigDict(extra="forbid")

    encoding: Literal["zlib+base64"]
    data: str = Field(min_length=1, pattern=r"^[A-Za-z0-9+/]+={0,2}$")


class SaveFile(BaseModel):
    """The JSON form of a save, validated field by field before anything is replayed."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["omgevingstafel-save"]
    version: int
    scenario_id: str
    scenario_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    scenario_text: KeptText | None = None
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
    if data.get("version") not in READABLE_VERSIONS:
        raise SaveError(
            "engine.save.version",
            {
                "found": data.get("version"),
                "oldest": READABLE_VERSIONS[0],
                "newest": READABLE_VERSIONS[-1],
            },
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


@lru_cache(maxsize=8)  # every table of a room and every save of a session keeps the same text
def kept_entry(text: str) -> dict[str, str]:
    """The `scenario_text` entry of a save for the scenario source `text`."""
    packed = base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")
    return {"encoding": KEPT_ENCODING, "data": packed}


def kept_text(save: SaveFile) -> str | None:
    """The scenario text a save keeps, or None when it keeps none (a version 1 save);
    SaveError when that copy is damaged. Never more than a scenario file may hold."""
    if save.scenario_text is None:
        return None
    try:
        packed = base64.b64decode(save.scenario_text.data, validate=True)
        unpacker = zlib.decompressobj()
        raw = unpacker.decompress(packed, MAX_FILE_BYTES + 1)
        complete = unpacker.eof and not unpacker.unconsumed_tail and not unpacker.unused_data
        if not complete or len(raw) > MAX_FILE_BYTES:
            raise SaveError("engine.save.kept_text_damaged")
        return raw.decode("utf-8")
    except (binascii.Error, zlib.error, UnicodeDecodeError):
        raise SaveError("engine.save.kept_text_damaged") from None
