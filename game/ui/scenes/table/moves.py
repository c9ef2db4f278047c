"""The table's moves: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame

from game.engine import Consult, Escalate, IllegalAction, Pass, WalkAway
from game.scenario.model import text_in
from game.ui.scenes.briefing import fmt
from game.ui.theme import font


class MovesPanel:
    """The moves (consult, escalate, walk away, pass) and the one way an action is sent:
    through the table port, a refusal shown, never raised."""

    _awaiting: int | None = None  # a room seat's message count when it last sent a move

    def _moves_block(
        self, view, legal, area: pygame.Rect, y: int, container=None, *, build: bool = True
    ) -> int:
        """The moves from `y` down; the y below them. Without `build` nothing is made: only
        how far down they reach (for the layout)."""
        lang = self.lang
        if build:
            y += self._wrapped_label(
                pygame.Rect(area.x, y, area.width, self.s(24)),
                self.tr("ui.table.moves"),
                "#heading",
                container=container,
            )
        else:
            y += self._label_height(self.tr("ui.table.moves"), "#heading", area.width, self.s(24))
        half = (area.width - self.s(8)) // 2
        bh = self.s(38)
        unused = [c for c in view.consultations if not c.used]
        consult = unused[0] if unused else None
        if consult is not None:
            label = self.tr("ui.table.consult", label=text_in(consult.label, lang))
            cap = self._line_cap()
            height = self._button_height(label, area.width, bh, max_lines=cap)
            if build:
                action = Consult(actor=self.viewer, consultation=consult.id)
                self._move_button(
                    pygame.Rect(area.x, y, area.width, bh),
                    label,
                    action,
                    "table.consult",
                    legal,
                    hint=label,
                    container=container,
                    max_lines=cap,
                )
            y += height - bh
        y += bh + self.s(6)
        labels = (self.tr("ui.table.escalate"), self.tr("ui.table.walk_away"))
        wide = max(font(self.s(15)).size(label)[0] for label in labels) + 24 > half
        if wide:  # large text: one under the other, full width
            half = area.width
        first_h = self._button_height(labels[0], half, bh)
        second_h = self._button_height(labels[1], half, bh)
        if wide:
            second = (area.x, y + first_h + self.s(6))
        else:
            second = (area.x + half + self.s(8), y)
            first_h = second_h = max(first_h, second_h)
        if build:
            self._move_button(
                pygame.Rect(area.x, y, half, first_h),
                labels[0],
                Escalate(actor=self.viewer),
                "table.escalate",
                legal,
                confirm=self.tr("ui.table.escalate_confirm"),
                container=container,
            )
            self._move_button(
                pygame.Rect(*second, half, second_h),
                labels[1],
                WalkAway(actor=self.viewer),
                "table.walk",
                legal,
                object_id="#danger",
                confirm=self.tr("ui.table.walk_confirm", batna=fmt(view.batna)),
                container=container,
            )
        y = second[1] + second_h + self.s(6) if wide else y + first_h + self.s(6)
        pass_h = self._button_height(self.tr("ui.table.pass"), area.width, bh)
        if build:
            self._move_button(
                pygame.Rect(area.x, y, area.width, bh),
                self.tr("ui.table.pass"),
                Pass(actor=self.viewer),
                "table.pass",
                legal,
                container=container,
            )
        return y + pass_h

    def _move_button(
        self,
        rect,
        text,
        action,
        key,
        legal,
        *,
        object_id=None,
        confirm=None,
        container=None,
        hint=None,
        max_lines=0,
    ) -> None:
        problem = legal.why_not(action) if legal.my_turn else None
        enabled = legal.can_move and problem is None
        tip = hint
        if problem is not None and legal.my_turn:
            reason = problem.message(self.lang)
            tip = f"{hint} — {reason}" if hint else reason

        def run() -> None:
            if confirm:
                self._confirm(confirm, lambda: self._send(action))
            else:
                self._send(action)

        self._wrapped_button(
            rect,
            text,
            run,
            key=key,
            object_id=object_id,
            enabled=enabled,
            tooltip=tip,
            container=container,
            max_lines=max_lines,
        )

    def _send(self, action) -> None:
        """Every change goes through the table (the engine, or the room, checks it); a
        refusal is shown, never raised."""
        if self.remote and self._awaiting == self.session.stamp:  # no second move unseen
            self.app.status = self.tr("table.room_waiting")
            return
        refusal = self._deliver(action)
        if refusal is not None:
            self.app.status = self.tr("ui.table.illegal", reason=refusal)
            return
        if hasattr(self, "entry_widget") and action.kind != "statement":
            self.drafts[action.actor] = self.entry_widget.get_text()
        self.bot_wait = self.app.bot_delay
        self._pending = True
        if self.session.save_error:
            self.app.status = self.tr("ui.table.save_failed", error=self.session.save_error)

    def _deliver(self, action) -> str | None:
        """Send `action` to the table; why it was refused, or None. A local game goes
        through its session (which autosaves); a room seat's port sends without waiting,
        so the window never stalls on the network: the room's view, or its refusal, comes
        with a later poll (`RoomParts._follow_room`)."""
        if self.remote:
            self._awaiting = self.session.stamp  # until the room sends anything back
            self.table.submit(action)
            return None
        try:
            self.session.apply(action)
        except IllegalAction as error:
            return error.message(self.lang)
        return None

    def _confirm(self, text: str, then) -> None:
        from game.ui.scenes.dialog import DialogScene

        self.app.push(
            DialogScene(self.app, self.tr("ui.table.moves"), text, then, confirm=True),
            backdrop=True,
        )
