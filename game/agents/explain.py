"""Why a bot acts, in one sentence (Dutch and English) made of the scenario's own words.

A sentence names the issue where a package helps or hurts the bot most, the option on it,
and quotes the bot's own interest about that issue (`Interest.issues` links the two).
"""

from __future__ import annotations

from collections.abc import Mapping

from game.engine import PlayerView
from game.scenario.model import LocalText, Text, text_in
from game.text import t
from game.text.catalogue import LANGS


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


def reason(view: PlayerView, issue: str) -> LocalText:
    """The bot's own interest about `issue`, quoted, or a plain line when it has none."""
    for interest in view.interests:
        if issue in interest.issues:
            return LocalText(
                nl=f"„{text_in(interest.text, 'nl')}”", en=f"“{text_in(interest.text, 'en')}”"
            )
    name = actor_name(view, view.actor)
    return sentence("agents.reason.plain", actor=name)


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
