"""`python -m game new NAME`: start a scenario from a commented template that validates."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

from game.scenario.json_schema import SCHEMA_FILE
from game.scenario.loader import message_lang
from game.scenario.template import render, scenario_id
from game.text import t

NAME = "new"
HELP = t("new.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help=t("new.name_help"))
    parser.add_argument("-o", "--output-dir", default=".", metavar="DIR", help=t("new.dir_help"))


def target_path(name: str, folder: str) -> Path:
    """`DIR/NAME.yaml` (NAME may already end in .yaml)."""
    file_name = name if name.endswith((".yaml", ".yml")) else f"{name}.yaml"
    return Path(folder) / file_name


def schema_reference(target: Path) -> str:
    """Where an editor finds the schema, seen from the new file: a relative path if possible."""
    try:
        relative = os.path.relpath(SCHEMA_FILE, target.resolve().parent)
    except ValueError:  # another drive on Windows
        return SCHEMA_FILE.as_uri()
    return Path(relative).as_posix()


def readable(text: str) -> str:
    """`text` as valid UTF-8: a file name's undecodable bytes (surrogates) become U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


def run(args: argparse.Namespace) -> int:
    lang = message_lang()
    target = target_path(args.name, args.output_dir)
    if not scenario_id(target.stem):
        print(t("new.bad_name", lang, name=args.name), file=sys.stderr)
        return 2
    if not target.parent.is_dir():
        key = "new.not_dir" if target.parent.exists() else "new.no_dir"
        print(t(key, lang, path=target.parent), file=sys.stderr)
        return 2
    text = render(readable(target.stem), readable(schema_reference(target)), readable(target.name))
    try:
        with open(target, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        print(t("new.exists", lang, path=target), file=sys.stderr)
        return 1
    except OSError as error:
        print(t("new.cannot_write", lang, path=target, reason=error.strerror), file=sys.stderr)
        return 1
    shown = readable(str(target))
    print(t("new.written", lang, path=shown, quoted=shlex.quote(shown)))
    return 0
