"""`python -m game` and its subcommands; each subcommand lives in its own module.

A command module in `game/commands/` offers `NAME`, `HELP`, `add_arguments(parser)` and
`run(args) -> int`. Listing it in `COMMANDS` is all it takes to add one.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module
from types import ModuleType

from game.commands import text_play_command
from game.text import preferred_lang, t

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
    "cards",
    "facilitator",
)


def command_name(module_name: str) -> str:
    """The word typed on the command line for a command module: import_genius → import-genius."""
    return module_name.replace("_", "-")


def _modules(only: str | None = None) -> list[ModuleType]:
    names = [n for n in COMMANDS if only is None or command_name(n) == only]
    return [import_module(f"game.commands.{name}") for name in names]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with `only` just that command's (imports one module: a quick start)."""
    parser = argparse.ArgumentParser(prog="omgevingstafel", description=t("cli.description"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _modules(only):
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command; no command starts the game."""
    _tolerant_output()
    argv = sys.argv[1:] if argv is None else argv
    known = {command_name(n) for n in COMMANDS}
    only = argv[0] if argv and argv[0] in known else None
    args = build_parser(only).parse_args(argv)
    run = getattr(args, "run", None)
    try:
        if run is None:
            return _start_default()
        return int(run(args) or 0)
    except KeyboardInterrupt:
        print(t("cli.interrupted", preferred_lang()), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _tolerant_output() -> None:
    """Text stdout cannot encode (a file name's stray bytes, an arrow on an ASCII pipe) is
    shown escaped instead of ending the command with a traceback."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdout, "errors", None) == "strict":
        reconfigure(errors="backslashreplace")


def _start_default() -> int:
    """The window on the start menu where a display exists; else how to play in the terminal."""
    if "play" in COMMANDS:
        play = import_module("game.commands.play")
        return int(play.run(play.default_args()) or 0)
    print(t("cli.no_display", preferred_lang(), command=text_play_command()))
    return 0
