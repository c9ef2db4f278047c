"""How well the players read each other: priority guesses against the true weights.

An actor's **true priority** is the issue with the largest spread of its points (best option
minus worst option): the issue where the choice matters most to it — the same weight the
debrief's issue table shows. Ties count: a guess naming any of the tied issues is right.
A guess's **rank** is where the guessed issue stands in that actor's own order (1 = its top
issue), so a near miss shows as 2 and a wild one as the last place.

>>> from game.learning.journal import GuessSheet
>>> points = {"a": {"geld": {"x": 0, "y": 9}, "tijd": {"x": 1, "y": 2}}}
>>> sheet = GuessSheet(guesser="b", moment="start", picks={"a": "geld"})
>>> accuracy([sheet], points)["b"].start.hits
1
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from game.learning.journal import GuessSheet, LearningJournal, Moment
from game.scenario.model import Scenario
from game.scenario.space import TableData
from game.text import t

#: Spreads closer than this count as equal (a tie for the top issue).
TIE = 1e-9

Points = Mapping[str, Mapping[str, Mapping[str, float]]]  # actor → issue → option → points


def points_of(source: Scenario | TableData | Points) -> Points:
    """The point tables of every actor: from a scenario (as it opens, late actors included),
    a table at one moment (game.table_data()), or the tables themselves."""
    if isinstance(source, Scenario):
        return {a.id: a.points for a in source.all_actors()}
    if isinstance(source, TableData):
        return source.points
    return source


def issue_spreads(points: Points) -> dict[str, dict[str, float]]:
    """Per actor, per issue: best option's points minus worst option's."""
    return {
        actor: {issue: max(o.values()) - min(o.values()) for issue, o in table.items() if o}
        for actor, table in points.items()
    }


def top_issues(source: Scenario | TableData | Points) -> dict[str, tuple[str, ...]]:
    """Per actor, the issue(s) it cares most about (several when they tie)."""
    out = {}
    for actor, spreads in issue_spreads(points_of(source)).items():
        if not spreads:
            continue
        best = max(spreads.values())
        out[actor] = tuple(i for i, s in spreads.items() if s >= best - TIE)
    return out


def issue_rank(spreads: Mapping[str, float], issue: str) -> int:
    """1 + the number of issues that weigh clearly more than `issue`."""
    mine = spreads[issue]
    return 1 + sum(1 for s in spreads.values() if s > mine + TIE)


@dataclass(frozen=True)
class GuessResult:
    about: str
    guessed: str
    truth: tuple[str, ...]
    rank: int
    issues: int  # how many issues the actor has (the worst possible rank)

    @property
    def right(self) -> bool:
        return self.rank == 1


@dataclass(frozen=True)
class SheetAccuracy:
    """One player's guesses at one moment, each held against the truth."""

    guesser: str
    moment: Moment
    results: tuple[GuessResult, ...]
    skipped: bool

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def hits(self) -> int:
        return sum(1 for r in self.results if r.right)

    @property
    def share(self) -> float | None:
        """Right guesses as a share of the guesses made; None without any guess."""
        return self.hits / self.total if self.total else None

    @property
    def mean_rank(self) -> float | None:
        return sum(r.rank for r in self.results) / self.total if self.total else None

    def result(self, about: str) -> GuessResult | None:
        return next((r for r in self.results if r.about == about), None)


@dataclass(frozen=True)
class GuessMove:
    """How one guess about one actor moved from the start to the end."""

    about: str
    start: GuessResult | None
    end: GuessResult | None

    @property
    def changed(self) -> bool:
        return (
            self.start is not None
            and self.end is not None
            and self.start.guessed != self.end.guessed
        )

    @property
    def improved(self) -> bool:
        return self.start is not None and self.end is not None and self.end.rank < self.start.rank

    @property
    def worsened(self) -> bool:
        return self.start is not None and self.end is not None and self.end.rank > self.start.rank


@dataclass(frozen=True)
class GuessAccuracy:
    """One player's guesses at the start and at the end, and how they moved between."""

    guesser: str
    start: SheetAccuracy | None
    end: SheetAccuracy | None

    @property
    def moves(self) -> tuple[GuessMove, ...]:
        if self.start is None or self.end is None:
            return ()
        about = [r.about for r in self.start.results]
        about += [r.about for r in self.end.results if r.about not in about]
        return tuple(GuessMove(a, self.start.result(a), self.end.result(a)) for a in about)

    @property
    def improved(self) -> int:
        return sum(1 for m in self.moves if m.improved)

    @property
    def worsened(self) -> int:
        return sum(1 for m in self.moves if m.worsened)

    @property
    def changed(self) -> int:
        return sum(1 for m in self.moves if m.changed)


def sheet_accuracy(sheet: GuessSheet, source: Scenario | TableData | Points) -> SheetAccuracy:
    """One sheet held against the truth; guesses about unknown actors or issues are left out."""
    spreads = issue_spreads(points_of(source))
    tops = top_issues(source)
    results = []
    for about, issue in sheet.guessed().items():
        own = spreads.get(about)
        if about == sheet.guesser or not own or issue not in own:
            continue
        results.append(GuessResult(about, issue, tops[about], issue_rank(own, issue), len(own)))
    return SheetAccuracy(sheet.guesser, sheet.moment, tuple(results), sheet.skipped)


def accuracy(
    guesses: LearningJournal | Iterable[GuessSheet], source: Scenario | TableData | Points
) -> dict[str, GuessAccuracy]:
    """Per guesser: its start and end sheets against the true priorities of `source` (for the
    debrief: the table as it ended, `game.table_data()`)."""
    sheets = guesses.guesses if isinstance(guesses, LearningJournal) else list(guesses)
    by_guesser: dict[str, dict[str, SheetAccuracy]] = {}
    for sheet in sheets:
        by_guesser.setdefault(sheet.guesser, {})[sheet.moment] = sheet_accuracy(sheet, source)
    return {
        guesser: GuessAccuracy(guesser, found.get("start"), found.get("end"))
        for guesser, found in by_guesser.items()
    }


def sheet_score(sheet: SheetAccuracy | None, lang: str) -> str:
    """How one sheet of guesses scored, in words: '2 of 4 right (mean rank 1.8)',
    'skipped' or 'no guess' (the terminal and the HTML report say it alike)."""
    if sheet is None:
        return t("learning.guess.none", lang)
    if sheet.total == 0:
        return t("learning.guess.skipped", lang)
    rank = f"{sheet.mean_rank:.1f}"
    return t(
        "learning.guess.score",
        lang,
        hits=sheet.hits,
        total=sheet.total,
        rank=rank.replace(".", ",") if lang == "nl" else rank,
    )
