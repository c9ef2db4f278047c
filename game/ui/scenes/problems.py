"""A scenario file with problems: the validator's messages, shown instead of a crash."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.ui.scene import Scene, esc


class ProblemsScene(Scene):
    default_focus = "problems.back"

    def __init__(self, app, path: Path, problems: list[str]) -> None:
        super().__init__(app)
        self.path = path
        self.problems = problems

    def build(self) -> None:
        w, h = self.size
        margin = max(32, w // 30)
        self.label(
            pygame.Rect(margin, self.s(20), w - 2 * margin, self.s(50)),
            self.tr("ui.chooser.broken", file=self.path.name),
            "#title",
        )
        self.label(
            pygame.Rect(margin, self.s(74), w - 2 * margin, self.s(26)),
            self.tr("ui.watch.broken"),
            "#subtitle",
        )
        lines = "<br>".join(esc(p) for p in self.problems[:40])
        if len(self.problems) > 40:
            lines += f"<br>… (+{len(self.problems) - 40})"
        self.textbox(pygame.Rect(margin, self.s(112), w - 2 * margin, h - self.s(190)), lines)
        self.button(
            pygame.Rect(margin, h - self.s(64), self.s(200), self.s(42)),
            self.tr("ui.back"),
            self._back,
            key="problems.back",
        )

    def _back(self) -> None:
        self.app.reset_to(self.app.scenes[0])
