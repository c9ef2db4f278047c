"""`python -m game facilitator SCENARIO -o draaiboek.pdf --minutes 90|180 --people N`:
the trainer's session script (timetable, seating, debrief questions, observation form)."""

from __future__ import annotations

import argparse

from game.facilitation.case_io import load_case, say, write_pdf
from game.facilitation.plan import FORMATS, MIN_WEEK_MINUTES, PlanError
from game.facilitation.seating import REMAINDERS
from game.scenario.loader import message_lang
from game.text import t

NAME = "facilitator"
HELP = t("facilitation.script.help")

#: Most participants one script seats (a large lecture hall).
MAX_PEOPLE = 500


def people_count(value: str) -> int:
    """A number of participants from 1 to MAX_PEOPLE, or a clear argparse error."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_PEOPLE:
        raise argparse.ArgumentTypeError(
            t("facilitation.arg.bad_people", message_lang(), limit=MAX_PEOPLE, value=value)
        )
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help=t("facilitation.arg.scenario"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="DRAAIBOEK.pdf", help=t("facilitation.arg.output")
    )
    parser.add_argument(
        "--minutes",
        type=int,
        choices=sorted(FORMATS),
        default=90,
        help=t("facilitation.arg.minutes"),
    )
    parser.add_argument(
        "--people", type=people_count, required=True, metavar="N", help=t("facilitation.arg.people")
    )
    parser.add_argument(
        "--remainder", choices=REMAINDERS, default="duos", help=t("facilitation.arg.remainder")
    )
    parser.add_argument("--lang", choices=("nl", "en"), help=t("facilitation.arg.lang"))


def run(args: argparse.Namespace) -> int:
    lang = args.lang or message_lang()
    scenario = load_case(args.scenario, lang, analysed=False)
    if scenario is None:
        return 1
    from game.facilitation.script import session_script
    from game.facilitation.script_pdf import render_script  # the PDF library only when printing

    try:
        script = session_script(scenario, args.minutes, args.people, lang, args.remainder)
    except PlanError as error:
        message = t(
            "facilitation.too_many_weeks",
            lang,
            weeks=error.weeks,
            minutes=error.minutes,
            per_week=error.per_week,
            least=MIN_WEEK_MINUTES,
        )
        say(t("facilitation.error", lang, file=args.scenario, message=message))
        return 1
    return write_pdf(render_script(script, lang), args.output, lang)
