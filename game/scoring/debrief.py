"""Everything the debrief shows about one game, as plain values (the report and the window).

Choices written down here:

* The analysis uses the table as it stood at the end (options added and points changed by
  events, late actors included), with the scenario's agreement rule.
* A **hidden interest would have opened a better deal** only when revealing it could have
  changed what the table reached: nobody revealed the interest, the best joint package the
  table could still carry under the mandates as they stood at the end
  (`game.scoring.reachable`) gives more joint gain than the outcome, and on one of the
  issues the interest is about that package takes another option than the outcome (every
  issue counts as different without a deal). A better package no coalition could carry
  (outside a mandate, or below someone's BATNA) is no reason to blame a silence.
* The issue table's "best together" column is that same reachable best joint package.
* Per issue, an actor's **weight** is the spread of its points on that issue (best − worst
  option) as a share of its spreads over all issues: what the issue matters to it. Its
  **concession** is its best option's points minus the chosen option's. A trade shows as
  concessions on light issues in return for gains on heavy ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import Game, Outcome
from game.scenario.model import Interest
from game.scoring.analysis import Analysis, analyse_table, joint_units
from game.scoring.process import Reveal, process_figures, reveals
from game.scoring.reachable import Reach, reaches
from game.scoring.scores import ProcessFigures, Scores, score_outcome


@dataclass(frozen=True)
class HiddenInterest:
    actor: str
    interest: Interest
    issues: tuple[str, ...]  # the interest's issues where the reachable best package differs


@dataclass(frozen=True)
class IssueCell:
    chosen_points: float | None
    best_points: float
    weight: float

    @property
    def concession(self) -> float | None:
        return None if self.chosen_points is None else self.best_points - self.chosen_points


@dataclass(frozen=True)
class IssueRow:
    issue: str
    chosen: str | None
    max_joint: str | None  # the option of the best joint package reachable at the end
    actors: dict[str, IssueCell]


@dataclass(frozen=True)
class Debrief:
    outcome: Outcome | None
    package: dict[str, str] | None
    analysis: Analysis
    scores: Scores
    process: ProcessFigures
    reveals: tuple[Reveal, ...]
    hidden: tuple[HiddenInterest, ...]
    issues: tuple[IssueRow, ...]
    reach: dict[str, Reach]  # per mandate set of `reachable.MANDATE_SETS`
    gone: tuple[str, ...] = ()  # actors who walked away (they have their BATNA)

    @property
    def best_reachable(self) -> int | None:
        """Row of the best joint package possible under the mandates at the end."""
        return self.reach["final_mandates"].best_joint


def agreed_package(game: Game) -> dict[str, str] | None:
    outcome = game.outcome
    if outcome is None or outcome.kind != "agreement" or outcome.package is None:
        return None
    return dict(outcome.package)


def _issue_rows(
    analysis: Analysis, package: dict[str, str] | None, best_row: int | None
) -> tuple[IssueRow, ...]:
    space = analysis.space
    spreads = [table.max(axis=0) - table.min(axis=0) for table in space.issue_tables]
    totals = sum(spreads)
    rows = []
    for k, issue in enumerate(space.issue_ids):
        table = space.issue_tables[k]
        chosen = package[issue] if package is not None else None
        row = space.option_ids[k].index(chosen) if chosen is not None else None
        cells = {}
        for n, actor in enumerate(space.actor_ids):
            total = float(totals[n])
            cells[actor] = IssueCell(
                chosen_points=None if row is None else float(table[row, n]),
                best_points=float(table[:, n].max()),
                weight=float(spreads[k][n]) / total if total > 0 else 0.0,
            )
        best = space.package(best_row)[issue] if best_row is not None else None
        rows.append(IssueRow(issue, chosen, best, cells))
    return tuple(rows)


def outcome_joint_units(
    analysis: Analysis, package: dict[str, str] | None, gone: tuple[str, ...]
) -> int:
    """The outcome's joint surplus in the space's units (0 without a deal; those who walked
    away have their BATNA)."""
    if package is None:
        return 0
    space = analysis.space
    units = space.units[space.index_of(package)].copy()
    left = [k for k, a in enumerate(space.actor_ids) if a in gone]
    units[left] = space.batna_units[left]
    return joint_units(space, units)


def _hidden(
    game: Game,
    analysis: Analysis,
    best_row: int | None,
    package: dict[str, str] | None,
    gone: tuple[str, ...],
    shown: set,
) -> tuple[HiddenInterest, ...]:
    if best_row is None:
        return ()
    space = analysis.space
    if joint_units(space, space.units[best_row]) <= outcome_joint_units(analysis, package, gone):
        return ()
    best = space.package(best_row)
    out = []
    for actor_id in analysis.actors:
        for interest in game.scenario.actor(actor_id).interests:
            if (actor_id, interest.id) in shown:
                continue
            issues = tuple(
                i
                for i in interest.issues
                if i in best and (package is None or package[i] != best[i])
            )
            if issues:
                out.append(HiddenInterest(actor_id, interest, issues))
    return tuple(out)


def debrief_game(game: Game) -> Debrief:
    """The debrief of `game` on the table as it stood at the end."""
    analysis = analyse_table(game.table_data(), game.scenario.agreement)
    package = agreed_package(game)
    process = process_figures(game)
    gone = tuple(a for a in analysis.actors if game.status(a) == "walked_away")
    scores = score_outcome(analysis, package, process, game.scenario.weights, absent=gone)
    revealed = tuple(reveals(game))
    shown = {(r.actor, r.interest) for r in revealed}
    reach = reaches(game, analysis.space)
    best_row = reach["final_mandates"].best_joint
    return Debrief(
        outcome=game.outcome,
        package=package,
        analysis=analysis,
        scores=scores,
        process=process,
        reveals=revealed,
        hidden=_hidden(game, analysis, best_row, package, gone, shown),
        issues=_issue_rows(analysis, package, best_row),
        reach=reach,
        gone=gone,
    )
