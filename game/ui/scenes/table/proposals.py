"""The table's proposals: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.engine import PlayerView, Support, WithdrawSupport
from game.play.standing import by_closeness, standing
from game.play.standing import describe as describe_need
from game.scenario.model import text_in
from game.scenario.points import total
from game.ui.scene import esc
from game.ui.scenes.briefing import fmt
from game.ui.scenes.matrix import MatrixScene


class ProposalsPanel:
    """The right column: every proposal on the table as a card, the closest to a deal first,
    above talk and the moves."""

    def _build_right(self, view: PlayerView, legal, rect: pygame.Rect) -> None:
        """Proposals on top, talk and moves below; when the text is too large for that to
        fit, one scrolling column with the moves first, where every label wraps whole."""
        self.talk_hints = []
        self.talk_arrows = {}
        moves_h = max(
            self.s(44) * 3 + self.s(28),
            self._moves_block(view, legal, rect, 0, build=False) + self.s(10),
        )
        talk_h = self.s(40) * 4 + self.s(30)
        prop_h = rect.height - moves_h - talk_h - self.s(16)
        if prop_h < self.s(150):
            scroller = self.scroller(rect)
            area = pygame.Rect(0, 0, scroller.width, rect.height)
            y = self._moves_block(view, legal, area, 0, scroller.inner)
            y = self._talk_block(view, legal, area, y + self.s(10), scroller.inner)
            y = self._proposals_block(view, legal, scroller, area, y + self.s(10), None)
            scroller.set_content_height(y + self.s(16))  # the scroll bar rounds its steps
            return
        head = pygame.Rect(rect.x, rect.y, rect.width, self.s(26))
        head_h = self._wrapped_label(head, self.tr("ui.table.proposals"), "#heading")
        top = rect.y + head_h + self.s(2)
        box = pygame.Rect(rect.x, top, rect.width, rect.y + prop_h - top)
        self._proposals_block(view, legal, self.scroller(box), rect, rect.y, box)
        self._talk_block(view, legal, rect, box.bottom + self.s(8), None)
        self._moves_block(view, legal, rect, rect.bottom - moves_h, None)

    def _proposals_block(self, view, legal, scroller, area, y, box) -> int:
        """The heading (unless above `box`), then the live proposals as cards in `scroller`;
        the y below them."""
        inner_w = scroller.width
        if box is None:  # inline in the compact column
            y += self._wrapped_label(
                pygame.Rect(area.x, y, area.width, self.s(26)),
                self.tr("ui.table.proposals"),
                "#heading",
                container=scroller.inner,
            )
            y += self.s(2)
        else:
            y = 0
        self.proposal_scroller = scroller
        self._cards = {}
        if not view.proposals:
            y += self._wrapped_label(
                pygame.Rect(0, y, inner_w, self.s(26)),
                self.tr("ui.table.no_proposals"),
                "#subtle",
                container=scroller.inner,
            )
        else:  # every proposal, the closest to a deal first: none is out of reach
            y += self._wrapped_label(
                pygame.Rect(0, y, inner_w, self.s(22)),
                self.tr("table.proposal_count", count=len(view.proposals)),
                "#subtle",
                container=scroller.inner,
            )
            y += self.s(2)
            shown = self._wrapped_button(  # who supports what, all at once
                pygame.Rect(0, y, inner_w, self.s(30)),
                self.tr("table.matrix"),
                self._matrix,
                key="table.matrix",
                object_id="#rowbutton",
                container=scroller.inner,
            )
            y += shown.height + self.s(6)
        for proposal in by_closeness(view):
            y = self._proposal_card(view, legal, proposal, scroller, inner_w, y)
        if box is not None:
            scroller.set_content_height(y)
        return y

    def _proposal_card(self, view, legal, proposal, scroller, inner_w, y) -> int:
        lang = self.lang
        points = total(
            [
                view.points[i][o]
                for i, o in proposal.package.items()
                if i in view.points and o in view.points[i]
            ]
        )
        supporters = ", ".join(self._name(view, a) for a in proposal.supporters_at_table)
        place = standing(view, proposal)
        if proposal.supporters_at_table:
            support = self.tr("table.support_count", count=place.have, names=supporters)
            need = describe_need(place, lambda a: self._name(view, a), lang)
        else:
            support, need = self.tr("table.no_support"), ""
        labels = []
        for issue in view.issues:
            chosen = proposal.package.get(issue.id)
            for option in issue.options:
                if option.id == chosen:
                    labels.append(text_in(option.label, lang))
        html = (
            f"<b>{esc(self.tr('ui.table.proposal', id=proposal.id, actor=self._name(view, proposal.proposer)))}"  # noqa: E501
            f"</b> — {esc(self.tr('ui.table.proposal_points', points=fmt(points)))}<br>"
            f"{esc(support)}<br>"
            + (f"<i>{esc(need)}</i><br>" if need else "")
            + f"<font size=2>{esc(' · '.join(labels))}</font>"
        )
        top = y
        card = self.textbox(pygame.Rect(0, y, inner_w, -1), html, container=scroller.inner)
        y += card.rect.height + self.s(4)
        gap = self.s(8)
        if self.viewer in proposal.supporters:
            action = WithdrawSupport(actor=self.viewer, proposal=proposal.id)
            text = self.tr("ui.table.withdraw")
        else:
            action = Support(actor=self.viewer, proposal=proposal.id)
            text = self.tr("ui.table.support")
        load = self.tr("ui.table.load")
        # room for either wording of the first button, so a card keeps its size
        longer = max((self.tr("ui.table.withdraw"), self.tr("ui.table.support"), text), key=len)
        rects, height = self._button_rows(
            [longer, load], inner_w, (inner_w - gap) // 2, self.s(32), gap
        )
        first, second = (r.move(0, y) for r in rects)
        self._move_button(
            first, text, action, f"prop.{proposal.id}.support", legal, container=scroller.inner
        )
        self._wrapped_button(
            second,
            load,
            lambda p=dict(proposal.package): self._load(p),
            key=f"prop.{proposal.id}.load",
            container=scroller.inner,
        )
        self._cards[proposal.id] = (top, y + height)
        return y + height + self.s(12)

    def reveal(self, proposal: int) -> None:
        """Scroll proposal `proposal`'s card into view and put the focus on it: what a hint
        points at is always where the player can see it."""
        span = self._cards.get(proposal)
        scroller = self.proposal_scroller
        if span is None or scroller is None:
            return
        key = f"prop.{proposal}.support"
        focus = self.app.focus
        if not focus.focus_key(key):
            focus.focus_key(f"prop.{proposal}.load")
        top, bottom = span  # a card taller than the panel: its buttons, at the bottom, show
        scroller.scroll_to_span(max(top, bottom - scroller.rect.height + self.s(12)), bottom)

    def _matrix(self) -> None:
        self.app.push(MatrixScene(self.app, self.view()))
