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
) -> Path:
    """Replay the save on its scenario and write the report; SaveError or OSError if not.
    The table's players' self-assessments (`ratings`) give each one's own shift in it."""
    game = Game.from_save(save, scenario)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / report_name(code, table)
    path.write_text(render_report(game, lang, ratings_journal(ratings, table)), encoding="utf-8")
    return path


def ratings_journal(ratings: Sequence[RatingEntry], table: int) -> LearningJournal | None:
    """The self-assessments of the people who played at `table`, per person, as a learning
    journal for the report (None when nobody there rated themself)."""
    mine = [r for r in ratings if r.table == table and r.actor is not None]
    if not mine:
        return None
    journal = LearningJournal()
    for entry in mine:
        moment: Moment = "start" if entry.moment == "start" else "end"
        actor = entry.actor or ""
        journal.rate(actor, moment, entry.ratings, entry.skipped, entry.player)
    return journal
