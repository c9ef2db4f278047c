"""The class board: every table of a room side by side, for the debrief with the whole class.

Built from the tables' games (live in the room server, or replayed from the results file by
`python -m game results`) with the observers' forms and the trainees' self-ratings, so the
dashboard, the projector page and the CSV show the same figures. Per table it keeps what the
debrief (game/scoring/debrief.py) says explains a result: the interests revealed and those
still hidden where value was left, the consultations, and for a table without a deal the
proposal that came closest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from statistics import fmean
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from game.engine import Game
from game.facilitation.observation import behaviours
from game.net.notes import ObservationEntry, RatingEntry
from game.net.results import table_result
from game.scenario.model import Scenario, text_in
from game.scoring.debrief import debrief_game


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Named(_Part):
    id: str
    name: str


class IssueInfo(_Part):
    id: str
    name: str
    options: dict[str, str]  # option id: label


class RevealInfo(_Part):
    actor: str
    interest: str
    text: str
    round: int


class HiddenInfo(_Part):
    actor: str
    interest: str
    text: str
    issues: list[str]


class Closest(_Part):
    """The proposal that came nearest to an agreement at a table without one."""

    id: int
    proposer: str
    round: int
    package: dict[str, str]
    supporters: int
    joint: float


class ObserverNote(_Part):
    observer: str
    week: int
    note: str


class BoardTable(_Part):
    table: int
    players: dict[str, str | None] = Field(default_factory=dict)
    over: bool
    outcome: str  # agreement | deadline | walkout | open
    round: int
    package: dict[str, str] | None = None
    best: dict[str, str] | None = None  # this table's best joint package
    integration_index: float | None = None
    points: dict[str, float] = Field(default_factory=dict)
    batna: dict[str, float] = Field(default_factory=dict)
    revealed: list[RevealInfo] = Field(default_factory=list)
    hidden: list[HiddenInfo] = Field(default_factory=list)
    consultations: dict[str, int] = Field(default_factory=dict)
    questions: int = 0
    closest: Closest | None = None
    observers: list[str] = Field(default_factory=list)
    tallies: dict[str, dict[str, int]] = Field(default_factory=dict)  # actor: behaviour: n
    notes: list[ObserverNote] = Field(default_factory=list)


class GoalShift(_Part):
    """The class's self-ratings on one learning goal: mean before → after over the people
    who rated both times (`n`), and how many rated at each moment."""

    goal: str
    text: str
    before: float | None
    after: float | None
    n: int
    n_before: int
    n_after: int


class ClassBoard(_Part):
    title: str
    lang: str
    issues: list[IssueInfo]
    actors: list[Named]
    behaviours: list[Named]
    tables: list[BoardTable]
    shifts: list[GoalShift] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClassBoard:
        return cls.model_validate(data)

    # --- figures the views share ---------------------------------------------------------
    def finished(self) -> list[BoardTable]:
        return [t for t in self.tables if t.over]

    def spread(self) -> tuple[float, float, float] | None:
        """(lowest, mean, highest) integration index over the finished tables."""
        values = [t.integration_index for t in self.finished() if t.integration_index is not None]
        if not values:
            return None
        return min(values), fmean(values), max(values)

    def agreements(self) -> tuple[int, int]:
        """(tables with an agreement, finished tables)."""
        done = self.finished()
        return sum(1 for t in done if t.outcome == "agreement"), len(done)

    def compared(self) -> tuple[BoardTable, BoardTable] | None:
        """The finished tables with the highest and the lowest integration index (for
        'why did table 2 reach more than table 4?'), when they differ."""
        done = [t for t in self.finished() if t.integration_index is not None]
        if len(done) < 2:
            return None
        high = max(done, key=lambda t: (t.integration_index or 0.0, -t.table))
        low = min(done, key=lambda t: (t.integration_index or 0.0, t.table))
        if high.table == low.table or high.integration_index == low.integration_index:
            return None
        return high, low

    def actor_name(self, actor: str) -> str:
        return next((a.name for a in self.actors if a.id == actor), actor)

    def option_label(self, issue: str, option: str) -> str:
        found = next((i for i in self.issues if i.id == issue), None)
        return found.options.get(option, option) if found else option


def class_board(
    scenario: Scenario,
    games: Sequence[tuple[int, Game]],
    observations: Iterable[ObservationEntry] = (),
    ratings: Iterable[RatingEntry] = (),
    lang: str = "nl",
    players: Mapping[int, Mapping[str, str | None]] | None = None,
) -> ClassBoard:
    """The board of the tables `games` (number, game) of one room."""
    forms = list(observations)
    tables = [
        _table(number, game, [f for f in forms if f.table == number], lang, players or {})
        for number, game in games
    ]
    issues = [
        IssueInfo(
            id=issue.id,
            name=text_in(issue.name, lang),
            options={o.id: text_in(o.label, lang) for o in issue.options},
        )
        for issue in scenario.issues
    ]
    # options events add at some table: named too
    for _number, game in games:
        for issue in game.public_view().issues:
            known = next((i for i in issues if i.id == issue.id), None)
            if known is None:
                continue
            for option in issue.options:
                known.options.setdefault(option.id, text_in(option.label, lang))
    return ClassBoard(
        title=text_in(scenario.title, lang),
        lang=lang,
        issues=issues,
        actors=[Named(id=a.id, name=text_in(a.name, lang)) for a in scenario.actors],
        behaviours=[Named(id=b.key, name=b.label) for b in behaviours(scenario, lang)],
        tables=tables,
        shifts=goal_shifts(scenario, ratings, lang),
    )


def _table(
    number: int,
    game: Game,
    forms: list[ObservationEntry],
    lang: str,
    players: Mapping[int, Mapping[str, str | None]],
) -> BoardTable:
    debrief = debrief_game(game)
    over = game.is_over()
    outcome = game.outcome
    analysis = debrief.analysis
    names = {a.id: a for a in game.scenario.actors}

    def interest_text(actor: str, interest: str) -> str:
        found = next((i for i in names[actor].interests if i.id == interest), None)
        return text_in(found.text, lang) if found is not None else interest

    tallies: dict[str, dict[str, int]] = {}
    for form in forms:
        for actor, seen in form.marks.items():
            row = tallies.setdefault(actor, {})
            for behaviour in seen:
                row[behaviour] = row.get(behaviour, 0) + 1
    actors = debrief.process.actors
    return BoardTable(
        table=number,
        players=dict(players.get(number, {})),
        over=over,
        outcome=outcome.kind if outcome is not None else "open",
        round=outcome.round if outcome is not None else game.round,
        package=debrief.package,
        best=dict(analysis.max_joint.package) if analysis.max_joint is not None else None,
        # as the results file and the CSV have it (game/net/results.py)
        integration_index=table_result(game).integration_index if over else None,
        points={a: round(p, 2) for a, p in game.final_points().items()},
        batna={a: round(b, 2) for a, b in analysis.batna.items()},
        revealed=[
            RevealInfo(
                actor=r.actor,
                interest=r.interest,
                text=interest_text(r.actor, r.interest),
                round=r.round,
            )
            for r in debrief.reveals
        ],
        hidden=[
            HiddenInfo(
                actor=h.actor,
                interest=h.interest.id,
                text=text_in(h.interest.text, lang),
                issues=list(h.issues),
            )
            for h in debrief.hidden
        ],
        consultations={a: p.consultations for a, p in actors.items() if p.consultations},
        questions=sum(p.questions_asked for p in actors.values()),
        closest=None if debrief.package is not None else closest_proposal(game),
        observers=sorted({f.observer for f in forms}),
        tallies=tallies,
        notes=[
            ObserverNote(observer=f.observer, week=f.week, note=f.note) for f in forms if f.note
        ],
    )


def closest_proposal(game: Game) -> Closest | None:
    """The proposal with the most support at the table (then the most joint points, then
    the latest): what a table without a deal came nearest to agreeing on."""
    best: tuple[tuple[int, float, int], Closest] | None = None
    at_table = list(game.table_data().actors)
    for proposal in game.public_view().proposals:
        try:
            joint = sum(game.points(actor, proposal.package) for actor in at_table)
        except Exception:  # a package an event made invalid: it counts without points
            joint = 0.0
        count = len(proposal.supporters_at_table)
        found = Closest(
            id=proposal.id,
            proposer=proposal.proposer,
            round=proposal.round,
            package=dict(proposal.package),
            supporters=count,
            joint=round(joint, 2),
        )
        key = (count, joint, proposal.id)
        if best is None or key > best[0]:
            best = (key, found)
    return best[1] if best is not None else None


def goal_shifts(scenario: Scenario, ratings: Iterable[RatingEntry], lang: str) -> list[GoalShift]:
    """Per learning goal: mean self-rating before → after over the people who gave both."""
    start: dict[tuple[int, str, str], dict[str, int]] = {}
    end: dict[tuple[int, str, str], dict[str, int]] = {}
    for entry in ratings:
        if entry.skipped:
            continue
        who = (entry.table, entry.actor or "", entry.player)
        (start if entry.moment == "start" else end)[who] = entry.ratings
    out = []
    for goal in scenario.learning_goals:
        befores = [r[goal.id] for r in start.values() if goal.id in r]
        afters = [r[goal.id] for r in end.values() if goal.id in r]
        pairs = [
            (start[who][goal.id], end[who][goal.id])
            for who in start
            if who in end and goal.id in start[who] and goal.id in end[who]
        ]
        out.append(
            GoalShift(
                goal=goal.id,
                text=text_in(goal.text, lang),
                before=round(fmean(b for b, _ in pairs), 2) if pairs else None,
                after=round(fmean(a for _, a in pairs), 2) if pairs else None,
                n=len(pairs),
                n_before=len(befores),
                n_after=len(afters),
            )
        )
    return out
