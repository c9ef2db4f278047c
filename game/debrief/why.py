"""Why a game ended without a deal, or with a thin one: the proposal that came closest, who
was missing from it and why, and the best package still open to those at the table.

Choices written down here:

* The **closest proposal** is the one with the most required actors among its supporters at
  the end, then the most supporters, then the latest. With an agreement it is the agreed
  proposal (a thin deal: those missing are who stayed out).
* An actor missing from it is **walked_away** when it left the table; else **outside_mandate**
  when the package lay outside its mandate as it stood at the end (it could not support it);
  else **below_batna** when it gave the actor less than its BATNA; else **no_support**.
* The **best open package** is the best joint package (largest summed gain over the BATNAs)
  that a coalition of actors still at the table, meeting the agreement rule with every
  required actor, could carry at the end: each member at or above its BATNA and inside its
  mandate. None when no such package exists (or a required actor walked away).
"""

from __future__ import annotations

import numpy as np

from game.debrief.model import ClosestProposal, Missing, PackageFigure, Why
from game.debrief.packages import package_figure
from game.engine import Game
from game.engine.views import ProposalView
from game.scenario.deal_rule import deal_rule
from game.scenario.lint_space import mandate_masks
from game.scoring.analysis import first_maximum
from game.scoring.debrief import Debrief
from game.scoring.reachable import final_rules


def _closest(game: Game) -> ClosestProposal | None:
    view = game.public_view()
    outcome = game.outcome
    rule = deal_rule(game.scenario.agreement)
    required = list(rule.required)
    proposals: list[ProposalView] = list(view.proposals)
    if not proposals:
        return None
    agreed = outcome.proposal if outcome is not None and outcome.kind == "agreement" else None
    at_table = set(game.at_table())

    def support(p: ProposalView) -> list[str]:
        return [a for a in p.supporters if a in at_table]

    def nearness(p: ProposalView) -> tuple[int, int, int, int]:
        backers = support(p)
        return (p.id == agreed, sum(a in backers for a in required), len(backers), p.id)

    best = max(proposals, key=nearness)
    backers = support(best)
    needed = rule.needed(at_table)
    return ClosestProposal(
        id=best.id,
        proposer=best.proposer,
        round=best.round,
        package=dict(best.package),
        supporters=tuple(backers),
        needed=needed,
        quorum_met=len(backers) >= needed,
        required_missing=tuple(a for a in required if a not in backers),
        agreed=best.id == agreed,
    )


def _missing(game: Game, debrief: Debrief, closest: ClosestProposal | None) -> tuple[Missing, ...]:
    if closest is None:
        return ()
    space = debrief.analysis.space
    row = space.index_of(closest.package)
    actors = space.actor_ids
    inside = mandate_masks(space, final_rules(game, actors))[row]
    points = space.units[row]
    out = []
    for k, actor in enumerate(actors):
        if actor in closest.supporters or game.status(actor) == "absent":
            continue
        if game.status(actor) == "walked_away":
            reason = "walked_away"
        elif not inside[k]:
            reason = "outside_mandate"
        elif points[k] < space.batna_units[k]:
            reason = "below_batna"
        else:
            reason = "no_support"
        out.append(
            Missing(
                actor=actor,
                reason=reason,
                points=float(points[k] / space.scale),
                batna=float(space.batna_units[k] / space.scale),
            )
        )
    return tuple(out)


def _best_open(game: Game, debrief: Debrief) -> PackageFigure | None:
    space = debrief.analysis.space
    actors = space.actor_ids
    rule = deal_rule(game.scenario.agreement)
    if any(game.status(actor) != "at_table" for actor in rule.required):
        return None
    here = [k for k, a in enumerate(actors) if game.status(a) == "at_table"]
    willing = (space.surplus_units >= 0) & mandate_masks(space, final_rules(game, actors))
    mask = rule.carried(willing[:, here], [actors[k] for k in here])
    rows = np.flatnonzero(mask)
    best = first_maximum(space.surplus_units[rows].sum(axis=1), rows)
    return None if best is None else package_figure(space, best)


def why(game: Game, debrief: Debrief) -> Why:
    closest = _closest(game)
    return Why(
        closest_proposal=closest,
        missing=_missing(game, debrief, closest),
        best_open_package=_best_open(game, debrief),
    )
