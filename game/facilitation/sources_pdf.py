"""The case's sources and fiction note on the trainer's pages (script and answer page), so
a trainer can check a legal fact before relying on it in class."""

from __future__ import annotations

from game.facilitation.pdf import FONT, INK, MUTED, KitPDF
from game.scenario.sources import CaseSources
from game.text import t


def print_sources(pdf: KitPDF, sources: CaseSources, lang: str) -> None:
    """A heading, one bullet per source (its address on a line of its own) and the fiction
    note; a plain line when the case names no sources."""
    pdf.heading(t("facilitation.sources.heading", lang))
    if sources.lines:
        pdf.note(t("facilitation.sources.note", lang))
        pdf.bullets([line if url is None else f"{line}\n{url}" for line, url in sources.lines], 8.5)
    else:
        pdf.paragraph(t("facilitation.sources.none", lang), 9.5)
    if sources.fiction is not None:
        pdf.set_font(FONT, size=8.5)
        lines = pdf.multi_cell(0, 8.5 * 0.5, sources.fiction, dry_run=True, output="LINES")
        pdf.room_for(10 + 4.25 * len(lines))  # the note is never split over two pages
        pdf.ln(1)
        pdf.set_text_color(*MUTED)
        pdf.paragraph(t("facilitation.sources.fiction", lang), 9, "B")
        pdf.set_text_color(*INK)
        pdf.paragraph(sources.fiction, 8.5)
