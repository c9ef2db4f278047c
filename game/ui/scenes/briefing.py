"""Briefing for one player: public and confidential brief, point table, BATNA, mandate.

It reads the player's view from the session's table port, so the same briefing serves a
local game and a seat in a room (whose view the room sent)."""

from __future__ import annotations

import pygame

from game.scenario.model import text_in
from game.scenario.points import MAX_DECIMALS, shown
from game.ui.icons import icon
from game.ui.scene import Scene, esc
from game.ui.theme import font


def fmt(points: float, decimals: int = MAX_DECIMALS, sign: bool = False) -> str:
    """Points for the window, rounded for people (`points.shown`)."""
    return shown(points, decimals, sign)


class BriefingScene(Scene):
    default_focus = "briefing.go"

    def __init__(self, app, session, actor: str) -> None:
        super().__init__(app)
        self.session = session
        self.actor = actor

    def build(self) -> None:
        w, h = self.size
        view = self.session.table.view(self.actor)  # a local table's or a room seat's
        lang = self.lang
        me = next(a for a in view.actors if a.id == self.actor)
        margin = max(24, w // 40)
        icon_size = self.s(56)
        self.icon_pos = (margin, self.s(18))
        self.kind = me.kind
        tx = margin + icon_size + self.s(14)
        title = self.tr("ui.briefing.title", actor=text_in(me.name, lang))
        fits = font(self.s(34), True).size(title)[0] <= w - tx - margin - 8
        if fits:
            self.label(pygame.Rect(tx, self.s(8), w - tx - margin, self.s(50)), title, "#title")
            below = self.s(56)
        else:  # a long name, large text: a smaller title, wrapped whole rather than cut
            heading = font(self.s(18), True)
            below = self.label_lines(
                pygame.Rect(tx, self.s(12), w - tx - margin, heading.get_linesize()),
                title,
                "#heading",
                heading,
            )
            below = max(below, self.s(44))
        self.label(
            pygame.Rect(tx, below, w - tx - margin, self.s(24)),
            text_in(me.role, lang),
            "#subtle",
        )
        top = below + self.s(34)
        bottom = h - self.s(76)
        gap = self.s(16)
        left_w = (w - 2 * margin - gap) * 11 // 20
        self.textbox(pygame.Rect(margin, top, left_w, bottom - top), self._brief_html(view))
        self.textbox(
            pygame.Rect(margin + left_w + gap, top, w - 2 * margin - left_w - gap, bottom - top),
            self._points_html(view),
        )
        go_key = "ui.briefing.to_table"
        if self.actor in self.session.briefed:
            go_key = "ui.briefing.back_to_table"
        self.button(
            pygame.Rect(w - margin - self.s(280), h - self.s(62), self.s(280), self.s(44)),
            self.tr(go_key),
            self._go,
            key="briefing.go",
            object_id="#primary",
        )

    def _brief_html(self, view) -> str:
        lang = self.lang
        me = next(a for a in view.actors if a.id == self.actor)
        parts = [
            f"<b>{esc(self.tr('ui.briefing.public'))}</b><br>{esc(text_in(me.public_brief, lang))}",
            f"<b>{esc(self.tr('ui.briefing.confidential'))}</b><br>"
            f"{esc(text_in(view.confidential_brief, lang))}",
        ]
        if view.interests:
            lines = []
            for interest in view.interests:
                mark = (
                    f" <i>{esc(self.tr('ui.briefing.revealed'))}</i>" if interest.revealed else ""
                )
                lines.append(f"• {esc(text_in(interest.text, lang))}{mark}")
            parts.append(f"<b>{esc(self.tr('ui.briefing.interests'))}</b><br>" + "<br>".join(lines))
        if view.consultations:
            lines = [f"• {esc(text_in(c.label, lang))}" for c in view.consultations if not c.used]
            if lines:
                parts.append(
                    f"<b>{esc(self.tr('ui.briefing.consultations'))}</b><br>" + "<br>".join(lines)
                )
        return "<br><br>".join(parts)

    def _points_html(self, view) -> str:
        lang = self.lang
        forbidden = view.mandate.forbidden
        lines = [
            f"<b>{esc(self.tr('ui.briefing.points'))}</b>",
            esc(self.tr("ui.briefing.batna", batna=fmt(view.batna))),
            "",
        ]
        for issue in view.issues:
            lines.append(f"<b>{esc(text_in(issue.name, lang))}</b>")
            for option in issue.options:
                points = view.points[issue.id][option.id]
                label = esc(text_in(option.label, lang))
                if option.id in forbidden.get(issue.id, []):
                    outside = esc(self.tr("ui.briefing.outside"))
                    lines.append(f"  {fmt(points):>4} · <i>{label} ({outside})</i>")
                else:
                    lines.append(f"  <b>{fmt(points):>4}</b> · {label}")
            lines.append("")
        lines.append(f"<b>{esc(self.tr('ui.briefing.mandate'))}</b>")
        if not forbidden and view.mandate.min_score is None:
            lines.append(esc(self.tr("ui.briefing.mandate_free")))
        names = {i.id: i for i in view.issues}
        for issue_id, options in forbidden.items():
            issue = names.get(issue_id)
            if issue is None:
                continue
            labels = ", ".join(text_in(o.label, lang) for o in issue.options if o.id in options)
            lines.append(
                esc(
                    self.tr(
                        "ui.briefing.forbidden", issue=text_in(issue.name, lang), options=labels
                    )
                )
            )
        if view.mandate.min_score is not None:
            lines.append(esc(self.tr("ui.briefing.min_score", points=fmt(view.mandate.min_score))))
        return "<br>".join(lines)

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        surface.blit(icon(self.kind, self.s(56)), self.icon_pos)

    def _go(self) -> None:
        self.session.briefed.add(self.actor)
        self.app.pop()

    def escape(self) -> None:
        self._go()
