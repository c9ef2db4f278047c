"""Session saves on disk: written atomically after every action, read back for resume and replay.

A text-mode save wraps the engine's save (`Game.to_save()`) with what the engine does not
know: which scenario file it came from, who plays as a person, the bots' strategies, the
language, how far each player has read the record, and the learning journal (reflection
answers and priority guesses, under "learning"; a save without it has an empty journal).
`replay` also reads a bare engine save and the window's autosave (both carry the engine
save under "game"). The engine save keeps a copy of the scenario text (game/saves.py).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.agents import DIFFICULTIES
from game.engine import SaveError
from game.engine.record import SAVE_FORMAT, parse_save
from game.learning.journal import JournalError, LearningJournal
from game.paths import autosave_dir
from game.saves import SaveScenario, scenario_of_save
from game.scenario.model import STRATEGIES

SESSION_FORMAT = "omgevingstafel-text-session"
SESSION_VERSION = 1
AUTOSAVE_PREFIX = "tekst-"
#: No save this game writes comes near this; a larger "file" (/dev/zero) is refused unread.
MAX_SAVE_BYTES = 20 * 1024 * 1024


class SaveFileError(Exception):
    """A save file that cannot be used; carries a catalogue key and its values."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(key)


@dataclass
class SessionInfo:
    """What a text-mode session keeps beside the engine's save."""

    scenario_path: str
    humans: list[str]
    strategies: dict[str, str] = field(default_factory=dict)
    difficulty: str = "normal"
    lang: str = "nl"
    seen: dict[str, int] = field(default_factory=dict)
    journal: LearningJournal = field(default_factory=LearningJournal)


@dataclass(frozen=True)
class LoadedSave:
    """A save file read from disk: the engine save and, for a session save, its session."""

    path: Path
    game: dict[str, Any]
    scenario_path: str | None
    session: SessionInfo | None
    wrapped_journal: LearningJournal | None = None

    @property
    def journal(self) -> LearningJournal | None:
        """The learning journal: a text-mode session's, or any wrapped save's "learning"
        entry (the window may keep one there); None when the save has none."""
        if self.session is not None:
            return self.session.journal
        return self.wrapped_journal


def session_data(info: SessionInfo, game_save: dict[str, Any], title: dict[str, str]) -> dict:
    return {
        "format": SESSION_FORMAT,
        "version": SESSION_VERSION,
        "title": title,
        "scenario_path": info.scenario_path,
        "humans": info.humans,
        "strategies": info.strategies,
        "difficulty": info.difficulty,
        "lang": info.lang,
        "seen": info.seen,
        "learning": info.journal.to_data(),
        "game": game_save,
    }


def new_autosave_path(scenario_id: str) -> Path:
    """A fresh autosave file for a new game: scenario id, date and time, never reused."""
    folder = autosave_dir()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{AUTOSAVE_PREFIX}{scenario_id}-{stamp}.json"
    number = 2
    while path.exists():
        path = folder / f"{AUTOSAVE_PREFIX}{scenario_id}-{stamp}-{number}.json"
        number += 1
    return path


def latest_autosave() -> Path | None:
    """The text-mode autosave written last, or None when there is none."""
    found = [p for p in autosave_dir().glob(f"{AUTOSAVE_PREFIX}*.json") if p.is_file()]
    if not found:
        return None
    return max(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def read_save(path: Path) -> LoadedSave:
    """Any save this game writes; SaveFileError or SaveError with a reason otherwise."""
    text = _read_text(path)
    try:
        return _parse(path, text)
    except RecursionError:
        raise SaveFileError("textmode.save.too_deep", path=str(path)) from None


def _read_text(path: Path) -> str:
    """The file's text, at most MAX_SAVE_BYTES of it (a device or huge file is refused)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SAVE_BYTES + 1)
    except FileNotFoundError:
        raise SaveFileError("textmode.save.missing", path=str(path)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise SaveFileError("textmode.save.unreadable", path=str(path), error=reason) from None
    if len(raw) > MAX_SAVE_BYTES:
        megabytes = MAX_SAVE_BYTES // (1024 * 1024)
        raise SaveFileError("textmode.save.too_big", path=str(path), megabytes=megabytes)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SaveFileError(
            "textmode.save.not_utf8", path=str(path), position=error.start
        ) from None


def _parse(path: Path, text: str) -> LoadedSave:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SaveError(
            "engine.save.not_json", {"line": error.lineno, "col": error.colno}
        ) from None
    if not isinstance(data, dict):
        raise SaveError("engine.save.not_object", {"found": type(data).__name__})
    if data.get("format") == SAVE_FORMAT or "game" not in data:
        parse_save(data)  # says what is wrong with it before anything else is looked up
        return LoadedSave(path, data, None, None)
    game = data["game"]
    parse_save(game)
    scenario_path = data.get("scenario_path")
    scenario_path = scenario_path if isinstance(scenario_path, str) else None
    session = _session(data) if data.get("format") == SESSION_FORMAT else None
    wrapped = None
    if session is None and "learning" in data:
        try:
            wrapped = LearningJournal.from_data(data["learning"])
        except JournalError as error:
            raise SaveFileError("textmode.save.bad_session", error=str(error)) from None
    return LoadedSave(path, game, scenario_path, session, wrapped)


def _session(data: dict[str, Any]) -> SessionInfo:
    try:
        humans = [str(h) for h in data["humans"]]
        strategies = {str(k): str(v) for k, v in dict(data.get("strategies", {})).items()}
        for actor, strategy in strategies.items():
            if strategy not in STRATEGIES:
                raise SaveFileError(
                    "textmode.save.bad_strategy",
                    actor=actor,
                    strategy=strategy,
                    known=", ".join(STRATEGIES),
                )
        difficulty = str(data.get("difficulty", "normal"))
        if difficulty not in DIFFICULTIES:
            raise SaveFileError(
                "textmode.save.bad_difficulty", difficulty=difficulty, known=", ".join(DIFFICULTIES)
            )
        seen = {str(k): int(v) for k, v in dict(data.get("seen", {})).items()}
        return SessionInfo(
            scenario_path=str(data["scenario_path"]),
            humans=humans,
            strategies=strategies,
            difficulty=difficulty,
            lang="en" if data.get("lang") == "en" else "nl",
            seen=seen,
            journal=LearningJournal.from_data(data.get("learning", {})),
        )
    except JournalError as error:
        raise SaveFileError("textmode.save.bad_session", error=str(error)) from None
    except (KeyError, TypeError, ValueError) as error:
        raise SaveFileError("textmode.save.bad_session", error=str(error)) from None


def save_scenario(loaded: LoadedSave, given: Path | None, lang: str) -> SaveScenario:
    """The scenario a save read from disk replays on (game/saves.py decides): its kept copy,
    else the file given, the file it names, or a shipped or own one with the same id."""
    return scenario_of_save(loaded.game, str(loaded.path), loaded.scenario_path, given, lang)
