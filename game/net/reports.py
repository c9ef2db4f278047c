"""Each table's HTML debrief report, written from its saved record (game/debrief/report)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from game.debrief.report import render_report
from game.engine import Game
from game.learning.journal import LearningJournal, Moment
from game.net.notes import RatingEntry
from game.scenario.model import Scenario


def report_name(code: str, table: int) -> str:
    return f"kamer-{code}-tafel-{table}.html"


def write_report(
    save: dict[str, Any],
    scenario: Scenario,
    folder: Path,
    code: str,
    table: int,
    lang: str,
    ratings: Sequence[RatingEntry] = (),
    journal: LearningJournal | None = None,
) -> Path:
    """Replay the save on its scenario and write the report; SaveError or OSError if not.
    The table's players' self-assessments (`ratings`) give each one's own shift in it; the
    room's `journal` adds their reflection answers and priority guesses."""
    game = Game.from_save(save, scenario)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / report_name(code, table)
    learned = ratings_journal(ratings, table, journal)
    path.write_text(render_report(game, lang, learned), encoding="utf-8")
    return path


def ratings_journal(
    ratings: Sequence[RatingEntry], table: int, journal: LearningJournal | None = None
) -> LearningJournal | None:
    """The self-assessments of the people who played at `table`, per person, added to a
    copy of `journal` (the room's answers and guesses) for the report (None when there is
    neither)."""
    mine = [r for r in ratings if r.table == table and r.actor is not None]
    if not mine:
        return journal
    journal = journal.model_copy(deep=True) if journal is not None else LearningJournal()
    for entry in mine:
        moment: Moment = "start" if entry.moment == "start" else "end"
        actor = entry.actor or ""
        journal.rate(actor, moment, entry.ratings, entry.skipped, entry.player)
    return journal
