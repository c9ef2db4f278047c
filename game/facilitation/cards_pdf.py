"""The role cards as a PDF: the public sheet, one card per role, the trainer's answer page
(with the case's sources and fiction note).

Every role starts on a new page, so cards can be handed out page by page; the answer page
comes last, for the trainer only.
"""

from __future__ import annotations

from fpdf.fonts import FontFace

from game.facilitation.answers import Answers, PackageAnswer, answers
from game.facilitation.cards import PublicSheet, RoleCard, public_sheet, role_cards
from game.facilitation.pdf import (
    ALERT,
    CONFIDENTIAL,
    FONT,
    INK,
    MUTED,
    SHADE,
    KitPDF,
    number,
    percent,
)
from game.facilitation.sources_pdf import print_sources
from game.scenario.model import Scenario, text_in
from game.text import t

HEAD = FontFace(emphasis="BOLD", fill_color=SHADE)
BOLD = FontFace(emphasis="BOLD")
QUIET = FontFace(emphasis="ITALICS", color=MUTED)


def render_cards(scenario: Scenario, lang: str) -> KitPDF:
    """The whole set: public sheet, a card per role (late joiners too), the answer page."""
    title = text_in(scenario.title, lang)
    pdf = KitPDF(t("facilitation.cards.footer", lang, title=title), t("facilitation.page", lang))
    pdf.set_title(title)
    pdf.set_creator("Omgevingstafel")
    sheet = public_sheet(scenario, lang)
    pdf.add_page()
    pdf.start_section(t("facilitation.cards.public.kicker", lang))
    _public_page(pdf, sheet, lang, _fitting_scale(sheet, lang))
    kinds = {actor.id: actor.kind for actor in scenario.all_actors()}
    for card in role_cards(scenario, lang):
        pdf.part_page(_running(card, lang))
        pdf.start_section(card.name)
        _role_page(pdf, card, kinds[card.actor_id], lang)
    pdf.part_page(t("facilitation.answers.kicker", lang))
    pdf.start_section(t("facilitation.answers.title", lang))
    _answer_page(pdf, answers(scenario, lang), lang)
    return pdf


#: Text sizes tried, largest first, to keep the public sheet on one page.
SCALES = (1.0, 0.94, 0.88, 0.82)


def _fitting_scale(sheet: PublicSheet, lang: str) -> float:
    """The largest of SCALES at which the public sheet fits one page (else the smallest)."""
    for scale in SCALES:
        trial = KitPDF("", "")
        trial.add_page()
        _public_page(trial, sheet, lang, scale)
        if trial.pages_count == 1:
            return scale
    return SCALES[-1]


def _public_page(pdf: KitPDF, sheet: PublicSheet, lang: str, scale: float) -> None:
    """The situation for everyone; `scale` shrinks the body text to keep it on one page."""
    pdf.kicker(t("facilitation.cards.public.kicker", lang))
    pdf.page_title(sheet.title, 24)
    pdf.paragraph(sheet.summary, 9 * scale)
    pdf.paragraph(t("facilitation.cards.weeks", lang, weeks=sheet.weeks), 9 * scale, "B")
    pdf.paragraph(sheet.rule + ".", 9 * scale, "B")
    pdf.heading(t("facilitation.cards.issues", lang))
    pdf.set_font(FONT, size=8 * scale)
    with pdf.table(
        col_widths=(30, 62, 82),
        text_align=("LEFT", "LEFT", "LEFT"),
        line_height=3.6 * scale,
        first_row_as_headings=False,
        borders_layout="HORIZONTAL_LINES",
        cell_fill_mode="NONE",
        padding=1.2,
    ) as table:
        for issue in sheet.issues:
            row = table.row()
            row.cell(issue.name, style=BOLD)
            row.cell(issue.description, style=QUIET)
            row.cell("\n".join(f"• {option}" for option in issue.options))
    pdf.heading(t("facilitation.cards.parties", lang))
    for actor in sheet.actors:
        pdf.set_font(FONT, "B", 9 * scale)
        pdf.write(4.3 * scale, actor.name)
        pdf.set_font(FONT, "I", 8.5 * scale)
        pdf.set_text_color(*MUTED)
        pdf.write(4.3 * scale, f"  —  {actor.role}")
        pdf.set_text_color(*INK)
        pdf.ln(4.5 * scale)
        pdf.paragraph(actor.brief, 8.5 * scale)
        if actor.late:
            pdf.note(t("facilitation.cards.late", lang))


#: Room kept free on the right of a role's title for the icon of its kind (mm).
ICON_ROOM = 24


def _running(card: RoleCard, lang: str) -> str:
    """What a role's page that runs on says at its top: confidential, and whose."""
    return f"{t('facilitation.cards.role.kicker', lang)} — {card.name}"


def _role_head(pdf: KitPDF, kind: str, title: str, size: float, lang: str) -> None:
    """The kind's colour band and icon, the 'confidential' line and the title beside the icon."""
    pdf.band(kind)
    pdf.set_y(12)
    pdf.kicker(t("facilitation.cards.role.kicker", lang))
    pdf.set_right_margin(pdf.r_margin + ICON_ROOM)
    pdf.page_title(title, size)
    pdf.set_right_margin(pdf.r_margin - ICON_ROOM)


def _role_page(pdf: KitPDF, card: RoleCard, kind: str, lang: str) -> None:
    _role_head(pdf, kind, card.name, 30, lang)
    pdf.set_right_margin(pdf.r_margin + ICON_ROOM)
    pdf.set_text_color(*MUTED)
    pdf.paragraph(card.role, 12, "I")
    pdf.set_right_margin(pdf.r_margin - ICON_ROOM)
    pdf.set_text_color(*INK)
    pdf.set_y(max(pdf.get_y(), 33))
    if card.late:
        pdf.note(t("facilitation.cards.late", lang))
    pdf.heading(t("facilitation.cards.public_brief", lang))
    pdf.paragraph(card.public, 9.5)
    pdf.heading(t("facilitation.cards.confidential_brief", lang))
    pdf.shaded(card.confidential, CONFIDENTIAL, 9.5)
    if card.interests:
        pdf.heading(t("facilitation.cards.interests", lang))
        pdf.bullets(list(card.interests), 9.5)
    pdf.writing_lines(t("facilitation.cards.notes", lang))
    pdf.part_page(_running(card, lang))  # the figures on the back, printed double-sided
    _role_head(pdf, kind, t("facilitation.cards.figures", lang, name=card.name), 16, lang)
    pdf.set_y(max(pdf.get_y(), 33))
    _points_table(pdf, card, lang)
    pdf.heading(t("facilitation.cards.batna", lang))
    pdf.paragraph(t("facilitation.cards.batna.text", lang, batna=number(card.batna, lang)), 9.5)
    _consultations(pdf, card, lang)


def _points_table(pdf: KitPDF, card: RoleCard, lang: str) -> None:
    pdf.heading(t("facilitation.cards.points", lang))
    pdf.set_font(FONT, size=8.5)
    outside = FontFace(emphasis="BOLD", color=ALERT)
    with pdf.table(
        col_widths=(36, 92, 16, 30),
        v_align="TOP",
        text_align=("LEFT", "LEFT", "RIGHT", "LEFT"),
        line_height=4.1,
        headings_style=HEAD,
        borders_layout="HORIZONTAL_LINES",
        cell_fill_mode="NONE",
        padding=1.2,
    ) as table:
        head = table.row()
        for key in (
            "facilitation.cards.col.issue",
            "facilitation.cards.col.option",
            "facilitation.cards.col.points",
            "facilitation.cards.col.mandate",
        ):
            head.cell(t(key, lang))
        for issue in card.points:
            for k, row in enumerate(issue.rows):
                cells = table.row()
                if k == 0:
                    cells.cell(issue.issue, rowspan=len(issue.rows), style=BOLD)
                cells.cell(row.option)
                cells.cell(number(row.points, lang))
                if row.outside_mandate:
                    cells.cell(t("facilitation.cards.outside", lang), style=outside)
                else:
                    cells.cell("")
    best = sum(max(row.points for row in issue.rows) for issue in card.points)
    pdf.ln(1)
    pdf.note(t("facilitation.cards.points.note", lang, best=number(best, lang)))
    if card.min_score is not None:
        text = t("facilitation.cards.min_score", lang, points=number(card.min_score, lang))
        pdf.paragraph(text, 9.5, "B")


def _consultations(pdf: KitPDF, card: RoleCard, lang: str) -> None:
    pdf.heading(t("facilitation.cards.consult", lang))
    if not card.consultations:
        pdf.paragraph(t("facilitation.cards.consult.none", lang), 9.5)
        return
    pdf.note(t("facilitation.cards.consult.rule", lang))
    for consultation in card.consultations:
        pdf.paragraph(consultation.label, 9.5, "B")
        lines = [
            t("facilitation.cards.chance_no", lang, chance=percent(consultation.chance_no, lang))
        ]
        lines += [t("facilitation.cards.widens", lang, option=o) for o in consultation.widens]
        if consultation.min_score is not None:
            points = number(consultation.min_score, lang)
            lines.append(t("facilitation.cards.widens.min_score", lang, points=points))
        pdf.bullets(lines, 9.5)


def _answer_page(pdf: KitPDF, found: Answers, lang: str) -> None:
    pdf.kicker(t("facilitation.answers.kicker", lang))
    pdf.page_title(t("facilitation.answers.title", lang), 20)
    share = percent(found.zopa_size / found.packages, lang) if found.packages else "0%"
    facts = [
        t("facilitation.answers.packages", lang, packages=found.packages),
        t("facilitation.answers.zopa", lang, size=found.zopa_size, share=share),
    ]
    if found.feasible_size is not None:
        facts.append(t("facilitation.answers.feasible", lang, size=found.feasible_size))
    batna = ", ".join(f"{name} {number(v, lang)}" for name, v in found.batna)
    facts.append(t("facilitation.answers.batna", lang, batna=batna))
    pdf.bullets(facts, 9.5)
    columns: list[tuple[str, PackageAnswer]] = []
    if found.max_joint is not None:
        columns.append((t("facilitation.answers.col.best", lang), found.max_joint))
    if found.nash is not None and not found.nash_is_max_joint:
        columns.append((t("facilitation.answers.col.nash", lang), found.nash))
    columns.append((t("facilitation.answers.col.compromise", lang), found.compromise))
    pdf.heading(t("facilitation.answers.packages.heading", lang))
    if found.max_joint is None:
        pdf.paragraph(t("facilitation.answers.no_zopa", lang), 9.5, "B")
    elif found.nash_is_max_joint:
        pdf.note(t("facilitation.answers.nash_same", lang))
    _comparison(pdf, columns, lang)
    pdf.note(t("facilitation.answers.compromise.note", lang))
    pdf.heading(t("facilitation.answers.hidden", lang))
    if not found.hidden:
        pdf.paragraph(t("facilitation.answers.hidden.none", lang), 9.5)
    for hidden in found.hidden:
        text = t(
            "facilitation.answers.hidden.issue", lang, issue=hidden.issue, option=hidden.option
        )
        pdf.paragraph(text, 9.5, "B")
        pdf.bullets([f"{name}: {interest}" for name, interest in hidden.interests], 9)
    print_sources(pdf, found.sources, lang)


def _comparison(pdf: KitPDF, columns: list[tuple[str, PackageAnswer]], lang: str) -> None:
    """The packages side by side: the option per issue, then each actor's points."""
    first = columns[0][1]
    wide = (pdf.epw - 44) / len(columns)
    pdf.set_font(FONT, size=8.5)
    with pdf.table(
        col_widths=(44, *([wide] * len(columns))),
        text_align="LEFT",
        line_height=3.9,
        headings_style=HEAD,
        borders_layout="HORIZONTAL_LINES",
        cell_fill_mode="NONE",
        padding=1.1,
    ) as table:
        head = table.row()
        head.cell("")
        for name, _package in columns:
            head.cell(name)
        for k, (issue, _option) in enumerate(first.options):
            row = table.row()
            row.cell(issue, style=BOLD)
            for _name, package in columns:
                row.cell(package.options[k][1])
        for k, (actor, _points) in enumerate(first.points):
            row = table.row()
            row.cell(actor, style=BOLD)
            for _name, package in columns:
                row.cell(number(package.points[k][1], lang))
        row = table.row()
        row.cell(t("facilitation.answers.row.surplus", lang), style=BOLD)
        for _name, package in columns:
            key = (
                "facilitation.answers.inside" if package.in_zopa else "facilitation.answers.outside"
            )
            row.cell(t(key, lang, surplus=number(package.joint_surplus, lang)), style=BOLD)
