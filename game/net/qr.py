"""The web page's address as a QR code (segno): for the host's terminal and the dashboard.

A trainee scans it with a phone's camera and lands on the page with the room code in it.
"""

from __future__ import annotations

import io

import segno

#: Medium error correction: a code on a projector or a screen photographed at an angle.
ERROR = "m"
BORDER = 2


def qr_code(url: str) -> segno.QRCode:
    return segno.make(url, error=ERROR, micro=False)


def terminal_lines(url: str, encoding: str | None = "utf-8") -> list[str]:
    """The QR code in Unicode half blocks (light modules drawn, for a dark terminal), or no
    lines when the terminal's `encoding` cannot write them."""
    out = io.StringIO()
    qr_code(url).terminal(out=out, compact=True, border=BORDER)
    lines = out.getvalue().splitlines()
    try:
        "\n".join(lines).encode(encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return []
    return lines


def modules(url: str) -> list[list[bool]]:
    """The QR code's modules, dark as True, with its quiet zone, row by row (for drawing)."""
    return [[bool(cell) for cell in row] for row in qr_code(url).matrix_iter(border=BORDER)]
