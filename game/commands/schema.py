"""`python -m game schema`: the scenario format's JSON Schema (draft-07) for editors and tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.scenario.json_schema import schema_text
from game.scenario.loader import message_lang
from game.text import t

NAME = "schema"
HELP = t("schema.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help=t("schema.output_help"))


def run(args: argparse.Namespace) -> int:
    text = schema_text()
    if not args.output:
        sys.stdout.write(text)
        return 0
    lang = message_lang()
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as error:
        print(
            t("schema.cannot_write", lang, path=args.output, reason=error.strerror), file=sys.stderr
        )
        return 1
    print(t("schema.written", lang, path=args.output), file=sys.stderr)
    return 0
