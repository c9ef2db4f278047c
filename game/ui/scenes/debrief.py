"""The end of a game and its debrief: what was reached beside what was possible.

Everything said comes from the one debrief structure (game/debrief), as in the terminal and
the HTML report; the chart is drawn with pygame: per party its points in the best package the
table could reach together (one package for all), what it got, and its BATNA. "What another
way would have earned" (the trainee's seat replayed by each bot strategy) is worked out right
after the first frame, which says it is being worked out. Practice rewind goes back to the
start of an earlier week; the earlier outcomes stay beside.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pygame

from game.debrief import GameDebrief, build_debrief, with_counterfactual_of
from game.scenario.model import text_in
from game.scoring.analysis import Analysis
from game.scoring.scores import Scores
from game.ui.flow import button_need, flow, justify, rows_height
from game.ui.scene import Scene
from game.ui.scenes.debrief_chart import DebriefChart
from game.ui.scenes.debrief_text import DebriefText
from game.ui.session import PERSON, Session
from game.ui.tabledraw import LIST_SCALE
from game.ui.textfit import wrap_whole
from game.ui.theme import font

TIGHT_REPORT_LINES = 2  # the least of the report a tight layout leaves in view
#: Games per strategy behind the window's "what another way would have earned": fewer than
#: the report's COUNTERFACTUAL_GAMES, so it stays under two seconds on every shipped scenario
#: also on a busy machine (measured at load 4-5 on 2 cores: at most 1.0 s with 20 games, 2.6 s
#: with 40).
WINDOW_COUNTERFACTUAL_GAMES = 20
#: A button at the bottom: its key, text, action and object id.
BottomButton = tuple[str, str, Callable[[], None], str | None]


class DebriefScene(DebriefChart, DebriefText, Scene):
    default_focus = "debrief.menu"

    def __init__(self, app, session: Session) -> None:
        super().__init__(app)
        self.session = session
        game = session.game
        self.strategies = {a: s for a, s in session.seating.items() if s != PERSON}
        self.full: GameDebrief = build_debrief(game, session.people(), strategies=self.strategies)
        self.debrief = self.full.scoring
        self.analysis: Analysis = self.debrief.analysis
        self.scores: Scores = self.debrief.scores
        self.package = self.debrief.package
        self.reached = game.final_points()
        self.page = "scores"  # or "learning"
        self.counterfactual_seconds: float | None = None
        self._frames = 0  # frames drawn: the counterfactual waits for the first

    def work_out_counterfactual(self) -> None:
        """Add "what another way would have earned" (the bots play 4 × N games, measured
        in `counterfactual_seconds`); done once, after the first frame is on screen."""
        if self.full.counterfactual is not None:
            return
        started = time.perf_counter()
        self.full = with_counterfactual_of(
            self.full, self.session.game, self.strategies, WINDOW_COUNTERFACTUAL_GAMES
        )
        self.counterfactual_seconds = time.perf_counter() - started
        self.refresh()

    def update(self, dt: float) -> None:
        if self._frames >= 1:
            self.work_out_counterfactual()

    def _flip_page(self) -> None:
        self.page = "learning" if self.page == "scores" else "scores"
        self.refresh()

    def handle(self, event: pygame.event.Event) -> bool:
        """F2 turns between the scores and the learning points."""
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F2:
            self._flip_page()
            return True
        return False

    def _name(self, actor: str) -> str:
        return text_in(self.session.game.scenario.actor(actor).name, self.lang)

    def _outcome_text(self) -> str:
        outcome = self.session.game.outcome
        if outcome is None:
            return ""
        if outcome.kind == "agreement":
            return self.tr("ui.end.agreement", round=outcome.round)
        return self.tr("ui.end.deadline" if outcome.kind == "deadline" else "ui.end.walkout")

    def build(self) -> None:
        w, h = self.size
        margin = max(24, w // 40)
        head_y = self.s(10)
        if self.app.settings.scale < LIST_SCALE:  # large text: the outcome heads the screen
            self.label(
                pygame.Rect(margin, head_y, w - 2 * margin, self.s(50)),
                self.tr("ui.debrief.title"),
                "#title",
            )
            head_y = self.s(60)
        self.outcome_lines = wrap_whole(
            self._outcome_text(), font(self.s(18), True), w - 2 * margin
        )
        self.outcome_pos = (margin, head_y)
        line_h = font(self.s(18), True).get_linesize()
        top = head_y + line_h * max(len(self.outcome_lines), 1) + self.s(8)
        game = self.session.game
        last = game.outcome.round if game.outcome else game.round
        self.rewind_week = min(max(getattr(self, "rewind_week", 1), 1), last)
        width = w - 2 * margin
        buttons = self._bottom_buttons(width)
        rewind_h = self._rewind_row(0, 0, width, last, None)
        html = self._learning_html() if self.page == "learning" else self._html()
        bottom = h - self.s(16) - rows_height(buttons) - self.s(20) - rewind_h - self.s(12)
        left_w = (w - 3 * margin) * 9 // 20
        chart_w = w - 3 * margin - left_w
        self.chart = None
        if bottom - top < self.s(120) and self._tight(margin, top, width, h, last, html):
            return
        if bottom - top < self.s(120):
            # a small window at large text: no room for the report above the buttons; the
            # buttons, the rewind and the whole report (grown to its length) scroll together
            scroller = self.scroller(pygame.Rect(margin, top, width, h - top - self.s(8)))
            inner, width = scroller.inner, scroller.width
            buttons = self._bottom_buttons(width)
            y = self._make_buttons(buttons, 0, 0, inner) + self.s(12)
            y += self._rewind_row(0, y, width, last, inner) + self.s(12)
            box = self.textbox(pygame.Rect(0, y, width, -1), html, container=inner)
            scroller.set_content_height(y + box.rect.height)
            return
        if self.page == "learning" or bottom - top < self.s(160) or chart_w < self.s(280):
            # the second page (each person's feedback and guesses), or a window too small for
            # the chart beside the scores: the text alone, over the whole width
            self.textbox(pygame.Rect(margin, top, width, bottom - top), html)
        elif not self._chart_reads_whole(pygame.Rect(0, 0, chart_w, bottom - top)):
            # many parties at large text: names or the title would be cut; the text (which
            # gives every party's points) takes the whole width instead
            self.textbox(pygame.Rect(margin, top, width, bottom - top), html)
        else:
            self.textbox(pygame.Rect(margin, top, left_w, bottom - top), html)
            self.chart = pygame.Rect(2 * margin + left_w, top, chart_w, bottom - top)
        self._rewind_row(margin, bottom + self.s(12), width, last, None, make=True)
        self._make_buttons(buttons, margin, h - self.s(16) - rows_height(buttons), None)

    def _tight(self, x0: int, top: int, width: int, h: int, last: int, html: str) -> bool:
        """A small window at large text: the bottom buttons shorter, the week picker on their
        rows (its intro too where that takes no extra row), all of them in view at the bottom,
        and the report scrolling in the room above; made when that room holds a few lines."""
        bh = font(self.s(16), True).get_linesize() + self.s(6)  # the primary's text and a rim
        gap = self.s(8)
        export, page, menu = self._bottom_needs()
        labels = [self.tr("ui.debrief.rewind_to", round=week) for week in range(1, last + 1)]
        picker_w = 2 * (bh + self.s(6)) + max(self._need(label) for label in labels)
        intro = self.tr("ui.debrief.rewind")
        intro_w = font(self.s(13)).size(intro)[0] + self.s(16)
        bare = flow([export, page, picker_w, menu], width, bh, gap, gap)
        rects = flow([export, page, intro_w + picker_w, menu], width, bh, gap, gap)
        with_intro = rows_height(rects) <= rows_height(bare)
        rects = justify(rects if with_intro else bare, width, gap)
        y = h - self.s(8) - rows_height(rects)
        report_h = y - self.s(8) - top
        if report_h < TIGHT_REPORT_LINES * font(self.s(15)).get_linesize() + self.s(12):
            return False
        self.textbox(pygame.Rect(x0, top, width, report_h), html)
        place = [rect.move(x0, y) for rect in rects]
        bottom = self._bottom()
        for rect, button in zip(place[:2], bottom[:2], strict=True):
            self._bottom_button(rect, button, None)
        picker = place[2]
        if with_intro:
            self.label(pygame.Rect(picker.x, picker.y, intro_w, bh), intro, "#subtle")
            picker = pygame.Rect(picker.x + intro_w, picker.y, picker.width - intro_w, bh)
        self._rewind_picker(picker, last, small=bh)
        self._bottom_button(place[3], bottom[2], None)
        return True

    def _rewind_row(
        self, x0: int, y: int, width: int, last: int, container, make: bool = False
    ) -> int:
        """Practice rewind: one button per week played, or one week to pick when they don't
        fit; the intro above them when even the picker does not fit beside it. Made when
        `container` is given or `make`; its height."""
        intro = self.tr("ui.debrief.rewind")
        intro_w = font(self.s(13)).size(intro)[0] + self.s(16)
        row_h = self.s(34)
        labels = [self.tr("ui.debrief.rewind_to", round=week) for week in range(1, last + 1)]
        bw = max(font(self.s(15)).size(label)[0] for label in labels) + self.s(24)
        weeks_fit = intro_w + len(labels) * (bw + self.s(6)) <= width
        picker_w = 2 * (self.s(44) + self.s(6)) + max(self.s(260), self._need(labels[0]))
        beside = weeks_fit or intro_w + picker_w <= width
        height = row_h if beside else 2 * row_h
        if not (make or container is not None):
            return height
        self.label(pygame.Rect(x0, y, intro_w, row_h), intro, "#subtle", container)
        x = x0 + intro_w
        if not beside:
            x, y = x0, y + row_h
        if weeks_fit:
            for week, label in enumerate(labels, start=1):
                self.button(
                    pygame.Rect(x, y, bw, row_h),
                    label,
                    lambda r=week: self._rewind(r),
                    key=f"debrief.rewind.{week}",
                    container=container,
                )
                x += bw + self.s(6)
        else:
            self._rewind_picker(pygame.Rect(x, y, x0 + width - x, row_h), last, container)
        return height

    def _need(self, text: str, size: int = 15, bold: bool = False) -> int:
        return button_need(text, self.app.settings.scale, size, bold)

    def _bottom(self) -> list[BottomButton]:
        """The bottom buttons left to right: export, the page switch, the menu."""
        page = self.tr("ui.debrief.learning" if self.page == "scores" else "ui.debrief.scores_page")
        return [
            ("debrief.export", self.tr("ui.debrief.export"), self._export, None),
            ("debrief.page", page, self._flip_page, None),
            ("debrief.menu", self.tr("ui.debrief.menu"), self._menu, "#primary"),
        ]

    def _bottom_needs(self) -> list[int]:
        """The width each bottom button needs for its words whole (the primary's font is
        larger and bold)."""
        return [
            self._need(text, 16, True) if object_id == "#primary" else self._need(text)
            for _key, text, _action, object_id in self._bottom()
        ]

    def _bottom_buttons(self, width: int) -> list[pygame.Rect]:
        """Where the bottom buttons go (in the order of `_bottom`): export at the left, the
        page switch in the middle, the menu at the right, in `width` from (0, 0); over more
        rows, each as wide as its words, when they do not fit one."""
        needs = self._bottom_needs()
        margin = max(24, self.size[0] // 40)  # the middle is that of the window
        export_w = max(self.s(280), needs[0])
        menu_w = max(self.s(240), needs[2])
        page_w = max(min(self.s(320), width - 2 * margin - export_w - menu_w), needs[1])
        gap, bh = self.s(8), self.s(42)
        menu_x = width - menu_w
        page_x = (width - page_w) // 2
        if page_x < export_w + gap or page_x + page_w > menu_x - gap:
            page_x = (export_w + menu_x - page_w) // 2  # the middle of the gap
        if page_x >= export_w + gap and page_x + page_w <= menu_x - gap:
            return [
                pygame.Rect(0, 0, export_w, bh),
                pygame.Rect(page_x, 0, page_w, bh),
                pygame.Rect(menu_x, 0, menu_w, bh),
            ]
        return flow(needs, width, bh, gap, gap)

    def _make_buttons(self, rects: list[pygame.Rect], x: int, y: int, container) -> int:
        """The bottom buttons in `rects` moved by (x, y); the y below them."""
        for rect, button in zip(rects, self._bottom(), strict=True):
            self._bottom_button(rect.move(x, y), button, container)
        return y + rows_height(rects)

    def _bottom_button(self, rect: pygame.Rect, button: BottomButton, container) -> None:
        key, text, action, object_id = button
        self.button(rect, text, action, key=key, object_id=object_id, container=container)

    def _rewind_picker(
        self, rect: pygame.Rect, last: int, container=None, small: int | None = None
    ) -> None:
        """‹ Week n opnieuw ›: arrows (or the small buttons) pick the week, Enter replays.
        Given how wide the `small` buttons are, the middle one fills the rest of `rect`."""
        fill = small is not None
        small = small or self.s(44)
        week = self.rewind_week
        self.button(
            pygame.Rect(rect.x, rect.y, small, rect.height),
            "‹",
            lambda: self._pick_week(-1, last),
            key="debrief.rewind.earlier",
            enabled=week > 1,
            container=container,
        )
        label = self.tr("ui.debrief.rewind_to", round=week)
        middle = rect.width - 2 * (small + self.s(6))
        if not fill:
            middle = min(middle, max(self.s(260), self._need(label)))
        self.button(
            pygame.Rect(rect.x + small + self.s(6), rect.y, middle, rect.height),
            label,
            lambda: self._rewind(self.rewind_week),
            key="debrief.rewind",
            tooltip=self.tr("ui.debrief.rewind_pick", last=last),
            on_arrow=lambda step: self._pick_week(step, last),
            container=container,
        )
        self.button(
            pygame.Rect(rect.x + small + middle + 2 * self.s(6), rect.y, small, rect.height),
            "›",
            lambda: self._pick_week(1, last),
            key="debrief.rewind.later",
            enabled=week < last,
            container=container,
        )

    def _pick_week(self, step: int, last: int) -> bool:
        self.rewind_week = min(max(self.rewind_week + step, 1), last)
        self.refresh()
        return True

    def draw_below(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        self._frames += 1
        x, y = self.outcome_pos
        for line in self.outcome_lines:
            y = self.draw_text(surface, line, (x, y), 18, self.app.palette.accent, bold=True).bottom
        if self.chart is None:
            return
        if not self.session.attempts:
            self._draw_chart(surface, self.chart, self.reached, self.tr("ui.debrief.chart"))
            return
        # practice: the previous attempt and this one side by side
        half = (self.chart.width - self.s(12)) // 2
        before = self.chart.copy()
        before.width = half
        after = before.move(half + self.s(12), 0)
        attempt = self.session.attempts[-1]
        self._draw_chart(surface, before, attempt.points, self.tr("ui.debrief.first"))
        self._draw_chart(surface, after, self.reached, self.tr("ui.debrief.second"))

    def _rewind(self, week: int) -> None:
        from game.ui.scenes.table import TableScene

        kept = self.session.rewind(week)
        self.app.reset_to(self.app.scenes[0])
        self.app.push(TableScene(self.app, self.session))
        if kept is not None:
            self.app.status = self.tr("ui.debrief.kept_finished", name=kept.name)

    def _export(self) -> None:
        """Save the full debrief report (game/debrief/report.py) as one HTML file."""
        from game.debrief.report import render_report
        from game.ui.paths import user_dir

        folder = user_dir() / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        game = self.session.game
        path = folder / f"{game.scenario.id}-{time.strftime('%Y%m%d-%H%M%S')}.html"
        try:
            html = render_report(game, self.lang, self.session.journal, self.full)
            path.write_text(html, encoding="utf-8")
        except OSError as error:
            self.app.status = str(error)
            return
        self.exported = path
        self.app.status = self.tr("ui.debrief.exported", path=path)

    def _menu(self) -> None:
        self.app.reset_to(self.app.scenes[0])
