"""A scripted keyboard for text-mode tests: it reads what the game printed and answers.

`Keyboard(out, answer)` is a stdin whose `readline()` shows `answer` everything printed since
the last question and types what it returns; the answers typed are kept, so the same game
can be replayed through a pipe. `run_play` runs `python -m game play …` in-process, on
Crisisbedden Lindelaan unless ARGV names a scenario or a save to resume (its seats and names
are what these tests type and read).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from scenario_support import LINDELAAN

from game.cli import build_parser
from game.commands import play
from game.textmode.console import Console

MAX_ANSWERS = 3000
#: These scripts read and pick menu lines by their text: a terminal wide enough for no line
#: to wrap (tests/test_textmode_width.py plays at 80 columns).
WIDE = 1000

Answer = Callable[[str], str | None]  # what the game printed since the last question → a line


class Keyboard(io.TextIOBase):
    def __init__(self, out: io.StringIO, answer: Answer) -> None:
        self.out = out
        self.answer = answer
        self.typed: list[str] = []
        self._read_to = 0

    def readable(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        text = self.out.getvalue()
        shown, self._read_to = text[self._read_to :], len(text)
        line = self.answer(shown) if len(self.typed) < MAX_ANSWERS else None
        if line is None:
            return ""  # end of input
        self.typed.append(line)
        return line + "\n"


def run_play(argv: list[str], answer: Answer, width: int = WIDE) -> tuple[int, str, list[str]]:
    """Exit code, everything printed, and every line typed for `play ARGV` in a terminal
    `width` columns wide."""
    args = build_parser().parse_args(["play", *lindelaan_unless_named(argv)])
    out = io.StringIO()
    keyboard = Keyboard(out, answer)
    code = play.run(args, Console(stdin=keyboard, stdout=out, interactive=False, width=width))
    return code, out.getvalue(), keyboard.typed


def lindelaan_unless_named(argv: list[str]) -> list[str]:
    """ARGV with `--scenario` Crisisbedden Lindelaan when it names no scenario and no save."""
    if any(arg.startswith(("--scenario", "--resume")) for arg in argv):
        return argv
    return [*argv, "--scenario", str(LINDELAAN)]


def lines_in(text: str) -> Answer:
    """Types the given lines one by one, then ends the input."""
    queue = text.splitlines()

    def answer(_shown: str) -> str | None:
        return queue.pop(0) if queue else None

    return answer


SKIP_GUESSES = "2"  # "Overslaan" on the first question of a priority-guess sheet
SKIP_RATING = "2"  # "Overslaan" on the first question of the self-assessment
#: A person's first turn opens with the self-assessment, then the priority guesses.
SKIP_START = f"{SKIP_RATING}\n{SKIP_GUESSES}"
RATE_START = "Voor je begint: hoe goed beheers je"
RATE_END = "Voor de nabespreking: hoe goed beheers je"
GUESS_START = "Voordat je begint: wat denk je"
GUESS_END = "Het spel is voorbij. Wat denk je nu"
REFLECTION = "Je antwoord (Enter om over te slaan)"


def passing_player(shown: str) -> str | None:
    """Presses Enter at a hand-over, skips the self-assessment, the priority guesses and the
    reflection questions, answers every question truthfully, and passes."""
    last = shown.rstrip().splitlines()[-1] if shown.strip() else ""
    if "Geef het toetsenbord aan" in last:
        return ""
    if RATE_START in shown or RATE_END in shown:
        return SKIP_RATING
    if GUESS_START in shown or GUESS_END in shown:
        return SKIP_GUESSES
    if REFLECTION in last:
        return ""
    if "Hoe antwoord je?" in shown:
        return "1"
    if "Wat doe je," in shown:
        return "14"
    raise AssertionError(f"unexpected question:\n{shown[-600:]}")


def number_of(shown: str, label: str) -> str:
    """The number of the latest menu line that contains `label` (scripts that read menus)."""
    for line in reversed(shown.splitlines()):
        parts = line.strip().split(maxsplit=1)
        if len(parts) == 2 and parts[0].isdigit() and label in parts[1]:
            return parts[0]
    raise AssertionError(f"no menu line with {label!r} in:\n{shown[-800:]}")


Step = str | Callable[[str], str]


def steps(*script: Step) -> Answer:
    """Types each step in turn (a line, or a function of all that was shown so far), then
    ends the input. A step with line breaks types each of its lines."""
    queue: list[Step] = []
    for step in script:
        queue.extend(step.split("\n") if isinstance(step, str) and step else [step])
    transcript: list[str] = []

    def answer(shown: str) -> str | None:
        transcript.append(shown)
        if not queue:
            return None
        step = queue.pop(0)
        return step if isinstance(step, str) else step("".join(transcript))

    return answer


def pick(label: str) -> Callable[[str], str]:
    return lambda shown: number_of(shown, label)
