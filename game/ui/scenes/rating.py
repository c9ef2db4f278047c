"""The self-assessment in the window: per learning goal a rating 1–5 ("weet ik niet" allowed),
at the start and at the end; the whole sheet skippable with Esc.

The scene only asks; `done(ratings, skipped)` decides where the answer goes: the local
game's learning journal, or the room (`rate_self`) for a window joined to a room.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pygame

from game.learning.journal import Moment
from game.learning.selfrating import ASK_KEYS, SCALE_KEYS
from game.scenario.model import Text, text_in
from game.ui.scene import Scene

#: Ratings a row cycles through: "weet ik niet", then 1..5.
STEPS: tuple[int | None, ...] = (None, 1, 2, 3, 4, 5)

Done = Callable[[dict[str, int], bool], None]


class RatingScene(Scene):
    """One sheet: a row per learning goal with ‹ rating ›, then Skip (Esc) or Done."""

    default_focus = "rating.done"

    def __init__(
        self, app, goals: Mapping[str, Text], moment: Moment, done: Done, who: str = ""
    ) -> None:
        super().__init__(app)
        self.goals = dict(goals)
        self.moment = moment
        self.done = done
        self.who = who
        self.picks: dict[str, int | None] = dict.fromkeys(self.goals)
        if self.goals:
            self.default_focus = f"rating.{next(iter(self.goals))}"

    def value_label(self, value: int | None) -> str:
        if value is None:
            return self.tr("learning.rating.skip_goal")
        return self.tr(SCALE_KEYS[value - 1])

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 40)
        col = min(self.s(900), w - 2 * margin)
        x = (w - col) // 2
        self.label(
            pygame.Rect(x, self.s(14), col, self.s(44)), self.tr("learning.rating.title"), "#title"
        )
        intro = self.tr(ASK_KEYS[self.moment])
        if self.who:
            intro = f"{self.tr('learning.rating.who', name=self.who)} {intro}"
        y = self.s(62)
        for line in self.wrap_text(intro, 15, col, max_lines=4):
            self.label(pygame.Rect(x, y, col, self.s(24)), line, "#subtle")
            y += self.s(24)
        top = y + self.s(10)
        scroller = self.scroller(pygame.Rect(x, top, col, h - self.s(72) - top))
        inner, width = scroller.inner, scroller.width
        small, row_h, ry = self.s(44), self.s(44), 0
        for goal, text in self.goals.items():
            lines = self.wrap_text(text_in(text, self.lang), 15, width, max_lines=3)
            for line in lines:
                self.label(pygame.Rect(0, ry, width, self.s(24)), line, container=inner)
                ry += self.s(24)
            label = self.value_label(self.picks[goal])
            pick_w = width - 2 * (small + self.s(6))
            self.button(
                pygame.Rect(0, ry, small, row_h - self.s(4)),
                "‹",
                lambda g=goal: self._cycle(g, -1),
                key=f"rating.{goal}.lower",
                container=inner,
                focusable=False,
            )
            self.button(
                pygame.Rect(small + self.s(6), ry, pick_w, row_h - self.s(4)),
                self.fit(label, pick_w - self.s(16)),
                lambda g=goal: self._cycle(g, 1),
                key=f"rating.{goal}",
                container=inner,
                on_arrow=lambda step, g=goal: self._cycle(g, step),
                selected=self.picks[goal] is not None,
            )
            self.button(
                pygame.Rect(width - small, ry, small, row_h - self.s(4)),
                "›",
                lambda g=goal: self._cycle(g, 1),
                key=f"rating.{goal}.higher",
                container=inner,
                focusable=False,
            )
            ry += row_h + self.s(8)
        scroller.set_content_height(ry)
        by = h - self.s(60)
        bw = min(self.s(300), (col - self.s(12)) // 2)
        self.button(
            pygame.Rect(x, by, bw, self.s(44)),
            self.tr("ui.guess.skip"),
            self._skip,
            key="rating.skip",
        )
        self.button(
            pygame.Rect(x + col - bw, by, bw, self.s(44)),
            self.tr("learning.rating.done"),
            self._finish,
            key="rating.done",
            object_id="#primary",
        )

    def _cycle(self, goal: str, step: int) -> bool:
        now = STEPS.index(self.picks[goal])
        self.picks[goal] = STEPS[(now + step) % len(STEPS)]
        self.refresh()
        return True

    def _finish(self) -> None:
        ratings = {goal: value for goal, value in self.picks.items() if value is not None}
        self.app.pop()
        self.done(ratings, False)

    def _skip(self) -> None:
        self.app.pop()
        self.done({}, True)

    def escape(self) -> None:
        """Esc: skip the whole sheet."""
        self._skip()
