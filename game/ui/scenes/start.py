"""Ways into a game: a scenario file from the command line, or the autosave."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.ui.session import AutosaveError, Session

if TYPE_CHECKING:
    from game.ui.app import App


def open_scenario(app: App, path: Path, watch: bool = False) -> None:
    """Go straight to the seating of `path` (the menu stays underneath)."""
    from game.ui.scenes.chooser import ChooserScene, load_entry
    from game.ui.scenes.problems import ProblemsScene
    from game.ui.scenes.seating import SeatingScene
    from game.ui.watch import Watcher

    entry = load_entry(path)
    if watch:
        app.watcher = Watcher(app, path)
        if entry.scenario is None:
            app.push(ProblemsScene(app, path, list(entry.problems)))
            return
    if entry.scenario is None:
        chooser = ChooserScene(app, mode="solo", extra=[path])
        app.push(chooser)
        return
    app.push(SeatingScene(app, entry.path, entry.scenario, mode="solo", watch=watch))


def resume_autosave(app: App) -> None:
    """Continue the autosaved game at the table, or say why it cannot be continued."""
    from game.ui.scenes.table import TableScene

    try:
        session = Session.resume(lang=app.settings.lang)
    except AutosaveError as error:
        app.status = str(error).splitlines()[0]
        return
    app.push(TableScene(app, session))
    if session.notice:  # the scenario file changed or is gone: the saved copy is played on
        app.status = session.notice
