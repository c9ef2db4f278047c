"""A save file that cannot be read at all, said once for every command that reads one.

`replay`, `report` and `play --resume` all read a person's save. When the file itself is the
problem (missing, a folder, not text, too big, nested too deeply) the reason already names it,
so the message is that reason and what to give instead, never "FILE: ... FILE ...".
"""

from __future__ import annotations

from pathlib import Path

from game.paths import data_dir
from game.text import t
from game.textmode.savefile import SaveFileError


def about_the_file(error: SaveFileError, path: Path) -> bool:
    """True when the error is about the save file itself (its reason names that file), not
    about a damaged session inside it or the scenario it was played on."""
    return error.values.get("path") == str(path)


def too_deep(path: Path) -> SaveFileError:
    """A save whose data nests too deeply for Python to rebuild, said as a file problem."""
    return SaveFileError("textmode.save.too_deep", path=str(path))


def cannot_read_message(error: SaveFileError, lang: str) -> str:
    """The reason (which names the file once) and what to do: give a save, or look in the
    folder where the game keeps its own."""
    reason = t(error.key, lang, **error.values)
    return t("textmode.save.cannot_read", lang, reason=reason, folder=data_dir())
