"""The terminal's table of proposals: those with support at the table, the closest to a deal
first, each with its support against the agreement rule, your points and who it still lacks."""

from __future__ import annotations

from collections.abc import Mapping

from game.engine import PlayerView
from game.play.standing import agreed_first, by_closeness, lacking_names, standing
from game.play.wording import actor_name, package_points
from game.scenario.points import shown
from game.text import t
from game.textmode.grid import Grid, Group
from game.textmode.wrap import marker


def proposals_grid(view: PlayerView, lang: str, refusals: Mapping[int, str] | None = None) -> Grid:
    """The proposals with support at the table as a table, the closest to a deal first: who
    proposed it, its support against the agreement rule, your points, and who it lacks; under
    it, each one outside your mandate with the reason (a line of its own, so the table keeps
    its columns at 80 characters); a proposal with enough support is told to become the
    agreement at the end of the week (the engine decides then), not at once."""
    name = lambda actor: actor_name(view, actor, lang)  # noqa: E731
    rows = []
    backed = [p for p in by_closeness(view) if p.supporters_at_table]
    for proposal in backed:
        place = standing(view, proposal)
        points = package_points(view, proposal.package)
        rows.append(
            (
                str(proposal.id),
                name(proposal.proposer),
                f"{place.have}/{place.need}",
                shown(points),
                shown(points - view.batna, sign=True),
                lacking_names(place, name, lang) or t("table.matrix_enough", lang),
            )
        )
    notes = []
    first = agreed_first(view)
    if first is not None and view.outcome is None:  # the one the engine takes at week's end
        notes.append("  " + t("textmode.grid.enough", lang, id=first))
    outside = marker(t("textmode.screen.outside", lang))
    for proposal in backed:
        reason = (refusals or {}).get(proposal.id)
        if reason:
            notes.append(
                f"  {outside} " + t("textmode.grid.outside", lang, id=proposal.id) + reason
            )
    unbacked = len(view.proposals) - len(backed)
    if unbacked:
        notes.append("  " + t("textmode.screen.unbacked", lang, count=unbacked))
    headers = (
        t("textmode.grid.id", lang),
        t("textmode.grid.proposer", lang),
        t("textmode.grid.support", lang),
        t("textmode.grid.points", lang),
        t("textmode.grid.batna", lang),
        t("textmode.grid.lacking", lang),
    )
    return Grid(
        headers,
        [Group("", rows)],
        right=frozenset({0, 2, 3, 4}),
        whole=frozenset({0, 2, 3, 4}),
        notes=notes,
    )
