"""`python -m game report SAVE… -o report.html [--lang en]`: a debrief as one HTML file.

One save gives that game's debrief; several give a room report: every table side by side,
then each table's own debrief.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.engine import Game, SaveError
from game.learning.journal import LearningJournal
from game.scoring.report import render_report, render_room_report
from game.text import t
from game.textmode.savefile import SaveFileError, read_save, save_scenario
from game.textmode.unreadable import about_the_file, cannot_read_message, too_deep

NAME = "report"
HELP = t("report.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("saves", nargs="+", metavar="SAVE", help=t("report.arg.save"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="REPORT.html", help=t("report.arg.output")
    )
    parser.add_argument("--scenario", metavar="SCENARIO.yaml", help=t("report.arg.scenario"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help=t("report.arg.lang"))


def load_game(save_path: Path, scenario_path: Path | None, lang: str = "nl") -> Game:
    """The saved game replayed on its scenario; SaveError or SaveFileError otherwise."""
    return load_game_and_journal(save_path, scenario_path, lang)[0]


def load_game_and_journal(
    save_path: Path, scenario_path: Path | None, lang: str = "nl"
) -> tuple[Game, LearningJournal | None, str | None]:
    """The saved game, its learning journal (None when the save has none) and the line to
    say when the scenario file on disk is not the one the game was played with."""
    loaded = read_save(save_path)
    found = save_scenario(loaded, scenario_path, lang)
    return Game.from_save(loaded.game, found.scenario), loaded.journal, found.notice(lang)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    scenario = Path(args.scenario) if args.scenario else None
    games = []
    journals = []
    notices: list[str] = []
    for save in map(Path, args.saves):
        try:
            game, journal, notice = load_game_and_journal(save, scenario, lang)
            games.append(game)
            journals.append(journal)
            if notice and notice not in notices:  # a class's saves name the same file once
                notices.append(notice)
        except SaveFileError as error:
            if about_the_file(error, save):  # the reason names the file: not "FILE: ... FILE"
                return _say(cannot_read_message(error, lang))
            return _say(
                t("report.error", lang, file=save, message=t(error.key, lang, **error.values))
            )
        except SaveError as error:
            return _say(t("report.error", lang, file=save, message=error.message(lang)))
        except RecursionError:
            return _say(cannot_read_message(too_deep(save), lang))
    for notice in notices:
        print(notice, file=sys.stderr)
    if len(games) == 1:
        html = render_report(games[0], lang, journals[0])
    else:
        html = render_room_report(games, lang, journals)
    output = Path(args.output)
    try:
        output.write_text(html, encoding="utf-8")
    except OSError as error:
        reason = t("report.unwritable", lang, reason=error.strerror or error)
        print(t("report.error", lang, file=output, message=reason), file=sys.stderr)
        return 1
    print(t("report.written", lang, file=output))
    return 0


def _say(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
