"""The observation form in a terminal: per actor the behaviours seen this week, and a note.

One prompt per actor takes the numbers of the behaviours seen ("1 3"; Enter: none), so a
week's form is a handful of lines, not a question per tick-box.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.facilitation.observation import BEHAVIOUR_LABELS
from game.net.protocol import BEHAVIOUR_KEYS, NOTE_LIMIT, plain_text
from game.text import t
from game.textmode.console import Console


def ask_observation(
    console: Console, lang: str, actors: Mapping[str, str], week: int
) -> tuple[dict[str, list[str]], str]:
    """Ask the form of `week`: per actor the numbers of the behaviours seen, then a note."""
    console.say(t("kit.form.title", lang, week=week))
    for number, key in enumerate(BEHAVIOUR_LABELS, start=1):
        console.say(f"  {number}  {t(key, lang)}")
    marks: dict[str, list[str]] = {}
    for actor, name in actors.items():
        while True:
            answer = console.read(t("kit.form.actor", lang, name=name))
            picked = _numbers(answer)
            if picked is not None:
                break
            console.say(t("kit.form.bad", lang, answer=answer[:40], high=len(BEHAVIOUR_KEYS)))
        if picked:
            marks[actor] = [BEHAVIOUR_KEYS[n - 1] for n in picked]
    note = console.read(t("kit.form.note", lang)).strip()
    if not plain_text(note):
        note = "".join(c for c in note if plain_text(c))
    return marks, note[:NOTE_LIMIT]


def _numbers(answer: str) -> list[int] | None:
    """'1 3' or '1,3' → [1, 3] (each once, in order); '' → []; None when not behaviours."""
    found: list[int] = []
    for part in answer.replace(",", " ").split():
        if not part.isascii() or not part.isdigit() or len(part) > 2:
            return None
        number = int(part)
        if not 1 <= number <= len(BEHAVIOUR_KEYS):
            return None
        if number not in found:
            found.append(number)
    return found
