"""The end of a game in words, read from the one debrief structure (game/debrief) so the
terminal says what the window and the report say: how it ended, everyone's points against its
BATNA and against the best package the table could reach together, the integration index with
its meaning, what was left on the table, why there was no deal (or a thin one), and, when it
was worked out, what another way of playing would have earned.
"""

from __future__ import annotations

from game.debrief import GameDebrief, build_debrief
from game.debrief import words as said
from game.engine import Game
from game.play.wording import package_lines
from game.text import t

END_KEYS = {
    "agreement": "textmode.end.agreement",
    "deadline": "textmode.end.deadline",
    "walkout": "textmode.end.walkout",
}


def outcome_lines(game: Game, lang: str, debrief: GameDebrief | None = None) -> list[str]:
    """The ending's lines; `debrief` when the caller built it (with its counterfactual)."""
    outcome = game.outcome
    if outcome is None:
        return []
    view = game.public_view()
    lines = [t(END_KEYS[outcome.kind], lang, round=outcome.round)]
    if outcome.kind == "agreement" and outcome.package is not None:
        lines.append(t("textmode.end.package", lang, proposal=outcome.proposal))
        lines.extend(package_lines(view, outcome.package, lang))
    found = debrief if debrief is not None else build_debrief(game)
    names = said.Names.of(game.scenario, lang)
    lines.append(t("debrief.points_title", lang))
    lines.extend("  " + said.own_line(found, names, actor) for actor in game.final_points())
    lines.append(said.integration_line(found, lang))
    lines.append(t("debrief.title.left", lang) + ":")
    lines.extend("  " + line for line in said.left_lines(found, names))
    lines.append(t("debrief.title.why", lang) + ":")
    lines.extend("  " + line for line in said.why_lines(found, names))
    if found.counterfactual is not None:
        lines.append(t("debrief.title.counterfactual", lang) + ":")
        lines.extend("  " + line for line in said.counterfactual_lines(found, names))
    return lines
