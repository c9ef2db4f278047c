"""`python -m game play`: the game in the window, or with --text in the terminal.

`--resume [FILE]` continues a terminal game (without a file: the latest autosave). Without
a display the window is not tried; one line says how to play in the terminal instead.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

from game.commands import text_play_command
from game.engine import Game, SaveError, SetupError
from game.scenario.loader import ScenarioError, default_scenario_path, load_scenario
from game.scenario.model import Scenario
from game.text import t
from game.textmode.console import Console, EndOfInput
from game.textmode.prompts import Choice, choose
from game.textmode.savefile import (
    SaveFileError,
    SessionInfo,
    latest_autosave,
    new_autosave_path,
    read_save,
    save_scenario,
)
from game.textmode.seating import DIFFICULTIES, SeatingError, actor_label, parse_roles
from game.textmode.session import TextSession
from game.textmode.unreadable import about_the_file, cannot_read_message, too_deep

NAME = "play"
HELP = t("textmode.play.help")
SEED_LIMIT = 1_000_000
HEADLESS_DRIVERS = ("dummy", "offscreen")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text", action="store_true", help=t("textmode.play.text_help"))
    parser.add_argument("--scenario", metavar="PATH", help=t("textmode.play.scenario_help"))
    parser.add_argument("--role", metavar="ACTOR_ID|all|A,B", help=t("textmode.play.role_help"))
    parser.add_argument("--seed", type=int, help=t("textmode.play.seed_help"))
    parser.add_argument("--save", metavar="FILE", help=t("textmode.play.save_help"))
    parser.add_argument(
        "--resume", nargs="?", const="", metavar="FILE", help=t("textmode.play.resume_help")
    )
    parser.add_argument("--lang", choices=("nl", "en"), help=t("textmode.play.lang_help"))
    parser.add_argument("--watch", action="store_true", help=t("textmode.play.watch_help"))
    parser.add_argument(
        "--difficulty",
        choices=DIFFICULTIES,
        default="normal",
        help=t("textmode.play.difficulty_help"),
    )


def default_args() -> argparse.Namespace:
    """The arguments of a bare `python -m game`: the default scenario, in the window."""
    parser = argparse.ArgumentParser(prog="play")
    add_arguments(parser)
    return parser.parse_args([])


def _lang(args: argparse.Namespace) -> str:
    if args.lang in ("nl", "en"):
        return str(args.lang)
    return "en" if os.environ.get("OMGEVINGSTAFEL_LANG", "nl").startswith("en") else "nl"


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    lang = _lang(args)
    if args.resume is not None:
        return resume(args, lang, console or Console())
    if args.text:
        return play_text(args, lang, console or Console())
    return open_window(args, lang)


# --- the window ------------------------------------------------------------------------------
def display_available() -> bool:
    """Whether a window could open here (X11 or Wayland on Linux; always elsewhere)."""
    if os.environ.get("SDL_VIDEODRIVER", "").lower() in HEADLESS_DRIVERS:
        return False
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def open_window(args: argparse.Namespace, lang: str) -> int:
    if not display_available():
        print(t("textmode.play.no_display", lang, command=text_play_command()))
        return 0
    try:
        import pygame

        from game.ui.app import run_window
    except ImportError:
        print(t("textmode.play.no_window", lang, command=text_play_command()))
        return 0
    scenario = Path(args.scenario) if args.scenario else None
    try:
        return int(run_window(scenario_path=scenario, lang=args.lang, watch=args.watch) or 0)
    except pygame.error:
        print(t("textmode.play.no_display", lang, command=text_play_command()))
        return 0


# --- a new game in the terminal --------------------------------------------------------------
def _load(path: Path, lang: str) -> Scenario | None:
    try:
        return load_scenario(path, lang).scenario
    except ScenarioError as error:
        print(t("textmode.play.scenario_problem", lang, problems=str(error)), file=sys.stderr)
        return None


def _ask_roles(console: Console, scenario: Scenario, lang: str) -> list[str] | None:
    """Ask which party the player plays; None when the input has run out."""
    choices = [Choice(actor_label(scenario, a.id, lang), [a.id]) for a in scenario.actors]
    choices.append(Choice(t("textmode.play.everyone", lang), [a.id for a in scenario.actors]))
    try:
        return choose(console, lang, t("textmode.play.pick_role", lang), choices)
    except EndOfInput:
        return None


def play_text(args: argparse.Namespace, lang: str, console: Console) -> int:
    path = Path(args.scenario) if args.scenario else default_scenario_path()
    scenario = _load(path, lang)
    if scenario is None:
        return 1
    if args.seed is not None and args.seed < 0:
        return _fail(t("textmode.play.bad_seed", lang))
    if args.role:
        try:
            humans = parse_roles(args.role, scenario)
        except SeatingError as error:
            return _fail(t(error.key, lang, **error.values))
    else:
        humans = _ask_roles(console, scenario, lang)
        if humans is None:
            return 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(SEED_LIMIT)
    try:
        game = Game(scenario, seed=seed)
    except SetupError as error:
        return _fail(t("textmode.play.setup_problem", lang, reason=error.message(lang)))
    info = SessionInfo(
        scenario_path=str(path.resolve()),
        humans=humans,
        difficulty=args.difficulty,
        lang=lang,
    )
    return _session(console, game, info, new_autosave_path(scenario.id), args.save, lang)


def _session(
    console: Console, game: Game, info: SessionInfo, autosave: Path, save: str | None, lang: str
) -> int:
    paths = [autosave] + ([Path(save)] if save else [])
    try:
        session = TextSession(console, game, info, paths)
        return session.run()
    except SeatingError as error:
        return _fail(t(error.key, lang, **error.values))
    except BrokenPipeError:  # `play --text | head -1`: the reader left; nothing to report
        _silence_stdout()
        return 0
    except OSError as error:
        return _fail(t("textmode.save.unreadable", lang, path=error.filename, error=error.strerror))


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the exit flush does not hit the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


# --- going on with a saved game --------------------------------------------------------------
def resume(args: argparse.Namespace, lang: str, console: Console) -> int:
    if args.resume:
        path = Path(args.resume)
    else:
        found = latest_autosave()
        if found is None:
            from game.paths import autosave_dir

            return _fail(t("textmode.play.no_autosave", lang, folder=autosave_dir()))
        path = found
    given = Path(args.scenario) if args.scenario else None
    try:
        loaded = read_save(path)
        if loaded.session is None:
            return _fail(t("textmode.play.not_session", lang, path=path))
        resolved = save_scenario(loaded, given, lang)
        game = Game.from_save(loaded.game, resolved.scenario)
    except SaveFileError as error:
        if about_the_file(error, path):  # missing, a folder, no save: say what to give instead
            return _fail(cannot_read_message(error, lang))
        return _fail(t(error.key, lang, **error.values))
    except SaveError as error:
        return _fail(error.message(lang))
    except RecursionError:
        return _fail(cannot_read_message(too_deep(path), lang))
    info = loaded.session
    if resolved.file is not None:  # else the save's kept copy goes on, under the name it had
        info.scenario_path = str(resolved.file.resolve())
    if args.lang in ("nl", "en"):
        info.lang = args.lang
    if args.role:
        # the people at the keyboard may change between sittings; bots keep their strategies
        try:
            info.humans = parse_roles(args.role, resolved.scenario)
        except SeatingError as error:
            return _fail(t(error.key, lang, **error.values))
    notice = resolved.notice(info.lang)
    if notice:
        console.say(notice)
    console.say(t("textmode.play.resuming", info.lang, path=path))
    return _session(console, game, info, path, args.save, info.lang)
