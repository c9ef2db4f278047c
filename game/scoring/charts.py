"""The debrief's charts as PNG bytes (matplotlib, no display needed, no pyplot state)."""

from __future__ import annotations

import io
import math

import numpy as np
from matplotlib.figure import Figure

from game.scoring.debrief import Debrief
from game.text import t

#: At most this many packages outside the ZOPA are drawn (a fixed, seeded sample).
MAX_BACKGROUND = 4000
#: At most this many ZOPA packages are drawn (a fixed, seeded sample; the frontier always).
MAX_ZOPA = 6000
DPI = 110
COLOURS = {
    "packages": "#c8c8c8",
    "zopa": "#9ecae1",
    "pareto": "#08519c",
    "nash": "#e6a800",
    "max_joint": "#2ca25f",
    "compromise": "#756bb1",
    "outcome": "#d7301f",
    "batna": "#555555",
}


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, bbox_inches="tight")
    return out.getvalue()


def _sample(rows: np.ndarray, limit: int) -> np.ndarray:
    if rows.size <= limit:
        return rows
    return np.sort(np.random.default_rng(0).choice(rows, size=limit, replace=False))


def points_bars(debrief: Debrief, names: dict[str, str], lang: str) -> bytes:
    """Per actor: BATNA, the outcome, and its points in the best package the table could
    reach together under the mandates at the end (one package for all, so the bars can be
    compared: each actor's own best could never be reached at once)."""
    analysis = debrief.analysis
    actors = list(analysis.actors)
    row = debrief.best_reachable
    together = (
        [0.0] * len(actors)
        if row is None
        else (analysis.space.units[row] / analysis.space.scale).tolist()
    )
    series = [
        ("batna", [analysis.batna[a] for a in actors]),
        ("outcome", [debrief.scores.actors[a].points for a in actors]),
        ("zopa", together),
    ]
    labels = {
        "batna": t("report.col.batna", lang),
        "outcome": t("report.legend.outcome", lang),
        "zopa": t("report.col.together", lang),
    }
    figure = Figure(figsize=(8.5, 0.55 * len(actors) + 1.2))
    axes = figure.add_subplot()
    y = np.arange(len(actors))
    height = 0.26
    for k, (key, values) in enumerate(series):
        axes.barh(y + (k - 1) * height, values, height, label=labels[key], color=COLOURS[key])
    axes.set_yticks(y, [names[a] for a in actors])
    axes.invert_yaxis()
    axes.set_xlabel(t("report.col.points", lang))
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), fontsize="small", ncols=3)
    axes.grid(axis="x", alpha=0.3)
    return _png(figure)


def frontier_panels(debrief: Debrief, names: dict[str, str], lang: str) -> bytes:
    """One panel per actor: its own gain against the joint gain, for every package drawn."""
    analysis = debrief.analysis
    space = analysis.space
    surplus = space.surplus
    joint = surplus.sum(axis=1)
    actors = list(analysis.actors)
    outside = _sample(np.flatnonzero(~analysis.zopa), MAX_BACKGROUND)
    inside = _sample(np.flatnonzero(analysis.zopa), MAX_ZOPA)
    marks = [
        ("nash", analysis.nash.index if analysis.nash else None, "*", 180),
        ("max_joint", analysis.max_joint.index if analysis.max_joint else None, "D", 70),
        ("compromise", analysis.compromise.index, "s", 60),
    ]
    outcome_row = space.index_of(debrief.package) if debrief.package is not None else None
    columns = min(3, len(actors))
    rows = math.ceil(len(actors) / columns)
    figure = Figure(figsize=(4.0 * columns, 3.4 * rows))
    for n, actor in enumerate(actors):
        axes = figure.add_subplot(rows, columns, n + 1)
        axes.scatter(
            surplus[outside, n],
            joint[outside],
            s=4,
            color=COLOURS["packages"],
            label=t("report.legend.packages", lang),
            rasterized=True,
        )
        axes.scatter(
            surplus[inside, n],
            joint[inside],
            s=6,
            color=COLOURS["zopa"],
            label=t("report.legend.zopa", lang),
            rasterized=True,
        )
        front = analysis.pareto
        axes.scatter(
            surplus[front, n],
            joint[front],
            s=14,
            color=COLOURS["pareto"],
            label=t("report.legend.pareto", lang),
        )
        for key, row, marker, size in marks:
            if row is not None:
                axes.scatter(
                    surplus[row, n],
                    joint[row],
                    s=size,
                    marker=marker,
                    color=COLOURS[key],
                    edgecolors="black",
                    linewidths=0.5,
                    label=t(f"report.legend.{key}", lang),
                    zorder=5,
                )
        if outcome_row is not None:
            x, y = surplus[outcome_row, n], joint[outcome_row]
        else:
            x, y = 0.0, 0.0
        axes.scatter(
            x,
            y,
            s=120,
            marker="X",
            color=COLOURS["outcome"],
            edgecolors="black",
            linewidths=0.6,
            label=t("report.legend.outcome", lang),
            zorder=6,
        )
        axes.axvline(0, color=COLOURS["batna"], linewidth=0.8, linestyle="--")
        axes.axhline(0, color=COLOURS["batna"], linewidth=0.8, linestyle="--")
        axes.set_title(names[actor], fontsize="medium")
        axes.set_xlabel(t("report.axis.own", lang, actor=names[actor]), fontsize="small")
        axes.set_ylabel(t("report.axis.joint", lang), fontsize="small")
        axes.grid(alpha=0.25)
        if n == 0:
            handles, labels = axes.get_legend_handles_labels()
    figure.legend(
        handles, labels, loc="lower center", ncols=4, fontsize="small", bbox_to_anchor=(0.5, -0.02)
    )
    figure.tight_layout(rect=(0, 0.06, 1, 1))
    return _png(figure)


def room_bars(labels: list[str], values: list[float], lang: str) -> bytes:
    """The integration index of every table in a room, side by side."""
    figure = Figure(figsize=(min(10.0, 1.2 + 0.6 * len(labels)), 2.8))
    axes = figure.add_subplot()
    axes.bar(labels, values, color=COLOURS["pareto"])
    axes.set_ylim(0, 1)
    axes.set_ylabel(t("report.integration", lang))
    axes.set_xlabel(t("report.room.col.table", lang))
    axes.grid(axis="y", alpha=0.3)
    return _png(figure)
