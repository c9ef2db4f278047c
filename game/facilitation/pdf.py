"""The printed page shared by the role cards and the session script: A4, Noto Sans embedded
(so ë, é, „ ” and – print as written), a footer with the case title and the page number.

Only drawing lives here and in the `*_pdf` modules; what is printed comes from the pure
modules of this package.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from game.play.assets import ASSETS, font_file
from game.play.kinds import kind_colour

FONT = "Noto"
INK = (33, 37, 41)
MUTED = (96, 103, 110)
RULE = (200, 204, 208)
SHADE = (241, 243, 245)
CONFIDENTIAL = (255, 246, 214)
ALERT = (176, 42, 55)


class KitPDF(FPDF):
    """An A4 document in Noto Sans with `footer_text` and 'page n / total' on every page."""

    def __init__(self, footer_text: str, page_word: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_text = footer_text
        self.page_word = page_word
        for style, name in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font(FONT, style, str(font_file(name)))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_text_color(*INK)
        self.set_font(FONT, size=10)
        #: A kicker repeated at the top of every page a part runs on to after its first (so a
        #: loose page of the trainer's answers still says whose it is), from `running_from`.
        self.running_kicker: str | None = None
        self.running_from = 0

    def header(self) -> None:
        if self.running_kicker is not None and self.page_no() > self.running_from:
            self.kicker(self.running_kicker)

    def part_page(self, running: str | None) -> None:
        """A new page that starts a part with its own heading; any page the part runs on to
        repeats `running` at its top."""
        self.running_kicker = None
        self.add_page()
        self.running_kicker = running
        self.running_from = self.page_no()

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, self.footer_text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"{self.page_word} {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(*INK)

    # --- building blocks ------------------------------------------------------------------

    def page_title(self, text: str, size: float = 22, colour: tuple[int, int, int] = INK) -> None:
        self.set_font(FONT, "B", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.45, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.ln(1.5)

    def kicker(self, text: str) -> None:
        """A small grey line above or below a title: what kind of page this is."""
        self.set_font(FONT, "B", 8.5)
        self.set_text_color(*MUTED)
        self.cell(0, 5, text.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)

    def heading(self, text: str) -> None:
        self.room_for(18)
        self.ln(2.5)
        self.set_font(FONT, "B", 12)
        self.cell(0, 6.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())
        self.ln(1.8)

    def paragraph(self, text: str, size: float = 10, style: str = "") -> None:
        self.set_font(FONT, style, size)
        self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.2)

    def note(self, text: str) -> None:
        self.set_text_color(*MUTED)
        self.paragraph(text, 8.5, "I")
        self.set_text_color(*INK)

    def bullets(self, items: list[str], size: float = 10) -> None:
        self.set_font(FONT, size=size)
        for item in items:
            self.set_x(self.l_margin + 2)
            self.cell(4, size * 0.5, "•")
            self.multi_cell(self.epw - 6, size * 0.5, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.8)

    def shaded(self, text: str, fill: tuple[int, int, int], size: float = 10) -> None:
        """A paragraph on a tinted band (the confidential brief)."""
        self.set_font(FONT, size=size)
        self.set_fill_color(*fill)
        self.multi_cell(
            0,
            size * 0.5,
            text,
            fill=True,
            padding=(2.5, 3, 2.5, 3),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_fill_color(255, 255, 255)  # tables fill with the current colour
        self.ln(1.5)

    def band(self, kind: str) -> None:
        """The colour of an actor kind across the top of the page, its icon on the right."""
        self.set_fill_color(*kind_colour(kind))
        self.rect(0, 0, self.w, 7, style="F")
        self.set_fill_color(255, 255, 255)
        icon = icon_file(kind)
        if icon.is_file():
            self.image(str(icon), x=self.w - self.r_margin - 20, y=11, w=20, h=20)

    def writing_lines(self, heading: str, spacing: float = 8) -> None:
        """Ruled lines to write on, down to the bottom of the page, when 30 mm or more is left."""
        if self.page_break_trigger - self.get_y() < 30:
            return
        self.heading(heading)
        self.set_draw_color(*RULE)
        while self.get_y() + spacing <= self.page_break_trigger:
            self.ln(spacing)
            self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())

    def room_for(self, height: float) -> None:
        """A new page when less than `height` mm is left (a heading never ends a page)."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()


def icon_file(kind: str) -> Path:
    return ASSETS / "icons" / f"{kind}.png"


def number(value: float, lang: str) -> str:
    """Whole numbers as they are, others with one decimal; a decimal comma in Dutch."""
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def percent(value: float, lang: str) -> str:
    text = f"{100 * value:.0f}%" if (100 * value).is_integer() else f"{100 * value:.1f}%"
    return text.replace(".", ",") if lang == "nl" else text
