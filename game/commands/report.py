"""`python -m game report SAVE… -o report.html [--lang en]`: a debrief as one HTML file;
`python -m game report SAVE --json`: the same debrief as one JSON object (docs/scoring.md).

One save gives that game's debrief; several give a room report: every table side by side,
then each table's own debrief (with --json: a list of objects, one per save).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from game.debrief import GameDebrief, build_debrief
from game.debrief.report import render_report, render_room_report
from game.engine import Game, SaveError
from game.learning.journal import LearningJournal
from game.text import t
from game.textmode.savefile import SaveFileError, read_save, save_scenario
from game.textmode.unreadable import about_the_file, cannot_read_message, too_deep

NAME = "report"
HELP = t("report.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("saves", nargs="+", metavar="SAVE", help=t("report.arg.save"))
    parser.add_argument("-o", "--output", metavar="REPORT.html", help=t("report.arg.output"))
    parser.add_argument("--json", action="store_true", help=t("debrief.arg.json"))
    parser.add_argument("--seat", metavar="ACTOR", help=t("debrief.arg.seat"))
    parser.add_argument("--scenario", metavar="SCENARIO.yaml", help=t("report.arg.scenario"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help=t("report.arg.lang"))


@dataclass(frozen=True)
class Saved:
    """A save replayed: the game, its journal, who played it and the bots' strategies."""

    game: Game
    journal: LearningJournal | None
    notice: str | None
    people: tuple[str, ...] = ()
    strategies: dict[str, str] | None = None

    def debrief(self, seat: str | None, with_counterfactual: bool = True) -> GameDebrief:
        return build_debrief(
            self.game, self.people, seat, self.strategies, with_counterfactual=with_counterfactual
        )


def load_game(save_path: Path, scenario_path: Path | None, lang: str = "nl") -> Game:
    """The saved game replayed on its scenario; SaveError or SaveFileError otherwise."""
    return load_game_and_journal(save_path, scenario_path, lang)[0]


def load_game_and_journal(
    save_path: Path, scenario_path: Path | None, lang: str = "nl"
) -> tuple[Game, LearningJournal | None, str | None]:
    """The saved game, its learning journal (None when the save has none) and the line to
    say when the scenario file on disk is not the one the game was played with."""
    saved = load_saved(save_path, scenario_path, lang)
    return saved.game, saved.journal, saved.notice


def load_saved(save_path: Path, scenario_path: Path | None, lang: str = "nl") -> Saved:
    """The saved game with what the save says about its session (people, strategies)."""
    loaded = read_save(save_path)
    found = save_scenario(loaded, scenario_path, lang)
    game = Game.from_save(loaded.game, found.scenario)
    session = loaded.session
    return Saved(
        game,
        loaded.journal,
        found.notice(lang),
        tuple(session.humans) if session is not None else (),
        dict(session.strategies) if session is not None else None,
    )


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    if not args.json and not args.output:
        return _say(t("debrief.need_output", lang))
    scenario = Path(args.scenario) if args.scenario else None
    saved: list[Saved] = []
    notices: list[str] = []
    for save in map(Path, args.saves):
        try:
            found = load_saved(save, scenario, lang)
            saved.append(found)
            if found.notice and found.notice not in notices:  # a class's saves: one line
                notices.append(found.notice)
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
    if args.seat is not None:
        for found in saved:
            seats = found.game.seats
            if args.seat not in seats:
                return _say(t("debrief.unknown_seat", lang, seat=args.seat, seats=", ".join(seats)))
    if args.json:
        objects = [found.debrief(args.seat).as_json(lang) for found in saved]
        print(json.dumps(objects[0] if len(objects) == 1 else objects, ensure_ascii=False))
        return 0
    games = [found.game for found in saved]
    journals = [found.journal for found in saved]
    if len(games) == 1:
        html = render_report(games[0], lang, journals[0], saved[0].debrief(args.seat))
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
