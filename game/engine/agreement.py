"""The agreement rule: which proposal, if any, the table has agreed on at the end of a round.

Only supporters still at the table count; the rule itself is `game.scenario.deal_rule`. When
several proposals qualify, the one with most supporters wins, then the earliest.
"""

from __future__ import annotations

from game.engine.state import Proposal, State
from game.scenario.deal_rule import deal_rule
from game.scenario.model import Agreement


def supporters_at_table(state: State, proposal: Proposal) -> list[str]:
    return [a for a in proposal.supporters if state.status.get(a) == "at_table"]


def qualifies(rule: Agreement, state: State, proposal: Proposal) -> bool:
    return deal_rule(rule).passes(proposal.supporters, state.at_table())


def precedence(supporters: int, proposal_id: int) -> tuple[int, int]:
    """Which of several qualifying proposals becomes the agreement: the highest of these
    (most supporters at the table, then the earliest proposal)."""
    return (supporters, -proposal_id)


def agreed_proposal(rule: Agreement, state: State) -> Proposal | None:
    """The proposal the table agreed on, or None."""
    passing = [p for p in state.proposals if qualifies(rule, state, p)]
    if not passing:
        return None
    return max(passing, key=lambda p: precedence(len(supporters_at_table(state, p)), p.id))


def can_still_agree(rule: Agreement, state: State) -> bool:
    """False once the table can no longer reach an agreement (after someone walked away):
    a required actor left, or fewer actors remain than the rule needs."""
    gone = [a for a, status in state.status.items() if status == "walked_away"]
    return deal_rule(rule).can_still_agree(state.at_table(), gone)
