"""The agreement rule as a bot reads it from the public view: how far a proposal is from passing.

The rule (unanimity, or a quorum with required actors) is public at a real table, and the
view shows it; a bot counts supporters still at the table, as the engine does at a round's end.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from game.engine import PlayerView
from game.engine.kept import KEPT_OBJECTS
from game.engine.views import AgreementView, ProposalView
from game.scenario.deal_rule import deal_rule


def seated(view: PlayerView) -> list[str]:
    """The actors at the table now."""
    return [a.id for a in view.actors if a.status == "at_table"]


def shortfall(
    view: PlayerView, supporters: Iterable[str], table: Collection[str] | None = None
) -> int:
    """How many more actors at the table must back a proposal before it passes (0: it passes).

    The engine's own rule (`game.scenario.deal_rule`). `table`: `seated(view)`, when the
    caller weighs many proposals of one view."""
    return _count(view.agreement, supporters, seated(view) if table is None else table)


def _count(rule: AgreementView, supporters: Iterable[str], table: Collection[str]) -> int:
    return deal_rule(rule).shortfall(supporters, table)


def ruled_out(view: PlayerView) -> dict[str, set[str]]:
    """Per issue, the options no agreement can hold any more: an event everyone at the table
    heard took them out of the mandate of an actor whose support every agreement needs (a
    required actor, or under unanimity anyone still at the table). Empty when none did."""
    limits = view.known_limits
    if not limits:
        return {}
    rule = view.agreement
    needed = set(seated(view)) if rule.rule == "unanimity" else set(rule.required)
    out: dict[str, set[str]] = {}
    for actor, issues in limits.items():
        if actor in needed:
            for issue, options in issues.items():
                out.setdefault(issue, set()).update(options)
    return out


def passes_with(
    view: PlayerView,
    supporters: Iterable[str],
    actor: str,
    table: Collection[str] | None = None,
) -> bool:
    """Whether a proposal with these supporters would pass if `actor` backed it too."""
    return shortfall(view, [*supporters, actor], table) == 0


def proposal_shortfall(view: PlayerView, proposal: ProposalView, table: list[str]) -> int:
    """`shortfall` of a proposal on the table, kept per proposal view object (a game's views
    share one per proposal while its support stands) and seated actors: bots weigh every
    proposal on every move. Spelled out rather than a `KeptFor`: this runs for every
    proposal on every move, and comparing the seated list beats making it part of a key."""
    kept = _SHORTFALLS.get(id(proposal))
    rule = view.agreement
    if kept is not None and kept[0] is proposal and kept[1] is rule and kept[2] == table:
        return kept[3]
    if len(_SHORTFALLS) >= KEPT_OBJECTS:
        _SHORTFALLS.clear()
    found = _count(rule, proposal.supporters_at_table, table)
    _SHORTFALLS[id(proposal)] = (proposal, rule, [*table], found)  # held: ids their own
    return found


_SHORTFALLS: dict[int, tuple[ProposalView, AgreementView, list[str], int]] = {}
