"""The table's package builder: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.engine import PlayerView
from game.scenario.model import text_in
from game.ui.scenes.briefing import fmt
from game.ui.theme import font
from game.ui.widgets import Scroller

NOTE_H = 30  # room under Propose for its note (scaled)
BUILDER_LEAST = 24 + 32 + 12  # an issue's name and a row of its options (scaled)


class BuilderPanel:
    """The package builder: every issue's options, the player's pick (a second Enter to change
    a choice) and a proposal loaded to build on."""

    mid_scroller: Scroller | None = None  # the options' scroller, when the column is low
    pinned = False  # and the score and Propose are pinned below it (else they scroll in it)
    score_y = 0  # where the score (or, pinned, Propose's note) goes in that scroller

    def _builder_state(self) -> tuple:
        """What the option buttons show; when it is unchanged they need no rebuild."""
        view = self.view()
        return (
            view.actor,
            tuple(sorted(self.package.items())),
            tuple((i.id, tuple(o.id for o in i.options)) for i in view.issues),
            tuple((i, tuple(sorted(o))) for i, o in sorted(view.mandate.forbidden.items())),
            tuple((i, tuple(sorted(p.items()))) for i, p in sorted(view.points.items())),
        )

    def _ensure_package(self, view: PlayerView) -> None:
        """Start the builder on the viewer's best allowed option per issue."""
        if self.package_for == view.actor and all(
            i.id in self.package and self.package[i.id] in {o.id for o in i.options}
            for i in view.issues
        ):
            return
        self.package_for = view.actor
        legal = self.table.legal(view.actor)
        self.package = {}
        self.picked = set()
        self.pending = None
        for issue in view.issues:
            allowed = legal.options(issue.id) or [o.id for o in issue.options]
            self.package[issue.id] = max(allowed, key=lambda o, i=issue.id: view.points[i][o])

    def _option_text(self, label: str, points: float, width: int) -> str:
        f = font(self.s(14))
        suffix = f"  {fmt(points, sign=True)}"
        if f.size(label + suffix)[0] > width - self.s(20):
            while label and f.size(label + "…" + suffix)[0] > width - self.s(20):
                label = label[:-1]
            label += "…"
        return label + suffix

    def _build_builder(self, view: PlayerView, legal, rect: pygame.Rect) -> None:
        lang = self.lang
        score_h = self._score_sizes(view, rect.width)[2]
        head_lines, heading = self._label_lines(self.tr("ui.table.issues"), "#heading", rect.width)
        head_h = self.s(30) + (len(head_lines) - 1) * heading.get_linesize()
        box = pygame.Rect(rect.x, rect.y + head_h, rect.width, rect.height - head_h - score_h)
        self.mid_scroller = None
        self.pinned = False
        y = 0
        least = self.s(BUILDER_LEAST)
        pinned_h = self._pinned_sizes(view, rect.width)[1]
        if box.height < least and rect.height - pinned_h >= least:
            # too low for that with the heading and the whole score (small window, large
            # text): the options scroll in the column above a compact score and Propose,
            # pinned at its bottom so they are always in view (no heading: each issue's
            # name heads its options, and every line counts here)
            self.pinned = True
            scroller = self.mid_scroller = self.scroller(
                pygame.Rect(rect.x, rect.y, rect.width, rect.height - pinned_h)
            )
        elif box.height < least:
            # lower still (a tall hint strip too): the heading, the options, the score and
            # Propose scroll together in the whole column
            scroller = self.mid_scroller = self.scroller(rect)
            y = self._wrapped_label(
                pygame.Rect(0, 0, scroller.width, heading.get_linesize()),
                self.tr("ui.table.issues"),
                "#heading",
                scroller.inner,
            )
            y += self.s(4)
        else:
            self._wrapped_label(
                pygame.Rect(rect.x, rect.y, rect.width, self.s(26)),
                self.tr("ui.table.issues"),
                "#heading",
            )
            scroller = self.scroller(box)
        inner_w = scroller.width
        forbidden = view.mandate.forbidden
        bh = self.s(32)
        gap = self.s(6)
        for issue in view.issues:
            y += self._wrapped_label(
                pygame.Rect(0, y, inner_w, self.s(24)),
                text_in(issue.name, lang),
                "#subtle",
                scroller.inner,
            )
            x = 0
            for option in issue.options:
                points = view.points[issue.id][option.id]
                full = text_in(option.label, lang)
                shown_points = fmt(points, sign=True)
                text = f"{full}  {shown_points}"
                width_needed = font(self.s(14)).size(text)[0] + self.s(28)
                bw = min(max(width_needed, self.s(90)), inner_w)
                lines, line_font = self._button_lines(text, inner_w, "#option")
                wrapped = width_needed > inner_w and len(lines) > 1
                height = len(lines) * line_font.get_linesize() + self.s(8) if wrapped else bh
                if x > 0 and (wrapped or x + bw > inner_w):
                    x = 0
                    y += bh + gap
                blocked = option.id in forbidden.get(issue.id, [])
                tip = f"{full} ({shown_points})"
                pending = self.pending == (issue.id, option.id)
                look = "#option_pending" if pending else "#option"
                if pending:
                    tip = self._pending_text(view, issue.id, option.id)
                if blocked:
                    tip = (
                        self.tr(
                            "ui.table.outside_mandate", reason=self.tr("ui.table.forbidden_reason")
                        )
                        + f" — {full}"
                    )
                self.button(
                    pygame.Rect(x, y, bw, max(height, bh)),
                    text if wrapped else self._option_text(full, points, bw),
                    lambda i=issue.id, o=option.id, b=blocked, t=tip: self._pick(i, o, b, t),
                    key=f"opt.{issue.id}.{option.id}",
                    object_id="#option_blocked" if blocked else look,
                    tooltip=tip,
                    selected=self.package.get(issue.id) == option.id,
                    container=scroller.inner,
                    lines=lines if wrapped else None,
                    line_font=line_font,
                    on_key=lambda i=issue.id, o=option.id, b=blocked, t=tip: self._pick_by_key(
                        i, o, b, t
                    ),
                )
                if wrapped:  # a row of its own, whole on more lines
                    y += max(height, bh) - bh
                    x = inner_w
                else:
                    x += bw + gap
            y += bh + self.s(12)
        self.score_y = y  # where the score or Propose's note goes when the options scroll
        if self.pinned:  # room for the note: the scroll bar rounds its steps
            y += self.s(NOTE_H) + self.s(16)
        elif self.mid_scroller is not None:  # room below Propose, for the same reason
            y += self._score_sizes(view, scroller.width)[2] + self.s(16)
        scroller.set_content_height(y)

    def _pick(self, issue: str, option: str, blocked: bool, tip: str) -> None:
        """A click (or a confirmed Enter) puts `option` in the package at once."""
        if blocked:
            self.app.status = tip
            return
        self.package[issue] = option
        self.picked.add(issue)
        self.pending = None
        self._repack = True

    def _pick_by_key(self, issue: str, option: str, blocked: bool, tip: str) -> None:
        """Enter on an option. Where the player already chose another option of this issue,
        the first Enter only marks it (a framed button and a line in the hint strip) and a
        second Enter on it makes the change: an Enter by reflex after Tab cannot undo a choice
        unseen, and exploring costs one key more rather than a dialog every time."""
        chosen = self.package.get(issue)
        if (
            blocked
            or issue not in self.picked
            or chosen in (None, option)
            or self.pending == (issue, option)
        ):
            self._pick(issue, option, blocked, tip)
            return
        self.pending = (issue, option)
        self.app.status = self._pending_text(self.view(), issue, option)
        self._repack = True

    def _pending_text(self, view: PlayerView, issue: str, option: str) -> str:
        """The hint for a marked option: what a second Enter changes."""
        lang = self.lang
        labels = {}
        name = issue
        for i in view.issues:
            if i.id == issue:
                name = text_in(i.name, lang)
                labels = {o.id: text_in(o.label, lang) for o in i.options}
        chosen = self.package.get(issue, "")
        return self.tr(
            "ui.table.pick_pending",
            issue=name,
            chosen=labels.get(chosen, chosen),
            option=labels.get(option, option),
        )

    def _load(self, package: dict[str, str]) -> None:
        self.package = dict(package)
        self.picked = set(package)
        self.pending = None
        self._repack = True
