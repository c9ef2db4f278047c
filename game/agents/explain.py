"""Why a bot acts, in one sentence (Dutch and English) made of the scenario's own words.

A sentence about a proposal names that proposal, the issue where it matters most to the bot
and the option on it, and says which way the bot wants to move there: an option it likes
less than the one it wants is "too little" or "too much" only when the two labels are
numbers (8 beds, 16 beds) and it wants more or fewer; otherwise it says what it would rather
have. An option its own mandate keeps out, or that an event took away from a party every
agreement needs, is named as such.

The reason never gives away a hidden interest, because finding those out is what the game
teaches: it quotes the bot's own interest about that issue only once that interest is on the
table (revealed earlier, or by this very move); otherwise it says how much is at stake for
the bot there, in words (a lot, something, little), never the figures. It never quotes a
public brief: that says who a party is, not why it moves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from game.agents.table_rule import ruled_out
from game.engine import PlayerView
from game.scenario.model import LocalText, Text, text_in
from game.text import t
from game.text.catalogue import LANGS

#: Points at stake on an issue, as a share of everything the bot can win or lose over all
#: issues, from which it says "a lot" (and from `SOME_AT_STAKE`, "something").
MUCH_AT_STAKE = 0.15
SOME_AT_STAKE = 0.05
#: A label that starts with a number (an amount, a count: "16 bedden", "€ 2.000").
_NUMBER = re.compile(r"^[€$]?\s*(\d{1,3}(?:\.\d{3})+|\d+)")


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


def revealed_interest(view: PlayerView, issue: str, revealing: str | None = None) -> Text | None:
    """The text of this bot's interest about `issue` once it is on the table (revealed
    earlier, or `revealing`: the interest this very move reveals), else None."""
    for interest in view.interests:
        if issue in interest.issues and (interest.revealed or interest.id == revealing):
            return interest.text
    return None


def at_stake(view: PlayerView, points: float) -> LocalText:
    """How much `points` of this bot's own points are, in words (never the figure)."""
    total = sum(max(t.values()) - min(t.values()) for t in view.points.values() if t)
    share = points / total if total > 0 else 0.0
    if share >= MUCH_AT_STAKE:
        return sentence("agents.stake.much")
    if share >= SOME_AT_STAKE:
        return sentence("agents.stake.some")
    return sentence("agents.stake.little")


def reason(
    view: PlayerView, issue: str, revealing: str | None = None, points: float | None = None
) -> LocalText:
    """Why `issue` matters to this bot, in words the table may hear now: its own interest
    about the issue when that interest is on the table, else how much is at stake for it
    there (`points`: the points in play; by default all it can win or lose on the issue)."""
    interest = revealed_interest(view, issue, revealing)
    if interest is not None:
        return quote(interest)
    if points is None:
        table = view.points.get(issue, {})
        points = max(table.values()) - min(table.values()) if table else 0.0
    return at_stake(view, points)


def _points(view: PlayerView, issue: str, option: str) -> float:
    return view.points.get(issue, {}).get(option, 0.0)


def _order(view: PlayerView, issue: str) -> int:
    return next((k for k, i in enumerate(view.issues) if i.id == issue), 0)


def possible_options(view: PlayerView, issue: str) -> list[str]:
    """The options of `issue` this bot could still put in an agreement: inside its own
    mandate and not taken away by an event from a party every agreement needs."""
    banned = set(view.mandate.forbidden.get(issue, ())) | ruled_out(view).get(issue, set())
    found = next((i for i in view.issues if i.id == issue), None)
    return [o.id for o in found.options if o.id not in banned] if found is not None else []


def wanted_options(view: PlayerView) -> dict[str, str]:
    """Per issue, the possible option worth most to this bot (the first one on a tie)."""
    out = {}
    for issue in view.points:
        options = possible_options(view, issue)
        if options:
            out[issue] = max(options, key=lambda o: (_points(view, issue, o), -options.index(o)))
    return out


def _number(label: Text) -> int | None:
    found = _NUMBER.match(text_in(label, "nl").strip())
    return int(found.group(1).replace(".", "")) if found else None


def direction(view: PlayerView, issue: str, option: str, wanted: str) -> LocalText:
    """`option` against `wanted` on `issue`, worded the way the bot wants to move: too
    little or too much when both labels are numbers, else which one it would rather have."""
    label, wanted_label = option_label(view, issue, option), option_label(view, issue, wanted)
    values = {"issue": issue_name(view, issue), "option": label, "wanted": wanted_label}
    have, want = _number(label), _number(wanted_label)
    if have is not None and want is not None and have != want:
        return sentence("agents.because.less" if have < want else "agents.because.more", **values)
    return sentence("agents.because.rather", **values)


def _with_reason(clause: LocalText, why: LocalText) -> LocalText:
    return sentence("agents.because.with_reason", clause=clause, reason=why)


def why_not(
    view: PlayerView, package: Mapping[str, str], wanted: Mapping[str, str] | None = None
) -> LocalText | None:
    """Why this bot does not back `package`: an option its mandate keeps out, else one an
    event took from a party every agreement needs, else the issue where `package` gives it
    least against what it wants (`wanted`: its own package; by default its best possible
    option on every issue), with the way it wants to move and why. None when `package` is
    at least as good for it on every issue."""
    issues = [i.id for i in view.issues if i.id in package]
    for issue in issues:
        if package[issue] in view.mandate.forbidden.get(issue, ()):
            return sentence(
                "agents.because.no_mandate",
                issue=issue_name(view, issue),
                option=option_label(view, issue, package[issue]),
            )
    limits = view.known_limits
    blocked = ruled_out(view)
    for issue in issues:
        if package[issue] in blocked.get(issue, ()):
            who = next(
                (a for a, found in limits.items() if package[issue] in found.get(issue, ())),
                "",
            )
            return sentence(
                "agents.because.ruled_out",
                issue=issue_name(view, issue),
                option=option_label(view, issue, package[issue]),
                who=actor_name(view, who),
            )
    want = dict(wanted) if wanted is not None else wanted_options(view)
    gaps = {
        issue: _points(view, issue, want[issue]) - _points(view, issue, package[issue])
        for issue in issues
        if issue in want and issue in view.points
    }
    if not gaps:
        return None
    issue = max(gaps, key=lambda i: (gaps[i], -_order(view, i)))
    if gaps[issue] <= 0:
        return None
    clause = direction(view, issue, package[issue], want[issue])
    return _with_reason(clause, reason(view, issue, points=gaps[issue]))


def why_yes(view: PlayerView, package: Mapping[str, str]) -> LocalText:
    """What `package` gives this bot: the issue where it gains most over its worst option
    there, the option it gets, and why that matters."""
    issues = [i.id for i in view.issues if i.id in package and i.id in view.points]

    def gain(issue: str) -> float:
        table = view.points[issue]
        return table.get(package[issue], 0.0) - min(table.values()) if table else 0.0

    issue = max(issues, key=lambda i: (gain(i), -_order(view, i)))
    clause = sentence(
        "agents.because.gives",
        issue=issue_name(view, issue),
        option=option_label(view, issue, package[issue]),
    )
    return _with_reason(clause, reason(view, issue, points=gain(issue)))


def best_issue(view: PlayerView, package: Mapping[str, str]) -> str:
    """The issue where the package gives this actor most (over its worst option there)."""

    def gain(issue: str) -> float:
        table = view.points[issue]
        return table.get(package.get(issue, ""), min(table.values())) - min(table.values())

    found = [i for i in view.points if view.points[i]]
    return max(found, key=lambda i: (gain(i), -_order(view, i)))


def about_own(view: PlayerView, package: Mapping[str, str]) -> LocalText:
    """A proposal of its own that answers no new proposal: what it puts first in it."""
    issue = best_issue(view, package)
    table = view.points[issue]
    gain = table.get(package.get(issue, ""), 0.0) - min(table.values())
    return sentence(
        "agents.propose",
        actor=actor_name(view, view.actor),
        issue=issue_name(view, issue),
        option=option_label(view, issue, package.get(issue, "")),
        reason=reason(view, issue, points=gain),
    )
