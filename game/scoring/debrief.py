"""Everything the debrief shows about one game, as plain values (the report and the window).

Choices written down here:

* The analysis uses the table as it stood at the end (options added and points changed by
  events, late actors included), with the scenario's agreement rule.
* A **hidden interest would have opened a better deal** when the table did not capture all
  the joint gain (integration index < 1), nobody revealed the interest, and on one of the
  issues it is about the max-joint package takes another option than the outcome (every
  issue counts as different without a deal). Revealing it points the table at the issue
  where value was left.
* Per issue, an actor's **weight** is the spread of its points on that issue (best − worst
  option) as a share of its spreads over all issues: what the issue matters to it. Its
  **concession** is its best option's points minus the chosen option's. A trade shows as
  concessions on light issues in return for gains on heavy ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import Game, Outcome
from game.scenario.model import Interest
from game.scoring.analysis import Analysis, analyse_table
from game.scoring.process import Reveal, process_figures, reveals
from game.scoring.scores import ProcessFigures, Scores, score_outcome


@dataclass(frozen=True)
class HiddenInterest:
    actor: str
    interest: Interest
    issues: tuple[str, ...]  # the interest's issues where the max-joint package differs


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
    max_joint: str | None
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


def agreed_package(game: Game) -> dict[str, str] | None:
    outcome = game.outcome
    if outcome is None or outcome.kind != "agreement" or outcome.package is None:
        return None
    return dict(outcome.package)


def _issue_rows(analysis: Analysis, package: dict[str, str] | None) -> tuple[IssueRow, ...]:
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
        best = analysis.max_joint.package[issue] if analysis.max_joint is not None else None
        rows.append(IssueRow(issue, chosen, best, cells))
    return tuple(rows)


def _hidden(
    game: Game, analysis: Analysis, scores: Scores, package: dict[str, str] | None, shown: set
) -> tuple[HiddenInterest, ...]:
    if analysis.max_joint is None or scores.integration_index >= 1.0:
        return ()
    best = analysis.max_joint.package
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
    gone = [a for a in analysis.actors if game.status(a) == "walked_away"]
    scores = score_outcome(analysis, package, process, game.scenario.weights, absent=gone)
    revealed = tuple(reveals(game))
    shown = {(r.actor, r.interest) for r in revealed}
    return Debrief(
        outcome=game.outcome,
        package=package,
        analysis=analysis,
        scores=scores,
        process=process,
        reveals=revealed,
        hidden=_hidden(game, analysis, scores, package, shown),
        issues=_issue_rows(analysis, package),
    )
