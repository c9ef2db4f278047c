"""Where the window keeps the player's files: settings, saves and own scenarios (the shipped
assets: `game.play.assets`)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "omgevingstafel"


def user_dir() -> Path:
    """The player's own folder; OMGEVINGSTAFEL_HOME overrides it (tests, portable installs)."""
    home = os.environ.get("OMGEVINGSTAFEL_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_scenarios_dir() -> Path:
    """Scenario files the player added; the chooser lists them beside the shipped ones."""
    path = user_dir() / "scenarios"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    return user_dir() / "settings.json"


def autosave_file() -> Path:
    return user_dir() / "autosave.json"
