"""One module per `python -m game` subcommand (see game/cli.py)."""

from __future__ import annotations

import shlex
import sys


def text_play_command() -> str:
    """`play --text` as a command that works as printed: this very Python (the one with the
    game's libraries), not a bare `python` that may be another."""
    return f"{shlex.quote(sys.executable)} -m game play --text"
