"""Dutch for the English messages of `references.py` and of the model's own rules.

Those checks write English; the catalogue holds each of their messages as a template
(`scenario.ref.*`, `scenario.rule.*`) whose English side is the exact wording they produce.
The English template, read as a pattern, takes the message apart; the Dutch one puts it
together again. A message with no template stays as written.
"""

from __future__ import annotations

import re
from functools import cache

from game.text import t
from game.text.catalogue import catalogue

_FIELD = re.compile(r"\{(\w+)\}")
_WORD_FIELDS = {"kind": r"[a-z]+(?: of '[^']*')?"}
"""Fields that hold a word to translate too ('issue' → 'kwestie'), with what they look like."""


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for key, (_nl, en) in catalogue().items():
        if key.startswith(("scenario.ref.", "scenario.rule.", "scenario.kind.")) or key == (
            "scenario.hint.did_you_mean"
        ):
            parts = _FIELD.split(en)
            regex = "".join(
                re.escape(part)
                if index % 2 == 0
                else f"(?P<{part}>{_WORD_FIELDS.get(part, '.+?')})"
                for index, part in enumerate(parts)
            )
            found.append((key, re.compile(regex)))
    return found


def translate(text: str | None, lang: str) -> str | None:
    """`text` in `lang` when it is one of the known English messages; else `text` itself."""
    if text is None or lang != "nl":
        return text
    for key, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = {
            name: (translate(value, lang) if name in _WORD_FIELDS else value)
            for name, value in match.groupdict().items()
        }
        return t(key, lang, **values)
    return text
