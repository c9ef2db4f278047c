"""The trainer's session script as a PDF: timed plan, seating, learning goals, the case's
sources and fiction note, debrief questions per phase and, per week, an observation grid
to print for each observer."""

from __future__ import annotations

from fpdf.fonts import FontFace
from fpdf.table import Row

from game.facilitation.pdf import FONT, MUTED, RULE, SHADE, KitPDF
from game.facilitation.plan import Block, Phase, clock
from game.facilitation.script import SessionScript
from game.facilitation.seating import Table
from game.facilitation.sources_pdf import print_sources
from game.text import t

HEAD = FontFace(emphasis="BOLD", fill_color=SHADE)
BOLD = FontFace(emphasis="BOLD")


def render_script(script: SessionScript, lang: str) -> KitPDF:
    pdf = KitPDF(
        t("facilitation.script.footer", lang, title=script.title), t("facilitation.page", lang)
    )
    pdf.set_title(script.title)
    pdf.set_creator("Omgevingstafel")
    pdf.add_page()
    pdf.start_section(t("facilitation.script.plan", lang))
    pdf.kicker(t("facilitation.script.kicker", lang))
    pdf.page_title(script.title, 24)
    seating = script.seating
    pdf.paragraph(
        t(
            "facilitation.script.subtitle",
            lang,
            minutes=script.plan.minutes,
            people=seating.people,
            roles=len(script.roles),
            weeks=script.plan.weeks,
        ),
        10.5,
        "B",
    )
    _plan(pdf, script, lang)
    _seating(pdf, script, lang)
    _goals(pdf, script, lang)
    _sources(pdf, script, lang)
    _debrief(pdf, script, lang)
    _observation(pdf, script, lang)
    return pdf


# --- the plan -------------------------------------------------------------------------


def _block_name(block: Block, lang: str) -> str:
    if block.kind == "week":
        return t("facilitation.block.week", lang, week=block.week)
    if block.kind == "debrief":
        return t("facilitation.block.debrief", lang, phase=_phase_name(block.phase, lang))
    names = {
        "intro": t("facilitation.block.intro", lang),
        "briefing": t("facilitation.block.briefing", lang),
        "break": t("facilitation.block.break", lang),
    }
    return names[block.kind]


def _phase_name(phase: Phase | None, lang: str) -> str:
    names = {
        "feelings": t("facilitation.phase.feelings", lang),
        "describe": t("facilitation.phase.describe", lang),
        "analyse": t("facilitation.phase.analyse", lang),
        "transfer": t("facilitation.phase.transfer", lang),
        "apply": t("facilitation.phase.apply", lang),
    }
    return names[phase] if phase else ""


def _block_task(block: Block, script: SessionScript, lang: str) -> str:
    weeks = script.plan.weeks
    if block.kind == "intro":
        return t("facilitation.task.intro", lang)
    if block.kind == "briefing":
        return t("facilitation.task.briefing", lang)
    if block.kind == "break":
        return t("facilitation.task.break", lang)
    if block.kind == "debrief":
        return t("facilitation.task.debrief", lang)
    lines = []
    if block.week == 1:
        lines.append(t("facilitation.task.first_week", lang, minutes=script.plan.minutes_per_week))
    if block.week == weeks:
        lines.append(t("facilitation.task.last_week", lang))
    for event in script.events.get(block.week or 0, ()):
        key = "facilitation.task.event_if" if event.conditional else "facilitation.task.event"
        text = t(key, lang, message=event.message)
        if event.to:
            text += " " + t("facilitation.task.event_to", lang, names=", ".join(event.to))
        lines.append(text)
    return "\n".join(lines)


def _plan(pdf: KitPDF, script: SessionScript, lang: str) -> None:
    pdf.heading(t("facilitation.script.plan", lang))
    pdf.set_font(FONT, size=8.5)
    with pdf.table(
        col_widths=(22, 40, 12, 100),
        v_align="TOP",
        text_align=("LEFT", "LEFT", "RIGHT", "LEFT"),
        line_height=3.9,
        headings_style=HEAD,
        borders_layout="HORIZONTAL_LINES",
        cell_fill_mode="NONE",
        padding=1.1,
    ) as table:
        head = table.row()
        for key in (
            "facilitation.script.col.time",
            "facilitation.script.col.part",
            "facilitation.script.col.minutes",
            "facilitation.script.col.task",
        ):
            head.cell(t(key, lang))
        for block in script.plan.blocks:
            row = table.row()
            row.cell(f"{clock(block.start)}–{clock(block.end)}")
            row.cell(_block_name(block, lang), style=BOLD)
            row.cell(str(block.minutes))
            row.cell(_block_task(block, script, lang))
        end = script.plan.blocks[-1].end
        row = table.row()
        row.cell(clock(end), style=BOLD)
        row.cell(t("facilitation.block.end", lang), style=BOLD)
        row.cell(str(end), style=BOLD)
        row.cell("")


# --- seating --------------------------------------------------------------------------


def _people(people: tuple[int, ...], lang: str) -> str:
    if not people:
        return t("facilitation.seat.empty", lang)
    shown = " + ".join(str(p) for p in people)
    return t("facilitation.seat.duo", lang, people=shown) if len(people) > 1 else shown


def _seating(pdf: KitPDF, script: SessionScript, lang: str) -> None:
    seating = script.seating
    pdf.room_for(40 + 9 * len(seating.tables))  # the heading stays with the table
    pdf.start_section(t("facilitation.script.seating", lang))
    pdf.heading(t("facilitation.script.seating", lang))
    duos = sum(len(table.duos) for table in seating.tables)
    pdf.paragraph(
        t(
            "facilitation.seat.summary",
            lang,
            people=seating.people,
            tables=len(seating.tables),
            duos=duos,
            observers=seating.observers,
        ),
        9.5,
    )
    watchers = seating.observers > 0
    watch_width = 22 if watchers else 0
    role_width = (pdf.epw - 16 - watch_width) / len(script.roles)
    head_style = _head_fitting(pdf, script.roles, role_width - 2 * 1.1)
    pdf.set_font(FONT, size=8)
    widths = (16, *([role_width] * len(script.roles)), *([watch_width] if watchers else []))
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        line_height=3.7,
        headings_style=head_style,
        borders_layout="HORIZONTAL_LINES",
        cell_fill_mode="NONE",
        padding=1.1,
    ) as grid:
        head = grid.row()
        head.cell(t("facilitation.seat.table", lang))
        for name in script.roles:
            head.cell(name)
        if watchers:
            head.cell(t("facilitation.seat.observers", lang))
        for table in seating.tables:
            _table_row(grid.row(), table, watchers, lang)
    pdf.ln(1.5)
    copies = ", ".join(
        f"{name} × {count}"
        for name, count in zip(script.roles, seating.cards_per_role(), strict=True)
    )
    notes = [t("facilitation.seat.cards", lang, copies=copies)]
    if duos:
        notes.append(t("facilitation.seat.duo_rule", lang))
    if seating.observers:
        notes.append(t("facilitation.seat.observer_rule", lang))
    if any(table.empty_roles for table in seating.tables):
        notes.append(t("facilitation.seat.empty_rule", lang))
    pdf.bullets(notes, 9)


#: Sizes tried for the seating table's role names, largest first.
HEAD_SIZES = (7.0, 6.5, 6.0, 5.5, 5.0)


def _head_fitting(pdf: KitPDF, names: tuple[str, ...], width: float) -> FontFace:
    """The largest head size at which every word of every role name fits its column, so no
    name is split mid-word (six or seven roles leave narrow columns); else the smallest."""
    words = [word for name in names for word in name.split()]
    for size in HEAD_SIZES:
        pdf.set_font(FONT, "B", size)
        if all(pdf.get_string_width(word) <= width for word in words):
            break
    return FontFace(emphasis="BOLD", fill_color=SHADE, size_pt=size)


def _table_row(row: Row, table: Table, watchers: bool, lang: str) -> None:
    row.cell(str(table.number), style=BOLD)
    for people in table.roles:
        row.cell(_people(people, lang))
    if watchers:
        row.cell(", ".join(str(p) for p in table.observers) or "–")


# --- goals and questions --------------------------------------------------------------


def _goals(pdf: KitPDF, script: SessionScript, lang: str) -> None:
    if not script.goals:
        return
    pdf.heading(t("facilitation.script.goals", lang))
    for k, goal in enumerate(script.goals):
        pdf.paragraph(t("facilitation.script.goal", lang, number=k + 1, goal=goal), 9.5)


def _sources(pdf: KitPDF, script: SessionScript, lang: str) -> None:
    pdf.room_for(40)
    pdf.start_section(t("facilitation.sources.heading", lang))
    print_sources(pdf, script.sources, lang)


def _debrief(pdf: KitPDF, script: SessionScript, lang: str) -> None:
    pdf.room_for(40)
    pdf.start_section(t("facilitation.script.debrief", lang))
    pdf.heading(t("facilitation.script.debrief", lang))
    pdf.note(t("facilitation.script.debrief.note", lang))
    numbers = {goal: k + 1 for k, goal in enumerate(script.goals)}
    for block in script.plan.debrief_phases():
        phase = block.phase
        if phase is None:
            continue
        pdf.room_for(7 + 6 * len(script.questions[phase]))  # a phase is never split
        pdf.paragraph(
            t(
                "facilitation.script.phase",
                lang,
                phase=_phase_name(phase, lang).capitalize(),
                start=clock(block.start),
                end=clock(block.end),
                minutes=block.minutes,
            ),
            10,
            "B",
        )
        lines = []
        for question in script.questions[phase]:
            if question.goal is None:
                lines.append(question.text)
            else:
                tag = t("facilitation.script.goal_tag", lang, number=numbers[question.goal])
                lines.append(f"{question.text}  ({tag})")
        pdf.bullets(lines, 9.5)


# --- observation form -----------------------------------------------------------------


def _observation(pdf: KitPDF, script: SessionScript, lang: str) -> None:
    form = script.form
    pdf.add_page()
    pdf.start_section(t("facilitation.obs.kicker", lang))
    pdf.kicker(t("facilitation.obs.kicker", lang))
    pdf.page_title(t("facilitation.obs.title", lang), 18)
    pdf.note(t("facilitation.obs.how", lang))
    legend = []
    for behaviour in form.behaviours:
        line = f"{behaviour.label}: {behaviour.meaning}"
        if behaviour.goal:
            line += " " + t("facilitation.obs.goal", lang, goal=behaviour.goal)
        legend.append(line)
    pdf.bullets(legend, 8.5)
    for week in range(1, form.weeks + 1):
        _week_grid(pdf, script, week, lang)


def _week_grid(pdf: KitPDF, script: SessionScript, week: int, lang: str) -> None:
    form = script.form
    rows = len(form.actors)
    needed = 20 + 12 * (rows + 1) + 24
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, t("facilitation.obs.week", lang, week=week))
    pdf.set_font(FONT, size=8.5)
    pdf.set_text_color(*MUTED)
    pdf.set_x(pdf.l_margin)
    pdf.cell(0, 6, t("facilitation.obs.blanks", lang), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(7)
    name_width = 46
    width = (pdf.epw - name_width) / len(form.behaviours)
    pdf.set_font(FONT, size=8)
    with pdf.table(
        col_widths=(name_width, *([width] * len(form.behaviours))),
        text_align="LEFT",
        line_height=3.6,
        headings_style=HEAD,
        cell_fill_mode="NONE",
        padding=1.1,
        min_row_height=11,
    ) as grid:
        head = grid.row()
        head.cell(t("facilitation.obs.actor", lang))
        for behaviour in form.behaviours:
            head.cell(behaviour.label)
        for actor in form.actors:
            row = grid.row()
            row.cell(actor, style=BOLD)
            for _ in form.behaviours:
                row.cell("")
    pdf.ln(1.5)
    pdf.set_font(FONT, "B", 8.5)
    pdf.cell(0, 5, t("facilitation.obs.note", lang))
    pdf.ln(5)
    pdf.set_draw_color(*RULE)
    for _ in range(3):
        pdf.ln(6)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.ln(2)
