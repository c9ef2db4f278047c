"""What a bot reads from the log of its view: the table's latest change, the steps it will not
go back on, the proposal its move answers, and how much each issue can move its points.
"""

from __future__ import annotations

import numpy as np

from game.agents.own_table import OwnTable
from game.engine import (
    PlayerView,
)
from game.engine.views import ProposalView

#: Log lines after which a bot may go back on what it proposed before: the table changed.
CHANGES = frozenset({"event", "effect", "consultation", "advice", "actor_joined", "option_added"})


def last_change(view: PlayerView) -> int:
    """The round of the latest change to the table this actor saw (an event, its own
    consultation, advice, an actor or option added), 0 when none."""
    for line in reversed(view.log):
        if line.kind in CHANGES:
            return line.round
    return 0


def not_going_back(view: PlayerView, table: OwnTable) -> np.ndarray | None:
    """Packages that keep every step this actor took in its own proposals since the table
    last changed: on each issue where it moved from one option to another, the options it
    moved away from are left out (going back and forth between two packages tells the table
    nothing). None when it has not moved yet. Events fire at the start of a round, before
    anyone's turn, and an actor makes one move a round, so a proposal of the round of the
    last change or later came after it."""
    mine = [p for p in view.proposals if p.proposer == view.actor]
    if len(mine) < 2:
        return None
    since = last_change(view)
    mine = [p for p in mine if p.round >= since]
    if len(mine) < 2:
        return None
    latest = mine[-1].package
    keep: np.ndarray | None = None
    for k, issue in enumerate(table.issues):
        left = {p.package.get(issue) for p in mine[:-1]} - {latest.get(issue)}
        places = [j for j, option in enumerate(table.options[k]) if option in left]
        if places:
            out = np.isin(table.digits[:, k], places)
            keep = ~out if keep is None else keep & ~out
    return keep


def answered_proposal(view: PlayerView, others: list[ProposalView]) -> ProposalView | None:
    """The proposal a move of this actor answers: the newest one by someone else among
    `others` made since this actor's previous turn, or None when every such proposal was on
    the table then already (it answered those before).

    Read from the log: the actor's own action lines at its end are this turn's talk and
    answers; the action line of its before that is the end of its previous turn; a proposal
    is new when its first line (the proposal itself) comes after that."""
    log = view.log
    me = view.actor
    k = len(log) - 1
    while k >= 0 and log[k].actor == me and log[k].kind == "action":
        k -= 1
    while k >= 0 and not (log[k].actor == me and log[k].kind == "action"):
        k -= 1
    seen = set()  # proposals named in the log up to the end of its previous turn
    for line in log[: k + 1]:
        if line.kind == "action" and "proposal" in line.data:
            seen.add(line.data["proposal"])
    new = [p for p in others if p.proposer != me and p.id not in seen]
    return max(new, key=lambda p: p.id, default=None)


def issue_swings(view: PlayerView) -> dict[str, float]:
    """How much each issue can move this actor's points (its best minus its worst option)."""
    return {i: max(t.values()) - min(t.values()) for i, t in view.points.items() if t}
