"""Lines cut to the terminal's width: words stay whole, a word breaks only when it is longer
than the line (except a file path, which stays whole on a line of its own so it can be
copied), and a continued line hangs under the text of its first line.

The words are divided by rich (`Text.wrap`); this module adds what a game screen needs on
top: the hanging indent of menu items and bullets, and `KEEP`, a space that never breaks, so
a marker such as "[buiten mandaat]" never ends up half on one line and half on the next (a
short bracketed marker, and an amount with its currency sign, are kept whole this way by
themselves).
"""

from __future__ import annotations

import io
import re
from functools import lru_cache

from rich.cells import cell_len
from rich.console import Console as RichConsole
from rich.text import Text

#: A space that joins two words for good ("[buiten mandaat]"); shown as an ordinary space.
KEEP = "\u00a0"
#: Stands in for KEEP while rich divides the words (rich breaks at every kind of space).
_HOLD = "\ue000"
#: What a continued line hangs under: the indent, then a bullet, a menu number or a marker.
_HANG = re.compile(r"^( *(?:(?:[·•*\-]|\d{1,4}|\[[^\]\n]{1,30}\]) +)?)")
#: A short marker in brackets, kept on one line: "[buiten mandaat]", "[kan nu niet]".
_MARKER = re.compile(r"\[[^\]\n]{1,30}\]")
#: An amount after its currency sign ("€ 9.000"): the two stay on one line.
_AMOUNT = re.compile(r"([€$£]) (?=\d)")
#: The fewest columns left for the words themselves; below this a line does not hang.
MIN_TEXT = 16
#: Narrower than this, a terminal is taken to be this wide (words still break when they must).
MIN_WIDTH = 20


def marker(label: str) -> str:
    """'[buiten mandaat]', kept whole on one line."""
    return f"[{label.replace(' ', KEEP)}]"


def wrap(text: str, width: int) -> list[str]:
    """`text` (which may hold line ends) as lines of at most `width` columns."""
    return [line.replace(KEEP, " ") for line in wrap_keeping(text, width)]


def wrap_keeping(text: str, width: int) -> list[str]:
    """As `wrap`, with the KEEP spaces still in (so a caller can find the markers)."""
    width = max(width, MIN_WIDTH)
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(_wrap_line(line.rstrip(), width))
    return lines


def _wrap_line(line: str, width: int) -> list[str]:
    if cell_len(line) <= width:
        return [line]
    hang = _hang(line, width)
    body = _MARKER.sub(lambda found: found.group(0).replace(" ", KEEP), line[len(hang) :])
    body = _AMOUNT.sub(lambda found: found.group(1) + KEEP, body).replace(KEEP, _HOLD)
    words = [piece.replace(_HOLD, KEEP) for piece in _pieces(body, width - cell_len(hang))]
    pad = " " * cell_len(hang)
    return [hang + words[0], *(pad + rest for rest in words[1:])]


def _pieces(body: str, room: int) -> list[str]:
    """`body` divided into lines of `room` columns, a too long file path on its own."""
    path = next((word for word in body.split() if _whole(word, room)), None)
    if path is None:
        return [
            str(piece).rstrip() for piece in Text(body).wrap(_measurer(), room, overflow="fold")
        ]
    before, _, after = body.partition(path)
    pieces = _pieces(before.strip(), room) if before.strip() else []
    pieces.append(path)
    if after.strip():
        pieces.extend(_pieces(after.strip(), room))
    return pieces


def _whole(word: str, room: int) -> bool:
    """Whether `word` is a file path too long for the line: it then stands whole on a line
    of its own (the terminal folds it for the eye, and a copy of it still works)."""
    return cell_len(word) > room and ("/" in word or "\\" in word)


def _hang(line: str, width: int) -> str:
    """The start of `line` its continued lines hang under: a menu number, a bullet or a
    marker with its indent when the words keep room enough, else the indent alone."""
    found = _HANG.match(line)
    hang = found.group(1) if found else ""
    if width - cell_len(hang) < MIN_TEXT:
        hang = line[: len(line) - len(line.lstrip(" "))]
    if width - cell_len(hang) < MIN_TEXT:
        hang = ""
    return hang


@lru_cache(maxsize=1)
def _measurer() -> RichConsole:
    """The console rich measures words with (tab size and cell widths; it prints nothing)."""
    return RichConsole(file=io.StringIO(), color_system=None, width=MIN_WIDTH)
