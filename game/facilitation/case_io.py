"""What the two kit commands (`cards`, `facilitator`) share: load the case, write the PDF,
and say what went wrong in plain lines instead of a traceback."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.scenario.loader import ScenarioError, load_scenario
from game.scenario.model import Scenario
from game.text import t

if TYPE_CHECKING:  # the PDF library loads only when a PDF is written
    from fpdf import FPDF

#: Largest outcome space the answer page works out (as `analyse`: 8 issues of 6 options).
MAX_PACKAGES = 6**8


def load_case(path: str, lang: str, *, analysed: bool) -> Scenario | None:
    """The scenario at `path`, or None after printing why not (every problem, file:line)."""
    try:
        scenario = load_scenario(path, lang).scenario
    except ScenarioError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return None
    packages = math.prod(len(issue.options) for issue in scenario.issues)
    if analysed and packages > MAX_PACKAGES:
        message = t("facilitation.too_big", lang, packages=packages, limit=MAX_PACKAGES)
        say(t("facilitation.error", lang, file=path, message=message))
        return None
    return scenario


def write_pdf(document: FPDF, output: str, lang: str) -> int:
    """Write `document` to `output` and say so (with its page count); 1 when it cannot."""
    data = bytes(document.output())
    try:
        Path(output).write_bytes(data)
    except OSError as error:
        reason = t("facilitation.unwritable", lang, reason=error.strerror or error)
        say(t("facilitation.error", lang, file=output, message=reason))
        return 1
    print(t("facilitation.written", lang, file=output, pages=document.pages_count))
    return 0


def say(message: str) -> None:
    print(message, file=sys.stderr)
