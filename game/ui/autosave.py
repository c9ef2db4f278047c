"""What the start menu says about the game it can continue."""

from __future__ import annotations

from game.text import t
from game.ui.session import autosave_info


def autosave_summary(lang: str) -> str | None:
    """'Crisisbedden Lindelaan, week 3 van 8', or None when there is nothing to continue."""
    info = autosave_info()
    if info is None:
        return None
    title = info.get("title", {})
    name = title.get(lang) or title.get("nl") or "?"
    return t(
        "ui.menu.continue_hint",
        lang,
        scenario=name,
        round=info.get("round", 1),
        deadline=info.get("deadline", "?"),
    )
