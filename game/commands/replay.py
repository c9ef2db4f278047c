"""`python -m game replay SAVE [--verify]`: replay a saved game from its actions.

Prints the record and the final state's hash; with --verify only whether the save
reproduces exactly. Exit code 1 (with the reason, never a traceback) when it does not:
a damaged, truncated or edited file, or (for a save that keeps no copy of its scenario) a
scenario that changed since the game was played. A save's kept copy is used when the file
on disk differs; one line on stderr says so.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.engine import Game, LogEntry, SaveError
from game.saves import SaveScenario
from game.scenario.model import text_in
from game.text import t
from game.textmode.ending import outcome_lines
from game.textmode.savefile import SaveFileError, read_save, save_scenario
from game.textmode.unreadable import about_the_file, cannot_read_message, too_deep

NAME = "replay"
HELP = t("textmode.replay.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("save", metavar="SAVE", help=t("textmode.replay.save_help"))
    parser.add_argument("--verify", action="store_true", help=t("textmode.replay.verify_help"))
    parser.add_argument("--scenario", metavar="PATH", help=t("textmode.replay.scenario_help"))
    parser.add_argument("--lang", choices=("nl", "en"), help=t("textmode.play.lang_help"))


def _lang(args: argparse.Namespace) -> str:
    if args.lang in ("nl", "en"):
        return str(args.lang)
    return "en" if os.environ.get("OMGEVINGSTAFEL_LANG", "nl").startswith("en") else "nl"


def replayed(path: Path, scenario: Path | None, lang: str) -> tuple[SaveScenario, Game]:
    """The scenario and the game a save replays to; SaveError/SaveFileError otherwise."""
    loaded = read_save(path)
    found = save_scenario(loaded, scenario, lang)
    return found, Game.from_save(loaded.game, found.scenario)


def run(args: argparse.Namespace) -> int:
    lang = _lang(args)
    path = Path(args.save)
    given = Path(args.scenario) if args.scenario else None
    try:
        found, game = replayed(path, given, lang)
    except SaveFileError as error:
        if about_the_file(error, path):  # the reason names it: no "does not reproduce"
            return _say(cannot_read_message(error, lang))
        return _refuse(path, t(error.key, lang, **error.values), lang)
    except SaveError as error:
        return _refuse(path, error.message(lang), lang)
    except RecursionError:
        return _say(cannot_read_message(too_deep(path), lang))
    except Exception as error:  # last resort: a bug of ours must still read as a message
        reason = t("textmode.replay.unexpected", lang, kind=type(error).__name__, error=error)
        return _refuse(path, reason, lang)
    notice = found.notice(lang)
    if notice:
        print(notice, file=sys.stderr)
    if args.verify:
        print(t("textmode.replay.ok", lang, actions=len(game.actions), lines=len(game.log)))
    else:
        print(t("textmode.replay.scenario", lang, path=found.name(lang)))
        for entry in game.log:
            print(f"  [{entry.round}] {entry.text(lang)}{_audience(game, entry, lang)}")
        if game.is_over():
            for line in outcome_lines(game, lang):
                print(line)
        else:
            print(t("textmode.replay.not_over", lang, round=game.round, deadline=game.deadline))
    print(t("textmode.replay.hash", lang, hash=game.state_hash()))
    return 0


def _audience(game: Game, entry: LogEntry, lang: str) -> str:
    """' (alleen voor Gemeente, GGZ)' for a line not everyone at the table saw."""
    if entry.to is None:
        return ""
    names = ", ".join(text_in(game.scenario.actor(a).name, lang) for a in entry.to)
    return " " + t("textmode.replay.only_for", lang, names=names)


def _refuse(path: Path, reason: str, lang: str) -> int:
    print(t("textmode.replay.refused", lang, path=path, reason=reason), file=sys.stderr)
    return 1


def _say(message: str) -> int:
    """A file that is missing or no save at all: not "does not reproduce", path said once."""
    print(message, file=sys.stderr)
    return 1
