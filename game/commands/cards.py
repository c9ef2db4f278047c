"""`python -m game cards SCENARIO -o kaarten.pdf [--lang en]`: printed role cards."""

from __future__ import annotations

import argparse

from game.facilitation.case_io import load_case, write_pdf
from game.scenario.loader import message_lang
from game.text import t

NAME = "cards"
HELP = t("facilitation.cards.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help=t("facilitation.arg.scenario"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="KAARTEN.pdf", help=t("facilitation.arg.output")
    )
    parser.add_argument("--lang", choices=("nl", "en"), help=t("facilitation.arg.lang"))


def run(args: argparse.Namespace) -> int:
    lang = args.lang or message_lang()
    scenario = load_case(args.scenario, lang, analysed=True)
    if scenario is None:
        return 1
    from game.facilitation.cards_pdf import render_cards  # the PDF library only when printing

    return write_pdf(render_cards(scenario, lang), args.output, lang)
