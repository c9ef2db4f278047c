"""The table: one module per panel (a mixin of `TableScene`) and the scene itself."""

from game.ui.scenes.table.scene import TableScene
from game.ui.scenes.table.seats import OVAL_MAX_SEATS

__all__ = ["OVAL_MAX_SEATS", "TableScene"]
