"""Why a bot acts, in one sentence (Dutch and English) made of the scenario's own words.

A sentence names the issue where a package helps or hurts the bot most and the option on it.
Its reason never gives away a hidden interest, because finding those out is what the game
teaches: it quotes the bot's own interest about that issue only once that interest is on the
table (revealed earlier, or by this very move); otherwise it quotes the sentence of the bot's
public brief that speaks most about the issue — text everyone at the table already has.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from game.engine import PlayerView
from game.scenario.model import LocalText, Text, text_in
from game.text import t
from game.text.catalogue import LANGS

#: Words shorter than this say little about an issue ("de", "van", "met" …).
MIN_WORD = 4
#: Words are compared on their first letters, so "ambulance" meets "ambulancedienst".
STEM = 5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+")


def _local(values: Mapping[str, object], lang: str) -> dict[str, object]:
    return {
        k: text_in(v, lang) if isinstance(v, (LocalText, str)) else v for k, v in values.items()
    }


def sentence(key: str, **values: object) -> LocalText:
    """The catalogue sentence `key` in both languages, scenario texts in each language."""
    nl, en = (t(key, lang, **_local(values, lang)) for lang in LANGS)
    return LocalText(nl=nl, en=en)


def actor_name(view: PlayerView, actor: str) -> Text:
    return next((a.name for a in view.actors if a.id == actor), actor)


def issue_name(view: PlayerView, issue: str) -> Text:
    return next((i.name for i in view.issues if i.id == issue), issue)


def option_label(view: PlayerView, issue: str, option: str) -> Text:
    for found in view.issues:
        if found.id == issue:
            return next((o.label for o in found.options if o.id == option), option)
    return option


def quote(text: Text) -> LocalText:
    """A scenario text between quotation marks, in both languages."""
    return LocalText(nl=f"„{text_in(text, 'nl')}”", en=f"“{text_in(text, 'en')}”")


def reason(view: PlayerView, issue: str, revealing: str | None = None) -> LocalText:
    """Why `issue` matters to this bot, in words the table may hear now.

    Its own interest about the issue when that interest is revealed (or is `revealing`, the
    interest this very move reveals); else the sentence of its public brief that speaks most
    about the issue; else a plain line."""
    for interest in view.interests:
        if issue in interest.issues and (interest.revealed or interest.id == revealing):
            return quote(interest.text)
    me = next((a for a in view.actors if a.id == view.actor), None)
    found = next((i for i in view.issues if i.id == issue), None)
    if me is not None and found is not None:
        said = {
            lang: _best_sentence(
                text_in(me.public_brief, lang),
                (text_in(found.name, lang), *(text_in(o.label, lang) for o in found.options)),
            )
            for lang in LANGS
        }
        if said["nl"]:
            return LocalText(nl=f"„{said['nl']}”", en=f"“{said['en'] or said['nl']}”")
    return sentence("agents.reason.plain", actor=actor_name(view, view.actor))


def _stems(text: str) -> set[str]:
    return {w[:STEM].lower() for w in _WORD.findall(text) if len(w) >= MIN_WORD}


@lru_cache(maxsize=1024)
def _best_sentence(brief: str, about: tuple[str, ...]) -> str:
    """The sentence of `brief` sharing most words with `about` (the first one on a tie)."""
    sentences = [s.strip() for s in _SENTENCE_END.split(brief) if s.strip()]
    if not sentences:
        return ""
    wanted = set().union(*(_stems(text) for text in about))
    best = max(range(len(sentences)), key=lambda k: (len(_stems(sentences[k]) & wanted), -k))
    return sentences[best]


def _swing(view: PlayerView, package: Mapping[str, str], issue: str) -> tuple[float, float]:
    """(gain over the worst option, loss against the best option) of the package on `issue`."""
    table = view.points.get(issue, {})
    if not table or package.get(issue) not in table:
        return 0.0, 0.0
    value = table[package[issue]]
    return value - min(table.values()), max(table.values()) - value


def best_issue(view: PlayerView, package: Mapping[str, str]) -> str:
    """The issue where the package gives this actor most (over its worst option there)."""
    return max(view.points, key=lambda i: (_swing(view, package, i)[0], -_order(view, i)))


def worst_issue(view: PlayerView, package: Mapping[str, str]) -> str:
    """The issue where the package costs this actor most (against its best option there)."""
    return max(view.points, key=lambda i: (_swing(view, package, i)[1], -_order(view, i)))


def _order(view: PlayerView, issue: str) -> int:
    return next((k for k, i in enumerate(view.issues) if i.id == issue), 0)


def about_package(
    key: str, view: PlayerView, package: Mapping[str, str], *, hurts: bool, **values: object
) -> LocalText:
    """A sentence about a package: the issue where it hurts (or helps) most, and why."""
    issue = worst_issue(view, package) if hurts else best_issue(view, package)
    return sentence(
        key,
        actor=actor_name(view, view.actor),
        issue=issue_name(view, issue),
        option=option_label(view, issue, package.get(issue, "")),
        reason=reason(view, issue),
        **values,
    )
