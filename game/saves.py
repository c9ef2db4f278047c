"""Which scenario a save replays on: the copy the save keeps, else the file it names.

Every reader of saves asks `scenario_of_save`: `replay`, `report`, `play --text --resume`,
the window's *Verder spelen* and the room's stored results. A save that keeps its scenario's
text (save format 2) replays on that copy, loaded through the same validated loader (its
problems name the save). The file on disk is only compared with it; when that file differs,
is gone or cannot be read, the reader says so in one line (`SaveScenario.notice`) and the
debrief still shows the game as it was played. A save without a copy (format 1) needs the
file, as before: the one given, the one it names, or a shipped or own scenario with the same
id and content hash; when there is none, or it changed, a SaveError says so.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from game.engine import SaveError
from game.engine.record import SaveFile, kept_text, parse_save, scenario_hash
from game.paths import user_scenarios_dir
from game.scenario.loader import (
    ScenarioError,
    decode,
    load_scenario,
    load_text,
    message_lang,
    shipped_scenarios,
)
from game.scenario.model import Scenario
from game.scenario.yaml_nodes import MAX_FILE_BYTES
from game.text import t


@dataclass(frozen=True)
class SaveScenario:
    """The scenario a save replays on, where it came from, and what to tell the reader."""

    scenario: Scenario
    #: The scenario file on disk with exactly this content, when one is known.
    file: Path | None
    #: True when the save's own copy of the scenario is used.
    kept: bool
    #: The save (its path, or the room's record) as messages name it.
    label: str = ""
    #: A catalogue key and values: the file on disk differs from the kept copy, or is gone.
    notice_key: str | None = None
    notice_values: dict[str, object] = field(default_factory=dict)

    def notice(self, lang: str) -> str | None:
        """One line for the reader when the file on disk is not the scenario used."""
        if self.notice_key is None:
            return None
        return t(self.notice_key, lang, **self.notice_values)

    def name(self, lang: str) -> str:
        """The scenario as a person finds it: its file, or the copy in the save."""
        if self.file is not None:
            return str(self.file)
        return t("saves.kept_name", lang, save=self.label)


def scenario_of_save(
    save: object,
    label: str,
    named: str | Path | None = None,
    given: Path | None = None,
    lang: str | None = None,
) -> SaveScenario:
    """The scenario `save` (an engine save's JSON data, or a parsed SaveFile) replays on.

    `label` names the save in messages; `named` is the scenario file the save itself names
    (a session's or the room's `scenario_path`); `given` is a file a person named
    (`--scenario`), which takes its place. SaveError (never a traceback) when there is no
    scenario to replay on, or the one there is cannot be the one the game was played with.
    """
    lang = lang or message_lang()
    parsed = save if isinstance(save, SaveFile) else parse_save(save)
    on_disk = given if given is not None else (Path(named) if named else None)
    text = kept_text(parsed)
    if text is None:
        if given is not None:
            return _given_file(parsed, given, lang)
        return _found_file(parsed, on_disk, lang)
    scenario = _kept_scenario(text, t("saves.kept_name", lang, save=label), lang)
    if scenario.id != parsed.scenario_id or scenario_hash(scenario) != parsed.scenario_hash:
        raise SaveError("saves.kept_mismatch", {"save": label})
    if on_disk is None:
        return SaveScenario(scenario, None, True, label)
    key, reason = _compare(on_disk, text, parsed.scenario_hash, lang)
    if key is None:
        return SaveScenario(scenario, on_disk, True, label)
    return SaveScenario(scenario, None, True, label, key, {"file": str(on_disk), "reason": reason})


@lru_cache(maxsize=4)  # a room's tables and a class's saves keep the same text
def _kept_scenario(text: str, file: str, lang: str) -> Scenario:
    """The kept copy through the validated loader; its problems are placed in the save."""
    try:
        return load_text(text, file, lang).scenario
    except ScenarioError as error:
        raise SaveError("saves.kept_problem", {"problems": str(error)}) from None


def _compare(path: Path, text: str, wanted_hash: str, lang: str) -> tuple[str | None, str]:
    """None when the file holds the kept scenario (the same text, or other text with the
    same content), else the notice's key and, for an unreadable file, why."""
    if not path.is_file():
        return "saves.file_gone", ""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if decode(raw, str(path), lang) == text:
            return None, ""
        found = load_scenario(path, lang).scenario
    except OSError as error:
        return "saves.file_unreadable", str(error.strerror or error)
    except ScenarioError:
        return "saves.file_differs", ""  # the kept copy loads, so this file is not it
    return (None, "") if scenario_hash(found) == wanted_hash else ("saves.file_differs", "")


def _given_file(save: SaveFile, path: Path, lang: str) -> SaveScenario:
    """A save without a copy, on the file a person named: it must be the same scenario."""
    scenario = _load_file(path, lang)
    if scenario.id == save.scenario_id:  # another scenario's id: the engine says so
        _same_content(save, path, scenario)
    return SaveScenario(scenario, path, False, str(path))


def _found_file(save: SaveFile, named: Path | None, lang: str) -> SaveScenario:
    """A save without a copy: the file it names, else a shipped or own scenario with the
    same id and content hash."""
    problem: SaveError | None = None
    same_id: tuple[Path, Scenario] | None = None
    candidates = [named] if named is not None else []
    for path in [*candidates, *shipped_scenarios(), *sorted(user_scenarios_dir().glob("*.yaml"))]:
        try:
            scenario = _load_file(path, lang)
        except SaveError as error:
            if path == named and path.exists():
                problem = error  # the file the save names is there but no longer loads
            continue
        if scenario.id != save.scenario_id:
            continue
        if scenario_hash(scenario) == save.scenario_hash:
            return SaveScenario(scenario, path, False, str(path))
        same_id = same_id or (path, scenario)
    if problem is not None:
        raise problem
    if same_id is not None:
        _same_content(save, *same_id)
    raise SaveError("saves.no_scenario", {"id": save.scenario_id})


def _same_content(save: SaveFile, path: Path, scenario: Scenario) -> None:
    found = scenario_hash(scenario)
    if found != save.scenario_hash:
        raise SaveError(
            "saves.changed_no_copy",
            {"file": str(path), "saved": save.scenario_hash, "found": found},
        )


def _load_file(path: Path, lang: str) -> Scenario:
    try:
        return load_scenario(path, lang).scenario
    except ScenarioError as error:
        raise SaveError(
            "saves.scenario_problem", {"file": str(path), "problems": str(error)}
        ) from None


def write_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write a save as JSON so that a crash leaves either the old file or the new one, never
    half: every client's autosave and `simulate --save-dir` write through here."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
