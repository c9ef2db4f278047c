"""The table's score and Propose: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.engine import IllegalAction, PlayerView, Propose
from game.scenario.points import total
from game.ui.scenes.briefing import fmt
from game.ui.scenes.table.builder import BUILDER_LEAST, NOTE_H
from game.ui.theme import font

NOT_LISTED = "net.not_listed"  # a room's refusal of an action it did not list for the seat
COMPACT_BELOW = 400  # a window lower than this (in scaled pixels) gets the compact strip
COMPACT_HINT_LINES = 4  # its room: a reveal or a line of hint and the keys; longer ones roll


class ScorePanel:
    """The package's score and Propose under the options; in a small window with large text,
    Propose with the points on it, pinned."""

    def _score_text(
        self, view: PlayerView, done: int, points: float, width: int | None = None
    ) -> str:
        """The score in words; in the short wording where it is wider than `width`."""
        if done < len(view.issues):
            return self.tr("ui.table.package_incomplete", done=done, total=len(view.issues))
        score = self.tr("ui.table.package_score", points=fmt(points), batna=fmt(view.batna))
        if width is not None and font(self.s(17), True).size(score)[0] > width - self.s(8):
            score = self.tr(
                "ui.table.package_score_short", points=fmt(points), batna=fmt(view.batna)
            )
        return score

    def _score_sizes(self, view: PlayerView, width: int) -> tuple[int, int, int]:
        """The heights of the score, of Propose and of the whole block under the options:
        room for the score's longest wording in this game, so the options stay put (the
        builder always holds an option of every issue: the note for a package not yet
        whole is kept to that room)."""
        highest = sum(max(p.values(), default=0) for p in view.points.values())
        lowest = sum(min(p.values(), default=0) for p in view.points.values())
        texts = [self._score_text(view, len(view.issues), p, width) for p in (highest, lowest)]
        score_h = max(self._label_height(text, "#score", width, self.s(26)) for text in texts)
        propose_h = self._button_height(self.tr("ui.table.propose"), width, self.s(40), "#primary")
        note_h = self.s(NOTE_H)  # the note under Propose (why not, or a proposal to show)
        return score_h, propose_h, score_h + self.s(6) + propose_h + self.s(4) + note_h

    def _pinned_text(self, view: PlayerView, done: int, points: float) -> str:
        """Propose's wording in the compact block: the package's points on the button itself
        ("Stel voor · 45"), one row for both; its hint has the score and BATNA in words."""
        if done < len(view.issues):
            return self.tr("ui.table.propose_short")
        return self.tr("table.propose_points", points=fmt(points))

    def _pinned_sizes(self, view: PlayerView, width: int) -> tuple[int, int]:
        """The compact block's heights: Propose with the score on it (room for its longest
        wording in this game, so the options stay put), and Propose with its gaps (no note:
        it scrolls at the end of the options)."""
        highest = sum(max(p.values(), default=0) for p in view.points.values())
        lowest = sum(min(p.values(), default=0) for p in view.points.values())
        done = len(view.issues)
        propose_h = max(
            self._button_height(self._pinned_text(view, done, p), width, self.s(32), "#primary")
            for p in (highest, lowest)
        )
        return propose_h, self.s(4) + propose_h + self.s(4)

    def hint_cap(self) -> int | None:
        """Small window, large text: the hint strip keeps no more room than leaves the body
        the compact builder (an issue's row of options above Propose); a longer hint rolls
        through the strip, line by line (see `App._draw_hint`). In a low window the strip
        keeps COMPACT_HINT_LINES at most, so the panels get what a rare long hint would
        leave empty the rest of the time."""
        mid = getattr(self, "mid_rect", None)
        if mid is None:  # not laid out yet
            return None
        body = self.s(BUILDER_LEAST) + self._pinned_sizes(self.view(), mid.width)[1]
        height = self.app.screen.get_height()
        room = height - (self.top_h + self.s(10)) - body
        lines = max(2, self.app.hint_lines_in(room))
        if height < self.s(COMPACT_BELOW):  # every line counts: the panels get the rest
            return min(lines, COMPACT_HINT_LINES)
        return lines

    def _score_top(self, rect: pygame.Rect) -> int:
        return rect.bottom - self._score_sizes(self.view(), rect.width)[2] + self.s(6)

    def _why_not_propose(self, view: PlayerView, legal, proposal: Propose) -> IllegalAction | None:
        """Why Propose is closed for the package, as the engine says it. A room only lists
        what it allows; where its refusal says no more than that, the reason is read from
        the seat's view: the package is on the table already, or outside the mandate."""
        problem = legal.why_not(proposal)
        if problem is None or problem.key != NOT_LISTED:
            return problem
        same = next((p.id for p in view.proposals if p.package == proposal.package), None)
        if same is not None:
            return IllegalAction("engine.illegal.duplicate_proposal", {"proposal": same})
        return legal.mandate_problem(proposal.package, "propose") or problem

    def _build_score(self, view: PlayerView, legal, rect: pygame.Rect) -> None:
        lang = self.lang
        sy = self._score_top(rect)
        container = None  # the scroller the score block (or only its note) goes in, if any
        done = sum(1 for i in view.issues if i.id in self.package)
        points = total([view.points[i][o] for i, o in self.package.items()])
        proposal = Propose(actor=self.viewer, package=dict(self.package))
        problem = self._why_not_propose(view, legal, proposal) if legal.can_move else None
        tip = problem.message(lang) if problem is not None else None
        if self.mid_scroller is not None and not self.pinned:  # at the end of the options
            container = self.mid_scroller.inner
            sy = self.score_y + self.s(6)
            rect = pygame.Rect(0, 0, self.mid_scroller.width, rect.height)
        if self.pinned:  # compact: Propose, with the score on it, pinned under the options
            propose_h, block = self._pinned_sizes(view, rect.width)
            py = rect.bottom - block + self.s(4)
            propose_text = self._pinned_text(view, done, points)
            score = self._score_text(view, done, points)  # whole, in the hint
            tip = f"{score} — {tip or self.tr('ui.table.propose')}"
        else:
            score_h, propose_h, _ = self._score_sizes(view, rect.width)
            propose_text = self.tr("ui.table.propose")
            score = self._score_text(view, done, points, rect.width)
            if self._label_height(score, "#score", rect.width, score_h) > score_h:
                score = self.fit(score, rect.width - self.s(8), 17, bold=True)
            label = pygame.Rect(rect.x, sy, rect.width, self.s(26))
            self._wrapped_label(label, score, "#score", container)
            py = sy + score_h + self.s(6)
        self._wrapped_button(
            pygame.Rect(rect.x, py, rect.width, propose_h),
            propose_text,
            lambda: self._send(proposal),
            key="table.propose",
            object_id="#primary",
            enabled=legal.can_move and problem is None,
            tooltip=tip,
            container=container,
        )
        note = pygame.Rect(rect.x, py + propose_h + self.s(2), rect.width, self.s(NOTE_H - 4))
        if self.pinned:  # at the end of the options (see _build_builder)
            container = self.mid_scroller.inner
            width = self.mid_scroller.width
            note = pygame.Rect(0, self.score_y, width, self.s(NOTE_H - 4))
            rect = pygame.Rect(0, 0, width, rect.height)
        if problem is not None and problem.key == "engine.illegal.duplicate_proposal":
            # the same package is on the table: a button that shows it (and says which)
            same = int(problem.values["proposal"])
            self.button(
                note,
                self.fit(self.tr("table.show_proposal", proposal=same), rect.width - 16, 15),
                lambda: self.reveal(same),
                key="table.show_same",
                object_id="#rowbutton",
                tooltip=problem.message(lang),
                container=container,
            )
        elif legal.can_move and problem is not None:
            self.label(
                note,
                self.fit(problem.message(lang), rect.width - 8, 13),  # whole in Propose's hint
                "#subtle",
                container,
            )
