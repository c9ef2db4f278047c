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
from functools import lru_cache

import pygame

from game.debrief import GameDebrief, build_debrief, with_counterfactual_of
from game.debrief import words as said
from game.learning.guess_lines import accuracy_lines
from game.learning.moments import player_moments
from game.learning.selfrating import shift_lines
from game.play.kinds import kind_colour
from game.scenario.model import text_in
from game.scoring.analysis import Analysis
from game.scoring.scores import Scores
from game.ui.flow import button_need, flow, justify, rows_height
from game.ui.scene import Scene, esc
from game.ui.scenes.briefing import fmt
from game.ui.session import PERSON, Session
from game.ui.tabledraw import LIST_SCALE
from game.ui.textfit import wrap, wrap_whole
from game.ui.theme import font

TIGHT_REPORT_LINES = 2  # the least of the report a tight layout leaves in view
#: Games per strategy behind the window's "what another way would have earned": fewer than
#: the report's COUNTERFACTUAL_GAMES, so it stays under two seconds on every shipped scenario
#: also on a busy machine (measured at load 4-5 on 2 cores: at most 1.0 s with 20 games, 2.6 s
#: with 40).
WINDOW_COUNTERFACTUAL_GAMES = 20
#: A button at the bottom: its key, text, action and object id.
BottomButton = tuple[str, str, Callable[[], None], str | None]


@lru_cache(maxsize=32)
def _name_column(
    names: tuple[str, ...], size: int, narrow: int, wide: int, row_h: float, indent: int
) -> tuple[int, tuple[tuple[str, ...], ...]]:
    """The chart's name column: its width (`wide` when a name would be cut in `narrow`: the
    names take up to half the plot) and each name's lines (more where rows are tall; whole,
    a long word broken, where cutting would hide it). Drawn every frame, worked out once."""
    face = font(size)
    name_h = face.get_linesize()
    name_w = narrow
    if any(len(wrap_whole(name, face, narrow - indent)) * name_h > row_h for name in names):
        name_w = wide
    room = max(1, min(3, int(row_h / (1.3 * name_h))))
    lines = []
    for name in names:
        shown = wrap(name, face, name_w - indent, room)
        whole = wrap_whole(name, face, name_w - indent)
        if any(line.endswith("…") for line in shown) and len(whole) * name_h <= row_h:
            shown = whole
        lines.append(tuple(shown))
    return name_w, tuple(lines)


class DebriefScene(Scene):
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

    def _learning_html(self) -> str:
        """Per person: how well their priority guesses matched at the start and at the end,
        feedback tied to the learning goals, and their reflection answers."""
        game = self.session.game
        lang = self.lang
        goals = {g.id: text_in(g.text, lang) for g in game.scenario.learning_goals}
        parts = [f"<b>{esc(self.tr('ui.debrief.learning_title'))}</b>"]
        for actor in self.session.people():
            name = self._name(actor)
            moments = player_moments(game, actor, self.session.journal, self.debrief)
            lines = [f"<b>{esc(self.tr('ui.debrief.guesses_for', actor=name))}</b>"]
            found = moments.guesses
            if found is None or not any(
                s is not None and s.total for s in (found.start, found.end)
            ):
                lines.append(esc(self.tr("ui.debrief.no_guesses")))
            else:
                lines.extend(esc(line.strip()) for line in accuracy_lines(game, found, lang))
            lines.append(f"<b>{esc(self.tr('ui.debrief.feedback_for', actor=name))}</b>")
            for obs in moments.feedback:
                line = f"• <b>{esc(obs.kind_label(lang))}</b>: {esc(obs.text(lang))}"
                if obs.goal in goals:
                    goal = self.tr("learning.goal", goal=goals[obs.goal])
                    line += f"<br>   <i>{esc(goal)}</i>"
                lines.append(line)
            if not moments.feedback:
                lines.append(esc(self.tr("learning.report.no_feedback")))
            shift = shift_lines(game, self.session.journal, actor, lang)
            if shift:
                lines.append(f"<b>{esc(self.tr('learning.rating.report_title'))}</b>")
                lines.extend(esc(line) for line in shift)
            if moments.answers:
                lines.append(f"<b>{esc(self.tr('ui.debrief.answers_for', actor=name))}</b>")
                for answered in moments.answers:
                    text = answered.answer or self.tr("ui.debrief.empty_answer")
                    lines.append(
                        esc(
                            self.tr(
                                "ui.debrief.answer_line",
                                round=answered.round,
                                question=text_in(answered.question, lang),
                                answer=text,
                            )
                        )
                    )
            parts.append("<br>".join(lines))
        return "<br><br>".join(parts)

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

    def _html(self) -> str:
        lang = self.lang
        sc = self.scores
        full = self.full
        names = said.Names.of(self.session.game.scenario, lang)
        yes_no = self.tr("ui.debrief.yes" if sc.pareto_optimal else "ui.debrief.no")
        parts = [
            f"<b>{esc(said.integration_line(full, lang))}</b>"
            f"<br>{esc(self.tr('ui.debrief.pareto', value=yes_no))}"
        ]
        people = self.session.people()
        if people:  # the trainee first: own points, then what another way would have earned
            own = [f"<b>{esc(said.own_line(full, names, a))}</b>" for a in people]
            parts.append("<br>".join(own))
        ways = [said.counterfactual_note(full, names)] + [
            self.tr(
                "debrief.cf.row",
                way=row.way,
                points=row.points,
                agreement=row.agreement,
                index=row.integration,
            )
            for row in said.counterfactual_rows(full, lang)
        ]
        parts.append(self._block("debrief.title.counterfactual", ways))
        parts.append(self._block("debrief.title.left", said.left_lines(full, names)))
        parts.append(self._block("debrief.title.why", said.why_lines(full, names)))
        lines = [esc(self.tr("debrief.points_title"))]
        for actor in self.analysis.actors:
            line = esc(said.own_line(full, names, actor))
            lines.append(f"<b>{line}</b>" if actor in people else line)
        parts.append("<br>".join(lines))
        if self.debrief.hidden:
            hidden = "<br>".join(
                f"• {esc(self._name(h.actor))}: {esc(text_in(h.interest.text, lang))}"
                for h in self.debrief.hidden
            )
            parts.append(f"<b>{esc(self.tr('ui.debrief.hidden'))}</b><br>{hidden}")
        scenario = self.session.game.scenario
        if self.package:
            chosen = []
            for issue in self.session.game.view(self.session.viewer()).issues:
                option = next(
                    (o for o in issue.options if o.id == self.package.get(issue.id)), None
                )
                if option is not None:
                    chosen.append(
                        f"• {esc(text_in(issue.name, lang))}: {esc(text_in(option.label, lang))}"
                    )
            parts.append(f"<b>{esc(self.tr('ui.debrief.package'))}</b><br>" + "<br>".join(chosen))
        else:
            parts.append(esc(self.tr("ui.debrief.no_package")))
        if self.session.attempts:
            rows = [f"<b>{esc(self.tr('ui.debrief.compare'))}</b>"]
            for number, attempt in enumerate(self.session.attempts, start=1):
                total = sum(attempt.points.values())
                kind = self.tr(f"ui.debrief.kind.{attempt.outcome_kind}")
                rows.append(f"{number}. {esc(kind)} · Σ {fmt(total, 1)}")
            now_total = sum(self.reached.values())
            rows.append(
                f"{len(self.session.attempts) + 1}. "
                f"{esc(self._outcome_text())} · Σ {fmt(now_total, 1)}"
            )
            parts.append("<br>".join(rows))
        if scenario.learning_goals:
            goals = "<br>".join(f"• {esc(text_in(g.text, lang))}" for g in scenario.learning_goals)
            parts.append(f"<b>{esc(self.tr('ui.debrief.goals'))}</b><br>{goals}")
        return "<br><br>".join(parts)

    def _block(self, title_key: str, lines: list[str]) -> str:
        body = "<br>".join(f"• {esc(line)}" for line in lines)
        return f"<b>{esc(self.tr(title_key))}</b><br>{body}"

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

    def _plot(self, area: pygame.Rect, title_bottom: int) -> tuple[pygame.Rect, int, int, float]:
        """The chart's plot below its title and legend: the rect, the narrow and wide widths
        of the name column, and the height of one party's row."""
        legend_y = title_bottom + self.s(6)
        plot = pygame.Rect(
            area.x + self.s(12),
            legend_y + self.s(28),
            area.width - self.s(24),
            area.bottom - legend_y - self.s(28) - self.s(10),
        )
        narrow = min(self.s(170), plot.width // 3)
        row_h = plot.height / max(len(self.analysis.actors), 1)
        return plot, narrow, max(narrow, plot.width // 2), row_h

    def _chart_reads_whole(self, area: pygame.Rect) -> bool:
        """Whether the chart's title and every party's name fit `area` uncut."""
        heading = font(self.s(14), True)
        if heading.size(self.tr("ui.debrief.chart"))[0] > area.width - self.s(24):
            return False
        _plot, narrow, wide, row_h = self._plot(area, area.y + self.s(8) + heading.get_linesize())
        names = tuple(self._name(a) for a in self.analysis.actors)
        _, lines = _name_column(names, self.s(12), narrow, wide, row_h, self.s(20))
        return not any(line.endswith("…") for shown in lines for line in shown)

    def _draw_chart(
        self, surface: pygame.Surface, area: pygame.Rect, reached: dict[str, float], heading: str
    ) -> None:
        """Per party: its points in the best package reachable together (light), reached
        (dark), BATNA (tick)."""
        palette = self.app.palette
        pygame.draw.rect(surface, palette.card, area, border_radius=8)
        title = self.draw_text(
            surface,
            heading,
            (area.x + self.s(12), area.y + self.s(8)),
            14,
            bold=True,
            max_width=area.width - self.s(24),
        )
        actors = self.analysis.actors
        together = self.full.best_reachable
        best = dict(together.points) if together is not None else {}
        batna = self.analysis.batna
        top_value = max([*best.values(), *batna.values(), *reached.values(), 1.0])
        plot, narrow, wide, row_h = self._plot(area, title.bottom)
        legend_y = title.bottom + self.s(6)
        x = area.x + self.s(12)
        for colour, label in (
            (palette.chart_possible, "ui.debrief.possible"),
            (palette.chart_reached, "ui.debrief.reached"),
            (palette.bad, "ui.debrief.batna"),
        ):
            pygame.draw.rect(surface, colour, (x, legend_y + self.s(3), self.s(14), self.s(12)))
            r = self.draw_text(surface, self.tr(label), (x + self.s(18), legend_y), 12)
            x = r.right + self.s(16)
        name_h = font(self.s(12)).get_linesize()
        name_w, name_lines = _name_column(
            tuple(self._name(a) for a in actors), self.s(12), narrow, wide, row_h, self.s(20)
        )
        bar_w = plot.width - name_w - self.s(50)
        for k, actor in enumerate(actors):
            y = round(plot.y + k * row_h)
            kind = self.session.game.scenario.actor(actor).kind
            pygame.draw.circle(
                surface, kind_colour(kind), (plot.x + self.s(6), y + round(row_h / 2)), self.s(5)
            )
            names = name_lines[k]
            name_y = y + round(row_h / 2) - name_h * (len(names) - 1) // 2
            for k_line, line in enumerate(names):
                self.draw_text(
                    surface,
                    line,
                    (plot.x + self.s(16), name_y + k_line * name_h),
                    12,
                    anchor="midleft",
                    max_width=name_w - self.s(20),
                )
            x0 = plot.x + name_w
            h_bar = max(6, round(row_h * 0.30))
            possible = round(bar_w * max(best.get(actor, 0), 0) / top_value)
            got = round(bar_w * max(reached.get(actor, 0), 0) / top_value)
            y1 = y + round(row_h / 2) - h_bar
            pygame.draw.rect(surface, palette.chart_possible, (x0, y1, possible, h_bar))
            pygame.draw.rect(surface, palette.chart_reached, (x0, y1 + h_bar, got, h_bar))
            tick = x0 + round(bar_w * max(batna[actor], 0) / top_value)
            pygame.draw.line(surface, palette.bad, (tick, y1 - 3), (tick, y1 + 2 * h_bar + 3), 3)
            self.draw_text(
                surface,
                fmt(reached.get(actor, 0), 1),
                (x0 + max(got, possible) + self.s(6), y + round(row_h / 2)),
                12,
                anchor="midleft",
            )

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
