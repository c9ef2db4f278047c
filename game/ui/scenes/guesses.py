"""Priority guesses: before a player's first move and after the game, per other party the
issue the player thinks it cares most about ("weet ik niet" allowed, the whole sheet
skippable with Esc). Perspective-taking made visible: the debrief shows how close it came.

Picks go into the session's learning journal (kept in the autosave) when the sheet is done
or skipped, so a resumed game never asks twice.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.learning.due import guess_subjects, guesses_due
from game.learning.journal import Moment
from game.scenario.model import text_in
from game.ui.scene import Scene
from game.ui.session import Session
from game.ui.tabledraw import LIST_SCALE


def next_guesser(session: Session, moment: Moment) -> str | None:
    """At the end: the first person at the table whose sheet is still open."""
    game = session.game
    return next(
        (a for a in session.people() if guesses_due(session.journal, game, a, moment)), None
    )


class GuessScene(Scene):
    default_focus = "guess.done"

    def __init__(
        self,
        app,
        session: Session,
        actor: str,
        moment: Moment,
        then: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(app)
        self.session = session
        self.actor = actor
        self.moment = moment
        self.then = then
        game = session.game
        self.subjects = guess_subjects(game, actor, moment)
        self.issues: list[str | None] = [None, *(i.id for i in game.scenario.issues)]
        sheet = session.journal.sheet(actor, moment)
        kept = dict(sheet.picks) if sheet is not None else {}
        self.picks: dict[str, str | None] = {a: kept.get(a) for a in self.subjects}
        if self.subjects:
            self.default_focus = f"guess.{self.subjects[0]}"

    # --- words -----------------------------------------------------------------------------
    def _name(self, actor: str) -> str:
        return text_in(self.session.game.scenario.actor(actor).name, self.lang)

    def issue_label(self, issue: str | None) -> str:
        if issue is None:
            return self.tr("ui.guess.dont_know")
        found = next(i for i in self.session.game.scenario.issues if i.id == issue)
        return text_in(found.name, self.lang)

    # --- building --------------------------------------------------------------------------
    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 40)
        col = min(self.s(900), w - 2 * margin)
        x = (w - col) // 2
        self.label(
            pygame.Rect(x, self.s(14), col, self.s(44)),
            self.tr(f"ui.guess.title_{self.moment}"),
            "#title",
        )
        intro = self.tr("ui.guess.intro", actor=self._name(self.actor))
        lines = self.wrap_text(intro, 15, col, max_lines=3)
        y = self.s(62)
        for line in lines:
            self.label(pygame.Rect(x, y, col, self.s(24)), line, "#subtle")
            y += self.s(24)
        top = y + self.s(10)
        bottom = h - self.s(72)
        scroller = self.scroller(pygame.Rect(x, top, col, bottom - top))
        inner = scroller.inner
        stacked = self.app.settings.scale >= LIST_SCALE  # large text: the name above its choice
        row_h = self.s(44)
        name_w = scroller.width if stacked else scroller.width * 2 // 5
        pick_x = 0 if stacked else name_w + self.s(10)
        pick_w = scroller.width - pick_x
        small = self.s(44)
        ry = 0
        for about in self.subjects:
            name_lines = self.wrap_text(self._name(about), 15, name_w - self.s(8), max_lines=3)
            name_h = max(len(name_lines), 1) * self.s(24)
            for k, line in enumerate(name_lines):
                self.label(
                    pygame.Rect(
                        0, ry + k * self.s(24) + (0 if stacked else self.s(8)), name_w, self.s(24)
                    ),
                    line,
                    container=inner,
                )
            py = ry + name_h if stacked else ry
            label = self.issue_label(self.picks[about])
            tip = self.tr("ui.guess.pick_hint", actor=self._name(about), issue=label)
            self.button(
                pygame.Rect(pick_x, py, small, row_h - self.s(4)),
                "‹",
                lambda a=about: self._cycle(a, -1),
                key=f"guess.{about}.earlier",
                container=inner,
                focusable=False,
            )
            self.button(
                pygame.Rect(
                    pick_x + small + self.s(6),
                    py,
                    pick_w - 2 * (small + self.s(6)),
                    row_h - self.s(4),
                ),
                self.fit(label, pick_w - 2 * (small + self.s(6)) - self.s(16)),
                lambda a=about: self._cycle(a, 1),
                key=f"guess.{about}",
                container=inner,
                tooltip=tip,
                on_arrow=lambda step, a=about: self._cycle(a, step),
                selected=self.picks[about] is not None,
            )
            self.button(
                pygame.Rect(pick_x + pick_w - small, py, small, row_h - self.s(4)),
                "›",
                lambda a=about: self._cycle(a, 1),
                key=f"guess.{about}.later",
                container=inner,
                focusable=False,
            )
            ry = py + row_h + (self.s(6) if stacked else 0)
        scroller.set_content_height(ry)
        by = h - self.s(60)
        bw = min(self.s(300), (col - self.s(12)) // 2)
        self.button(
            pygame.Rect(x, by, bw, self.s(44)),
            self.tr("ui.guess.skip"),
            self._skip,
            key="guess.skip",
            tooltip=self.tr("ui.guess.skip_hint"),
        )
        self.button(
            pygame.Rect(x + col - bw, by, bw, self.s(44)),
            self.tr("ui.guess.done"),
            self._done,
            key="guess.done",
            object_id="#primary",
        )

    # --- choosing --------------------------------------------------------------------------
    def _cycle(self, about: str, step: int) -> bool:
        """The next (or previous) issue for `about`, "weet ik niet" between last and first."""
        now = self.issues.index(self.picks[about])
        self.picks[about] = self.issues[(now + step) % len(self.issues)]
        self.refresh()
        return True

    def _finish(self, skipped: bool) -> None:
        sheet = self.session.journal.open_sheet(self.actor, self.moment)
        if skipped:
            sheet.skipped = True
        else:
            sheet.picks.update(self.picks)
            sheet.complete = True
        self.session.save()
        self.app.pop()
        if self.then is not None:
            self.then()

    def _done(self) -> None:
        self._finish(skipped=False)

    def _skip(self) -> None:
        self._finish(skipped=True)

    def escape(self) -> None:
        """Esc: skip the whole sheet (one key, as promised in the intro)."""
        self._skip()
