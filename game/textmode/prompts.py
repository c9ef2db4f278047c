"""Numbered questions: a list of choices, an answer by number, asked again until it fits.

A choice can be shown but refused (an option outside the mandate, a proposal you may not
support): it carries its reason, which is said when someone picks it anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from game.text import t
from game.textmode.console import Console
from game.textmode.wrap import marker

T = TypeVar("T")
BACK = 0


@dataclass(frozen=True)
class Choice(Generic[T]):
    label: str
    value: T
    refusal: str | None = None  # why this choice cannot be taken now; None: it can
    heading: str | None = None  # a line printed above this choice (groups a menu)
    mark: str | None = None  # how a refused choice is marked; default "not now"


def choose(
    console: Console,
    lang: str,
    title: str,
    choices: Sequence[Choice[T]],
    back: str | None = None,
) -> T | None:
    """The value of the chosen item; None when `back` is offered (as 0) and chosen."""
    console.say(title)
    for number, choice in enumerate(choices, start=1):
        if choice.heading:
            console.say(f"  {choice.heading}")
        label = choice.mark or t("textmode.prompt.not_now", lang)
        mark = f"  {marker(label)}" if choice.refusal else ""
        console.say(f"  {number:>2}  {choice.label}{mark}")
    if back is not None:
        console.say(f"  {BACK:>2}  {back}")
    while True:
        answer = console.read(t("textmode.prompt.choice", lang))
        number = _number(answer)
        if number == BACK and back is not None:
            return None
        if number is None or not 1 <= number <= len(choices):
            lowest = BACK if back is not None else 1
            console.say(
                t("textmode.prompt.invalid", lang, answer=answer, low=lowest, high=len(choices))
            )
            continue
        choice = choices[number - 1]
        if choice.refusal:
            console.say(t("textmode.prompt.refused", lang, reason=choice.refusal))
            continue
        return choice.value


def ask_text(console: Console, lang: str, prompt: str) -> str | None:
    """A line of free text; None when left empty (back)."""
    answer = console.read(prompt).strip()
    return answer or None


def confirm(console: Console, lang: str, question: str) -> bool:
    """Yes (1) or no (2), asked again until one of the two."""
    choices = [
        Choice(t("textmode.prompt.yes", lang), True),
        Choice(t("textmode.prompt.no", lang), False),
    ]
    return bool(choose(console, lang, question, choices))


def press_enter(console: Console, prompt: str) -> None:
    console.read(prompt)


#: Longer answers are no menu number (and Python refuses ints of thousands of digits).
MAX_DIGITS = 6


def _number(answer: str) -> int | None:
    text = answer.strip().rstrip(".")
    if not text.isascii() or not text.isdigit() or len(text) > MAX_DIGITS:
        return None
    return int(text)
