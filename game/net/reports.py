"""Each table's HTML debrief report, written from its saved record (game/scoring/report)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.engine import Game
from game.learning.journal import LearningJournal
from game.scenario.model import Scenario
from game.scoring.report import render_report


def report_name(code: str, table: int) -> str:
    return f"kamer-{code}-tafel-{table}.html"


def write_report(
    save: dict[str, Any],
    scenario: Scenario,
    folder: Path,
    code: str,
    table: int,
    lang: str,
    journal: LearningJournal | None = None,
) -> Path:
    """Replay the save on its scenario and write the report (with the players' reflection
    answers and guesses when there is a `journal`); SaveError or OSError if not."""
    game = Game.from_save(save, scenario)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / report_name(code, table)
    path.write_text(render_report(game, lang, journal), encoding="utf-8")
    return path
