"""The head and tail of a room table's text in the window, the same for a player and an
observer: the week, whether the table ended, is over or paused, and its last log lines."""

from __future__ import annotations

from game.engine import PublicView
from game.play import wording
from game.text import t
from game.ui.scene import esc


def status_line(view: PublicView, lang: str, ended: bool, paused: bool) -> str | None:
    """In bold: the session ended, the table's game is over, or it is paused; else None."""
    if ended:
        key = "net.join.ended"
    elif view.outcome is not None:
        key = "net.join.over"
    elif paused:
        key = "net.dash.paused"
    else:
        return None
    return f"<b>{esc(t(key, lang))}</b>"


def week_html(view: PublicView, lang: str) -> str:
    return f"<b>{esc(wording.week_line(view, lang))}</b>"


def log_html(view: PublicView, lang: str, count: int) -> str:
    """The table's last `count` log lines."""
    return "<br>".join(esc(line) for line in wording.log_lines(view.log[-count:], lang))
