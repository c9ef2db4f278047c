"""How close each proposal is to a deal under the agreement rule, for the window's table and
the terminal alike.

A proposal needs the rule's number of supporters at the table, among them every required
actor (under unanimity: everyone at the table). `standing` counts who is missing; the table
lists proposals closest to a deal first and says, per proposal, what it still lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from game.engine import PlayerView
from game.engine.agreement import precedence
from game.engine.views import ProposalView
from game.scenario.deal_rule import deal_rule
from game.text import t


@dataclass(frozen=True)
class Standing:
    """A proposal's support against the rule."""

    rule: str  # "unanimity" or "quorum"
    have: int  # supporters at the table
    need: int  # supporters the rule needs
    at_table: int  # actors at the table
    required: tuple[str, ...]  # actors every deal needs
    missing: tuple[str, ...]  # named actors still needed (required ones, or all under unanimity)
    others: int  # further supporters needed, whoever they are
    # with enough support: the proposal the table agrees on (this one, or one that goes
    # first); None while this one lacks support or the game ended without an agreement
    first: int | None = None
    over: bool = False  # the game has ended
    own: int | None = None  # the proposal's id (None: the rule itself)

    @property
    def short(self) -> int:
        """How many more supporters the proposal needs for a deal (0: enough)."""
        return len(self.missing) + self.others


def standing(view: PlayerView, proposal: ProposalView) -> Standing:
    """`proposal`'s support against the table's agreement rule (the engine's deal rule)."""
    place = _support(view, proposal)
    if place.short:
        return place
    over = view.outcome is not None
    return replace(place, first=agreed_first(view), over=over, own=proposal.id)


def agreed_first(view: PlayerView) -> int | None:
    """The proposal the table agrees on: the game's agreement once it is over, else the one
    the engine takes at the end of the week of all those with enough support (the engine's
    precedence), or None."""
    if view.outcome is not None:
        return view.outcome.proposal if view.outcome.kind == "agreement" else None
    enough = [
        (precedence(place.have, p.id), p.id)
        for p in view.proposals
        if not (place := _support(view, p)).short
    ]
    return max(enough)[1] if enough else None


def _support(view: PlayerView, proposal: ProposalView) -> Standing:
    table = [a.id for a in view.actors if a.status == "at_table"]
    rule = deal_rule(view.agreement)
    support = set(proposal.supporters_at_table).intersection(table)
    short = rule.shortfall(support, table)
    if rule.unanimity:
        missing = tuple(a for a in table if a not in support)
    else:
        missing = tuple(a for a in rule.required if a not in support)
    kind = "unanimity" if rule.unanimity else "quorum"
    need = rule.needed(table)
    others = max(0, short - len(missing))
    return Standing(kind, len(support), need, len(table), rule.required, missing, others)


def by_closeness(view: PlayerView) -> list[ProposalView]:
    """Every proposal, the closest to a deal first: the agreement (or the one the table
    agrees on at the end of the week) on top, then the others with enough support in the
    order the engine takes them, then by support short, the most supported, the newest;
    those without support at the table last."""
    first = agreed_first(view)

    def key(proposal: ProposalView) -> tuple[int, int, int, int, int]:
        place = _support(view, proposal)
        order = proposal.id if place.short == 0 else -proposal.id  # earliest wins a tie
        lacking = not proposal.supporters_at_table
        return (proposal.id != first, lacking, place.short, -place.have, order)

    return sorted(view.proposals, key=key)


def joined(names: list[str], lang: str) -> str:
    """'A, B en C' / 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + t("table.and", lang) + names[-1]


def rule_of(view: PlayerView) -> Standing:
    """The agreement rule itself, as the standing of a proposal nobody supports yet."""
    table = [a.id for a in view.actors if a.status == "at_table"]
    rule = deal_rule(view.agreement)
    kind = "unanimity" if rule.unanimity else "quorum"
    need = rule.needed(table)
    missing = tuple(table) if rule.unanimity else rule.required
    others = max(0, rule.shortfall((), table) - len(missing))
    return Standing(kind, 0, need, len(table), rule.required, missing, others)


def need_text(place: Standing, name: Callable[[str], str], lang: str) -> str:
    """What the rule needs: 'nodig: 4 van 5, met Gemeente en GGZ'."""
    if place.rule == "unanimity":
        key = "table.need_both" if place.at_table == 2 else "table.need_all"  # not "alle 2"
        return t(key, lang, table=place.at_table)
    need = t("table.need_quorum", lang, need=place.need, table=place.at_table)
    if place.required:
        need += t("table.need_with", lang, names=joined([name(a) for a in place.required], lang))
    return need


def rule_text(view: PlayerView, name: Callable[[str], str], lang: str) -> str:
    """The agreement rule for everyone at the table: 'Akkoord: nodig: 4 van 5, met ...'."""
    return t("table.rule", lang, need=need_text(rule_of(view), name, lang))


def describe(place: Standing, name: Callable[[str], str], lang: str) -> str:
    """What the proposal needs and lacks, e.g. 'nodig: 4 van 5, met Gemeente en GGZ —
    ontbreekt: GGZ'."""
    need = need_text(place, name, lang)
    return need + " — " + lacking_text(place, name, lang)


def lacking_text(place: Standing, name: Callable[[str], str], lang: str) -> str:
    """Who a proposal still lacks: 'ontbreekt: GGZ en nog 1 andere'."""
    if place.short == 0:
        return enough_text(place, lang)
    return t("table.missing", lang, names=lacking_names(place, name, lang))


def enough_text(place: Standing, lang: str) -> str:
    """What enough support means for this proposal: the deal at the end of the week, the
    deal itself once the game is over, or another proposal that goes first."""
    if place.over:
        if place.first is None:
            return t("table.enough_no_deal", lang)
        if place.first == place.own:
            return t("table.enough_is_deal", lang)
        return t("table.enough_agreed", lang, id=place.first)
    if place.first is None or place.first == place.own:
        return t("table.enough", lang)
    return t("table.enough_outranked", lang, id=place.first)


def lacking_names(place: Standing, name: Callable[[str], str], lang: str) -> str:
    """'GGZ en nog 1 andere' (empty when the proposal has enough support)."""
    lacking = [name(a) for a in place.missing]
    if place.others:
        key = "table.missing_more" if lacking else "table.missing_any"
        lacking.append(t(key, lang, count=place.others))
    return joined(lacking, lang)
