"""The agreement rule: which proposal, if any, the table has agreed on at the end of a round.

Only supporters still at the table count. Unanimity needs every actor at the table; a quorum
needs at least k supporters including every required actor. When several proposals qualify,
the one with most supporters wins, then the earliest.
"""

from __future__ import annotations

from game.engine.state import Proposal, State
from game.scenario.model import Agreement


def supporters_at_table(state: State, proposal: Proposal) -> list[str]:
    return [a for a in proposal.supporters if state.status.get(a) == "at_table"]


def qualifies(rule: Agreement, state: State, proposal: Proposal) -> bool:
    support = set(supporters_at_table(state, proposal))
    if not set(rule.required) <= support:
        return False
    if rule.rule == "unanimity":
        table = state.at_table()
        return len(table) >= 2 and set(table) <= support
    return len(support) >= (rule.quorum or 0)


def agreed_proposal(rule: Agreement, state: State) -> Proposal | None:
    """The proposal the table agreed on, or None."""
    passing = [p for p in state.proposals if qualifies(rule, state, p)]
    if not passing:
        return None
    return max(passing, key=lambda p: (len(supporters_at_table(state, p)), -p.id))


def can_still_agree(rule: Agreement, state: State) -> bool:
    """False once the table can no longer reach an agreement (after someone walked away):
    a required actor left, or fewer actors remain than the rule needs."""
    if any(state.status.get(a) == "walked_away" for a in rule.required):
        return False
    needed = 2 if rule.rule == "unanimity" else max(rule.quorum or 0, 2)
    return len(state.at_table()) >= needed
