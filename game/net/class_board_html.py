"""The class board as one self-contained HTML page for the projector, and as a CSV.

The page has no scripts, fonts or images from elsewhere: the styles are inline and the bars
are plain boxes, so it opens from a USB stick on the room's PC. Large type, high contrast.
"""

from __future__ import annotations

import csv
import io
from html import escape

from game.net.class_board import BoardTable, ClassBoard
from game.text import t

CSS = """
body { font-family: system-ui, sans-serif; font-size: 20px; margin: 1.5rem 2.5rem;
  color: #1b1b1b; background: #fff; }
h1 { font-size: 2.1rem; margin: 0 0 .3rem; } h2 { font-size: 1.5rem; margin: 2rem 0 .6rem;
  border-bottom: 3px solid #1d5c63; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #eef3f3; }
td.best { background: #d8f0dc; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.good { color: #1a6b2c; } .bad { color: #a3261b; } .muted { color: #666; }
.bar { background: #1d5c63; height: 1.1rem; display: inline-block; vertical-align: middle; }
.track { background: #e6e6e6; width: 16rem; display: inline-block; }
.why { display: flex; gap: 2rem; flex-wrap: wrap; }
.why > div { flex: 1 1 20rem; border: 1px solid #bbb; border-radius: 8px; padding: .2rem 1rem; }
.legend { font-size: .9rem; }
"""


def _num(value: float | None, lang: str, digits: int = 2) -> str:
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


def _points(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "nl" else text


OUTCOME_KEYS = {
    "agreement": "kit.board.outcome.agreement",
    "deadline": "kit.board.outcome.deadline",
    "walkout": "kit.board.outcome.walkout",
    "open": "kit.board.outcome.open",
}


def _outcome(table: BoardTable, lang: str) -> str:
    return t(OUTCOME_KEYS.get(table.outcome, "kit.board.outcome.open"), lang, round=table.round)


def render_board(board: ClassBoard) -> str:
    """The whole board as one HTML document in the board's language."""
    lang = board.lang
    title = t("kit.board.title", lang, title=board.title)
    body = [
        f"<header><h1>{escape(title)}</h1>"
        f'<p class="muted">{escape(t("kit.board.subtitle", lang, tables=len(board.tables)))}'
        "</p></header>",
        _spread(board),
        _choices(board),
        _points_table(board),
        _why(board),
        _tallies(board),
        _shifts(board),
    ]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        + "".join(body)
        + "</body></html>"
    )


def _section(key: str, title: str, inner: str) -> str:
    return f'<section id="{key}"><h2>{escape(title)}</h2>{inner}</section>'


def _spread(board: ClassBoard) -> str:
    lang = board.lang
    deals, done = board.agreements()
    spread = board.spread()
    lines = [f"<p>{escape(t('kit.board.agreements', lang, deals=deals, done=done))}</p>"]
    if spread is not None:
        low, mean, high = spread
        lines.append(
            "<p>"
            + escape(
                t(
                    "kit.board.spread",
                    lang,
                    low=_num(low, lang),
                    mean=_num(mean, lang),
                    high=_num(high, lang),
                )
            )
            + "</p>"
        )
    rows = []
    for table in board.tables:
        index = table.integration_index
        width = 0.0 if index is None else max(0.0, min(1.0, index)) * 16
        bar = f'<span class="track"><span class="bar" style="width:{width:.2f}rem"></span></span>'
        name = escape(t("kit.board.table", lang, table=table.table))
        rows.append(
            f'<tr data-table="{table.table}"><th>{name}'
            f"</th><td>{escape(_outcome(table, lang))}</td><td>{bar}</td>"
            f'<td class="num">{escape(_num(index, lang))}</td></tr>'
        )
    head = (
        f"<tr><th></th><th>{escape(t('kit.board.col.outcome', lang))}</th>"
        f"<th colspan=2>{escape(t('kit.board.col.index', lang))}</th></tr>"
    )
    lines.append(f"<table>{head}{''.join(rows)}</table>")
    return _section("spread", t("kit.board.section.spread", lang), "".join(lines))


def _choices(board: ClassBoard) -> str:
    lang = board.lang
    head = "<tr><th></th>" + "".join(f"<th>{escape(i.name)}</th>" for i in board.issues) + "</tr>"
    rows = []
    for table in board.tables:
        cells = []
        for issue in board.issues:
            chosen = (table.package or {}).get(issue.id)
            best = (table.best or {}).get(issue.id)
            if chosen is None:
                cells.append('<td class="muted">—</td>')
                continue
            mark = chosen == best
            label = escape(board.option_label(issue.id, chosen)) + (" ★" if mark else "")
            cells.append(
                f'<td class="best" data-best="1">{label}</td>' if mark else f"<td>{label}</td>"
            )
        rows.append(
            f'<tr data-table="{table.table}"><th>'
            f"{escape(t('kit.board.table', lang, table=table.table))}</th>{''.join(cells)}</tr>"
        )
    best_row = next((t_.best for t_ in board.tables if t_.best), None)
    if best_row:
        cells = "".join(
            f'<td class="best">{escape(board.option_label(i.id, best_row.get(i.id, "")))}</td>'
            for i in board.issues
        )
        rows.append(f"<tr><th>{escape(t('kit.board.best_row', lang))}</th>{cells}</tr>")
    legend = f'<p class="legend">{escape(t("kit.board.best_legend", lang))}</p>'
    inner = f"<table>{head}{''.join(rows)}</table>{legend}"
    return _section("choices", t("kit.board.section.choices", lang), inner)


def _points_table(board: ClassBoard) -> str:
    lang = board.lang
    head = (
        "<tr><th></th>"
        + "".join(
            f"<th>{escape(t('kit.board.table', lang, table=table.table))}</th>"
            for table in board.tables
        )
        + "</tr>"
    )
    rows = []
    for actor in board.actors:
        if not any(actor.id in table.points for table in board.tables):
            continue
        cells = []
        for table in board.tables:
            points = table.points.get(actor.id)
            batna = table.batna.get(actor.id)
            if points is None or batna is None or not table.over:
                cells.append('<td class="muted">—</td>')
                continue
            diff = points - batna
            tone = "good" if diff > 0 else "bad" if diff < 0 else "muted"
            sign = "+" if diff > 0 else ""
            text = t(
                "kit.board.points_cell",
                lang,
                points=_points(points, lang),
                batna=_points(batna, lang),
                diff=sign + _points(round(diff, 2), lang),
            )
            cells.append(f'<td class="num {tone}">{escape(text)}</td>')
        head_cell = f"<th>{escape(actor.name)}</th>"
        rows.append(f'<tr data-actor="{escape(actor.id)}">{head_cell}{"".join(cells)}</tr>')
    legend = f'<p class="legend">{escape(t("kit.board.points_legend", lang))}</p>'
    inner = f"<table>{head}{''.join(rows)}</table>{legend}"
    return _section("points", t("kit.board.section.points", lang), inner)


def table_facts(board: ClassBoard, table: BoardTable) -> list[str]:
    """What a table's debrief says about its result, one line each (the page and the
    dashboard show the same lines)."""
    lang = board.lang
    lines = [
        t(
            "kit.board.fact.result",
            lang,
            outcome=_outcome(table, lang),
            index=_num(table.integration_index, lang),
        )
    ]
    if table.revealed:
        counts: dict[str, int] = {}
        for reveal in table.revealed:
            counts[reveal.actor] = counts.get(reveal.actor, 0) + 1
        who = ", ".join(f"{board.actor_name(a)} {n}" for a, n in counts.items())
        lines.append(t("kit.board.fact.revealed", lang, count=len(table.revealed), which=who))
    else:
        lines.append(t("kit.board.fact.none_revealed", lang))
    consulted = sum(table.consultations.values())
    lines.append(t("kit.board.fact.consulted", lang, count=consulted, questions=table.questions))
    if table.hidden:
        issues_of: dict[str, list[str]] = {}
        for hidden in table.hidden:
            kept = issues_of.setdefault(hidden.actor, [])
            kept.extend(i for i in hidden.issues if i not in kept)
        which = "; ".join(
            f"{board.actor_name(a)} ({', '.join(_issue_name(board, i) for i in issues)})"
            for a, issues in issues_of.items()
        )
        lines.append(t("kit.board.fact.hidden", lang, count=len(table.hidden), which=which))
    if table.closest is not None and table.over:
        close = table.closest
        package = ", ".join(
            f"{_issue_name(board, k)}: {board.option_label(k, v)}" for k, v in close.package.items()
        )
        lines.append(
            t(
                "kit.board.fact.closest",
                lang,
                id=close.id,
                proposer=board.actor_name(close.proposer),
                supporters=close.supporters,
                package=package,
            )
        )
    elif table.over and table.package is None:
        lines.append(t("kit.board.fact.no_proposal", lang))
    return lines


def _issue_name(board: ClassBoard, issue: str) -> str:
    return next((i.name for i in board.issues if i.id == issue), issue)


def why_lines(board: ClassBoard) -> tuple[str, list[str], list[str]] | None:
    """The question and, for the highest and the lowest table, their facts."""
    pair = board.compared()
    if pair is None:
        return None
    high, low = pair
    question = t("kit.board.why", board.lang, high=high.table, low=low.table)
    return question, table_facts(board, high), table_facts(board, low)


def _why(board: ClassBoard) -> str:
    lang = board.lang
    parts = []
    found = why_lines(board)
    if found is not None:
        question, high, low = found
        pair = board.compared()
        assert pair is not None
        columns = "".join(
            f"<div><h3>{escape(t('kit.board.table', lang, table=table.table))}</h3><ul>"
            + "".join(f"<li>{escape(line)}</li>" for line in lines)
            + "</ul></div>"
            for table, lines in zip(pair, (high, low), strict=True)
        )
        parts.append(f"<h3>{escape(question)}</h3><div class='why'>{columns}</div>")
    else:
        parts.append(f"<p>{escape(t('kit.board.why_none', lang))}</p>")
    per_table = "".join(
        f"<h3>{escape(t('kit.board.table', lang, table=table.table))}</h3><ul>"
        + "".join(f"<li>{escape(line)}</li>" for line in table_facts(board, table))
        + "</ul>"
        for table in board.tables
    )
    summary = escape(t("kit.board.every_table", lang))
    parts.append(f"<details><summary>{summary}</summary>{per_table}</details>")
    return _section("why", t("kit.board.section.why", lang), "".join(parts))


def _tallies(board: ClassBoard) -> str:
    lang = board.lang
    parts = []
    for table in board.tables:
        if not table.observers:
            continue
        head = (
            "<tr><th></th>"
            + "".join(f"<th>{escape(b.name)}</th>" for b in board.behaviours)
            + "</tr>"
        )
        rows = []
        for actor in board.actors:
            counts = table.tallies.get(actor.id, {})
            if actor.id not in table.points and not counts:
                continue
            cells = "".join(f'<td class="num">{counts.get(b.id, 0)}</td>' for b in board.behaviours)
            rows.append(
                f'<tr data-actor="{escape(actor.id)}"><th>{escape(actor.name)}</th>{cells}</tr>'
            )
        who = ", ".join(table.observers)
        notes = "".join(
            "<li>"
            + escape(t("kit.board.note", lang, week=n.week, observer=n.observer, note=n.note))
            + "</li>"
            for n in table.notes
        )
        parts.append(
            f'<div data-table="{table.table}"><h3>'
            f"{escape(t('kit.board.observed', lang, table=table.table, observers=who))}</h3>"
            f"<table>{head}{''.join(rows)}</table>"
            + (f"<ul>{notes}</ul>" if notes else "")
            + "</div>"
        )
    inner = "".join(parts) or f"<p>{escape(t('kit.board.no_observers', lang))}</p>"
    return _section("observations", t("kit.board.section.observations", lang), inner)


def _shifts(board: ClassBoard) -> str:
    lang = board.lang
    if not board.shifts:
        return _section(
            "shift",
            t("kit.board.section.shift", lang),
            f"<p>{escape(t('kit.board.no_goals', lang))}</p>",
        )
    head = (
        f"<tr><th>{escape(t('kit.board.col.goal', lang))}</th>"
        f"<th>{escape(t('kit.board.col.shift', lang))}</th>"
        f"<th>{escape(t('kit.board.col.n', lang))}</th></tr>"
    )
    rows = []
    for shift in board.shifts:
        text = shift_text(shift.before, shift.after, lang)
        count = t("kit.board.counts", lang, n=shift.n, before=shift.n_before, after=shift.n_after)
        rows.append(
            f'<tr data-goal="{escape(shift.goal)}"><td>{escape(shift.text)}</td>'
            f'<td class="num">{escape(text)}</td><td>{escape(count)}</td></tr>'
        )
    legend = f'<p class="legend">{escape(t("kit.board.shift_legend", lang))}</p>'
    return _section(
        "shift", t("kit.board.section.shift", lang), f"<table>{head}{''.join(rows)}</table>{legend}"
    )


def shift_text(before: float | None, after: float | None, lang: str) -> str:
    if before is None or after is None:
        return "—"
    return f"{_num(before, lang, 1)} → {_num(after, lang, 1)}"


BOARD_CSV_FIELDS = ("section", "table", "subject", "item", "value", "reference")


def board_csv(board: ClassBoard) -> str:
    """The board's figures as one long CSV: a row per choice, per party's points, per
    table's index, per observed behaviour and per goal's shift."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(BOARD_CSV_FIELDS)
    for table in board.tables:
        index = "" if table.integration_index is None else table.integration_index
        writer.writerow(["result", table.table, table.outcome, table.round, index, ""])
        for issue in board.issues:
            chosen = (table.package or {}).get(issue.id)
            if chosen is not None:
                best = (table.best or {}).get(issue.id) == chosen
                writer.writerow(
                    [
                        "choice",
                        table.table,
                        issue.id,
                        chosen,
                        int(best),
                        (table.best or {}).get(issue.id, ""),
                    ]
                )
        if table.over:
            for actor, points in table.points.items():
                writer.writerow(
                    ["points", table.table, actor, "", points, table.batna.get(actor, "")]
                )
        for actor, counts in table.tallies.items():
            for behaviour, count in counts.items():
                writer.writerow(
                    ["observed", table.table, actor, behaviour, count, len(table.observers)]
                )
    for shift in board.shifts:
        before = "" if shift.before is None else shift.before
        after = "" if shift.after is None else shift.after
        writer.writerow(["shift", "", shift.goal, before, after, shift.n])
    return out.getvalue()
