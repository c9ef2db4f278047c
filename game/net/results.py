"""What each table reached, as figures the class debrief puts side by side (and as CSV).

The integration index and the other scores come from game/scoring on the table as it stood
at the end (events included), under the scenario's agreement rule.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from game.engine import Game
from game.scenario.points import shown
from game.scoring.analysis import analyse_table
from game.scoring.scores import score_outcome


@dataclass(frozen=True)
class TableResult:
    """The end of one table's game in numbers."""

    outcome: str
    round: int
    package: dict[str, str] | None
    integration_index: float
    pareto_optimal: bool
    nash_ratio: float
    fairness: float
    in_zopa: bool
    points: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> TableResult:
        return cls(**data)  # type: ignore[arg-type]


def table_result(game: Game) -> TableResult:
    """Score a finished game (an unfinished one counts as no deal)."""
    outcome = game.outcome
    package = None
    if outcome is not None and outcome.kind == "agreement" and outcome.package is not None:
        package = dict(outcome.package)
    analysis = analyse_table(game.table_data(), game.scenario.agreement)
    scores = score_outcome(analysis, package, weights=game.scenario.weights)
    return TableResult(
        outcome=outcome.kind if outcome is not None else "open",
        round=outcome.round if outcome is not None else game.round,
        package=package,
        integration_index=round(scores.integration_index, 4),
        pareto_optimal=scores.pareto_optimal,
        nash_ratio=round(scores.nash_ratio, 4),
        fairness=round(scores.fairness, 4),
        in_zopa=scores.in_zopa,
        points={actor: round(p, 2) for actor, p in game.final_points().items()},
    )


@dataclass(frozen=True)
class ResultRow:
    """One table of one session, flat, for the results list and the CSV export."""

    session: int
    code: str
    scenario: str
    started: str
    table: int
    outcome: str
    round: int | None
    integration_index: float | None
    pareto_optimal: bool | None
    nash_ratio: float | None
    fairness: float | None
    package: str
    points: str
    actions: int


CSV_FIELDS = tuple(ResultRow.__dataclass_fields__)


def csv_text(rows: Iterable[ResultRow]) -> str:
    """The rows as CSV (comma separated, a header line first)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for row in rows:
        writer.writerow([_cell(getattr(row, name)) for name in CSV_FIELDS])
    return out.getvalue()


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return value


def package_text(package: dict[str, str] | None) -> str:
    return ";".join(f"{issue}={option}" for issue, option in package.items()) if package else ""


def points_text(points: dict[str, float]) -> str:
    return ";".join(f"{actor}={shown(value)}" for actor, value in points.items())
