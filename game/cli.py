"""`python -m game` and its subcommands; each subcommand lives in its own module.

A command module in `game/commands/` offers `NAME`, `HELP`, `add_arguments(parser)` and
`run(args) -> int`. Listing it in `COMMANDS` is all it takes to add one.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module
from types import ModuleType

from game.text import t

COMMANDS: tuple[str, ...] = (
    "lint",
    "validate",
    "schema",
    "new",
    "analyse",
    "import_genius",
    "report",
    "play",
    "replay",
    "simulate",
    "host",
    "join",
    "results",
)


def _lang() -> str:
    return "en" if os.environ.get("OMGEVINGSTAFEL_LANG", "nl").startswith("en") else "nl"


def _modules() -> list[ModuleType]:
    return [import_module(f"game.commands.{name}") for name in COMMANDS]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="omgevingstafel", description=t("cli.description"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _modules():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command; no command starts the game."""
    args = build_parser().parse_args(argv)
    run = getattr(args, "run", None)
    try:
        if run is None:
            return _start_default()
        return int(run(args) or 0)
    except KeyboardInterrupt:
        print(t("cli.interrupted", _lang()), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _start_default() -> int:
    """The window on the start menu where a display exists; else how to play in the terminal."""
    if "play" in COMMANDS:
        play = import_module("game.commands.play")
        return int(play.run(play.default_args()) or 0)
    print(t("cli.no_display", _lang()))
    return 0
