"""Where the game keeps a user's files: settings, autosaves, own scenarios, room results.

All folders come from platformdirs; OMGEVINGSTAFEL_HOME overrides the root (tests, kiosks).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "omgevingstafel"


def data_dir() -> Path:
    """The user's data folder for this game, created on first use (readable by its owner
    only: it holds the room's results file and tokens)."""
    override = os.environ.get("OMGEVINGSTAFEL_HOME")
    root = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    root.mkdir(mode=0o700, parents=True, exist_ok=True)  # new: the user's alone (results, tokens)
    return root


def _sub(name: str) -> Path:
    folder = data_dir() / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def autosave_dir() -> Path:
    """Autosaves: one file per game in progress, written after every action."""
    return _sub("autosave")


def saves_dir() -> Path:
    """Games the player saved or finished."""
    return _sub("saves")


def user_scenarios_dir() -> Path:
    """The trainer's own scenario files, listed beside the shipped ones."""
    return _sub("scenarios")


def settings_file() -> Path:
    return data_dir() / "settings.json"


def room_tokens_dir() -> Path:
    """The host's facilitator tokens, one file per room; only the user may look inside."""
    folder = data_dir() / "room-tokens"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def results_db() -> Path:
    """The room server's SQLite file of sessions, tables and results."""
    return data_dir() / "results.sqlite3"
