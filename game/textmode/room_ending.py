"""The end of a room game in the terminal, from the room's own `debrief` message: how it
ended, the agreed package, your points against your BATNA, the table's integration index and
whether value was left on the table, and what stood out in how you played.

The local game reads the whole debrief (`ending.py`); a seat in a room is sent only its own
figures, so this says only those, in the local game's words where they are the same.
"""

from __future__ import annotations

from game.debrief.words import ratio
from game.engine import PublicView
from game.net.protocol import PlayerDebrief
from game.play.wording import package_lines
from game.scenario.points import shown
from game.text import t
from game.textmode.ending import END_KEYS


def room_ending_lines(debrief: PlayerDebrief, view: PublicView, lang: str) -> list[str]:
    """The lines a seat reads when its table's game is over."""
    lines = [t(END_KEYS[debrief.outcome], lang, round=debrief.round)]
    if debrief.package:
        lines.append(t("textmode.room.package", lang))
        lines.extend(package_lines(view, debrief.package, lang))
    lines.append(
        t(
            "textmode.room.own_points",
            lang,
            points=shown(debrief.own_points),
            batna=shown(debrief.own_batna),
            diff=shown(debrief.own_points - debrief.own_batna, sign=True),
        )
    )
    lines.append(t("debrief.integration", lang, index=ratio(debrief.integration_index, lang)))
    lines.append(
        t("web.debrief.pareto" if debrief.pareto_optimal else "web.debrief.not_pareto", lang)
    )
    if debrief.feedback:
        lines.append(t("web.debrief.feedback", lang) + ":")
        for line in debrief.feedback:
            label, text = line.label.get(lang, ""), line.text.get(lang, "")
            lines.append(f"  [{label}] {text}")
    return lines
