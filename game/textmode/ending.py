"""The end of a game in words: how it ended, everyone's points against its BATNA, and the
integration index (the share of the available joint gain the table captured)."""

from __future__ import annotations

from game.engine import Game
from game.scenario.model import text_in
from game.scoring.analysis import analyse_table
from game.scoring.scores import score_outcome
from game.text import t
from game.textmode.screen import package_lines


def integration_index(game: Game) -> float:
    """The integration index of the outcome, computed exactly over the table as it ended."""
    outcome = game.outcome
    package = outcome.package if outcome is not None and outcome.kind == "agreement" else None
    analysis = analyse_table(game.table_data(), game.scenario.agreement)
    return score_outcome(analysis, package).integration_index


def outcome_lines(game: Game, lang: str) -> list[str]:
    outcome = game.outcome
    if outcome is None:
        return []
    view = game.public_view()
    lines = [t(f"textmode.end.{outcome.kind}", lang, round=outcome.round)]
    if outcome.kind == "agreement" and outcome.package is not None:
        lines.append(t("textmode.end.package", lang, proposal=outcome.proposal))
        lines.extend(package_lines(view, outcome.package, lang))
    lines.append(t("textmode.end.points_title", lang))
    final = game.final_points()
    batna = game.table_data().batna
    for actor, points in final.items():
        name = text_in(game.scenario.actor(actor).name, lang)
        lines.append(
            "  "
            + t(
                "textmode.end.points",
                lang,
                name=name,
                points=f"{points:g}",
                batna=f"{batna[actor]:g}",
                diff=f"{points - batna[actor]:+g}",
            )
        )
    lines.append(t("textmode.end.integration", lang, index=f"{integration_index(game):.0%}"))
    return lines
