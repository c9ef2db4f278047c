"""`python -m game validate PATH…`: every problem of every scenario file, one line each."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from game.scenario.loader import (
    LoadedScenario,
    Located,
    ScenarioError,
    load_scenario,
    message_lang,
    shipped_scenarios,
)
from game.text import t

NAME = "validate"
HELP = t("validate.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help=t("validate.paths_help"))
    parser.add_argument("--lang", choices=("nl", "en"), help=t("validate.lang_help"))


def scenario_files(paths: list[str], lang: str) -> tuple[list[Path], list[Located]]:
    """The files named, with each folder replaced by its *.yaml; a problem per empty folder."""
    files: list[Path] = []
    problems: list[Located] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                problems.append(Located(name, 1, 1, t("validate.no_yaml", lang)))
            files.extend(found)
        else:
            files.append(path)
    return files, problems


def summary(loaded: LoadedScenario, lang: str) -> str:
    """`file: OK — id: 5 actors, 6 issues, 729 packages`."""
    scenario = loaded.scenario
    packages = math.prod(len(issue.options) for issue in scenario.issues)
    return t(
        "validate.ok",
        lang,
        file=loaded.file,
        id=scenario.id,
        actors=len(scenario.actors),
        issues=len(scenario.issues),
        packages=packages,
    )


def check_file(path: Path, lang: str) -> tuple[LoadedScenario | None, list[Located]]:
    """The loaded scenario or its problems; never an exception."""
    try:
        return load_scenario(path, lang), []
    except ScenarioError as error:
        return None, error.problems
    except Exception as error:  # last resort: whatever went wrong, say it at the file
        message = t("scenario.internal", lang, error=f"{type(error).__name__}: {error}")
        return None, [Located(str(path), 1, 1, message, t("scenario.hint.report", lang))]


def _shown(path: Path) -> str:
    """`path` relative to the working folder when it lies inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run(args: argparse.Namespace) -> int:
    lang = args.lang or message_lang()
    paths = args.paths or [_shown(p) for p in shipped_scenarios()]
    if not paths:
        print(t("validate.nothing", lang))
        return 1
    files, problems = scenario_files(paths, lang)
    for problem in problems:
        print(problem.format())
    errors = len(problems)
    bad = len(problems)
    for path in files:
        loaded, found = check_file(path, lang)
        for problem in found:
            print(problem.format())
        file_errors = sum(1 for p in found if p.severity == "error")
        errors += file_errors
        bad += 1 if file_errors else 0
        if loaded is not None:
            print(summary(loaded, lang))
    if errors:
        checked = len(files) + len(problems)  # an empty folder counts as one path that failed
        print(t("validate.summary", lang, errors=errors, bad=bad, files=checked))
        return 1
    return 0
