"""`python -m game import-genius DOMAIN.xml PROFILE.xml… -o SCENARIO.yaml`."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import yaml

from game.scenario.genius import GeniusError, scenario_data
from game.scenario.loader import ScenarioError, load_text, message_lang
from game.text import t

NAME = "import-genius"
HELP = t("genius.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("domain", metavar="DOMAIN.xml", help=t("genius.arg.domain"))
    parser.add_argument("profiles", nargs="+", metavar="PROFILE.xml", help=t("genius.arg.profiles"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="SCENARIO.yaml", help=t("genius.arg.output")
    )
    parser.add_argument("--force", action="store_true", help=t("genius.arg.force"))
    parser.add_argument("--lang", choices=("nl", "en"), help=t("genius.arg.lang"))


def scenario_yaml(domain: str, profiles: list[str], lang: str) -> str:
    """The scenario file's text; checked by the loader before anyone writes it."""
    data = scenario_data(domain, list(profiles), lang)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    try:
        load_text(text, "<import>", lang)
    except ScenarioError as error:
        reason = "; ".join(p.message for p in error.problems[:3])
        raise GeniusError(domain, t("genius.invalid", lang, reason=reason)) from None
    return text


def run(args: argparse.Namespace) -> int:
    lang = args.lang or message_lang()
    output = Path(args.output)
    if output.exists() and not args.force:
        print(t("genius.exists", lang, file=output), file=sys.stderr)
        return 1
    try:
        text = scenario_yaml(args.domain, args.profiles, lang)
    except GeniusError as error:
        print(t("genius.error", lang, file=error.file, message=error.message), file=sys.stderr)
        return 1
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        reason = t("genius.unwritable", lang, reason=error.strerror or error)
        print(t("genius.error", lang, file=output, message=reason), file=sys.stderr)
        return 1
    data = yaml.safe_load(text)
    packages = math.prod(len(issue["options"]) for issue in data["issues"])
    print(
        t(
            "genius.written",
            lang,
            file=output,
            id=data["id"],
            actors=len(data["actors"]),
            issues=len(data["issues"]),
            packages=packages,
        )
    )
    return 0
