"""The end of a game in words: how it ended, everyone's points against its BATNA and game
score, and the integration index (the share of the available joint gain the table captured).

The numbers come from game/scoring's debrief, computed exactly over the table as it ended.
"""

from __future__ import annotations

from game.engine import Game
from game.play.wording import package_lines
from game.scenario.model import text_in
from game.scenario.points import shown
from game.scoring.debrief import debrief_game
from game.text import t


def outcome_lines(game: Game, lang: str) -> list[str]:
    outcome = game.outcome
    if outcome is None:
        return []
    view = game.public_view()
    lines = [t(f"textmode.end.{outcome.kind}", lang, round=outcome.round)]
    if outcome.kind == "agreement" and outcome.package is not None:
        lines.append(t("textmode.end.package", lang, proposal=outcome.proposal))
        lines.extend(package_lines(view, outcome.package, lang))
    debrief = debrief_game(game)
    scores = debrief.scores
    batna = debrief.analysis.batna
    lines.append(t("textmode.end.points_title", lang))
    for actor, points in game.final_points().items():
        score = scores.actors.get(actor)
        lines.append(
            "  "
            + t(
                "textmode.end.points",
                lang,
                name=text_in(game.scenario.actor(actor).name, lang),
                points=shown(points),
                batna=shown(batna[actor]),
                diff=shown(points - batna[actor], sign=True),
                score=f"{score.game:.0%}" if score is not None else "—",
            )
        )
    lines.append(t("textmode.end.integration", lang, index=f"{scores.integration_index:.0%}"))
    if scores.deal:
        key = "textmode.end.pareto" if scores.pareto_optimal else "textmode.end.not_pareto"
        lines.append(t(key, lang, left=shown(scores.left_on_table)))
    return lines
