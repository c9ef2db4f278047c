"""The table: seats, issues board with the package builder, proposals, talk, moves and log.

One front-end for every table the window plays: the scene reads the viewer's `PlayerView`
and legal actions from a table port (`session.table`: a `LocalTable` for a game on this
computer, a `RemoteTable` for a seat in a room) and sends actions through it; it keeps only
what the player is composing (the package, the chosen phrase/interest/question). What only
a local game has (the bots' pace, a hotseat's hand-over, the learning moments, the debrief)
and what only a room has (`room.py`: leaving, a pause, a lost seat) are small parts around
it."""

from __future__ import annotations

import pygame
from pygame_gui.elements import UIButton

from game.engine import PlayerView
from game.learning.due import guesses_due, has_acted
from game.learning.selfrating import rating_due
from game.scenario.model import text_in
from game.ui.room_session import RoomSession
from game.ui.scene import Scene
from game.ui.scenes.guesses import GuessScene
from game.ui.scenes.table.builder import BuilderPanel
from game.ui.scenes.table.log import LogPanel
from game.ui.scenes.table.moments import Moments
from game.ui.scenes.table.moves import MovesPanel
from game.ui.scenes.table.proposals import ProposalsPanel
from game.ui.scenes.table.room import RoomParts
from game.ui.scenes.table.score import ScorePanel
from game.ui.scenes.table.seats import SEATS_SCROLL_SHARE, SEATS_SHARE, SeatsPanel
from game.ui.scenes.table.talk import TalkPanel
from game.ui.scenes.table.top import TopBar
from game.ui.scenes.table.wrapping import WholeText
from game.ui.session import Session
from game.ui.tabledraw import LIST_SCALE, draw_table, seat_list_height
from game.ui.theme import font
from game.ui.widgets import Scroller

SECTIONS = ("top", "seats", "builder", "score", "right", "log")  # also the Tab order
JUMPS = {pygame.K_F3: "package", pygame.K_F4: "proposals", pygame.K_F5: "moves"}


class TableScene(
    WholeText,
    TopBar,
    SeatsPanel,
    LogPanel,
    BuilderPanel,
    ScorePanel,
    ProposalsPanel,
    TalkPanel,
    MovesPanel,
    Moments,
    RoomParts,
    Scene,
):
    """The table of a game in progress: its panels are the mixins above, one module each."""

    hint_room = False  # the body ends above the hint strip by itself (see `build`)

    @property
    def default_focus(self) -> str:  # type: ignore[override]
        if self.is_over():
            return "table.leave" if self.remote else "table.debrief"
        if self.table.legal(self.viewer).must_answer:
            return "answer.truthful"
        # the package builder, never a move: an Enter by reflex must not pass a turn
        issues = self.view().issues
        if issues and issues[0].id in self.package:
            return f"opt.{issues[0].id}.{self.package[issues[0].id]}"
        return "table.briefing"

    def __init__(self, app, session: Session | RoomSession, watch: bool = False) -> None:
        super().__init__(app)
        self.session = session
        self.watch = watch
        self.package: dict[str, str] = {}
        self.package_for: str | None = None
        self.picked: set[str] = set()  # issues whose option the player chose themselves
        self.pending: tuple[str, str] | None = None  # (issue, option) Enter marked, to confirm
        self.talk_choice = {"phrase": 0, "reveal": 0, "ask": 0}
        self.talk_arrows: dict[tuple[str, int], UIButton] = {}  # (row, -1 or 1) -> ‹ or ›
        self.bot_wait = 0.0
        self.ended_shown = False
        self.drafts: dict[str, str] = {}  # each person's unsent statement, kept as their own
        self.log_count = -1
        self._log_shown: list[str] = []  # the log entries the log box shows
        self._view_key: tuple | None = None
        self._view: PlayerView | None = None
        self._picture: pygame.Surface | None = None
        self._picture_key: tuple | None = None
        self._pending = False  # the game changed: rebuild the changed sections next frame
        self._repack = False  # the package changed: rebuild the options and the score
        self.proposal_scroller: Scroller | None = None  # the proposal list, once built
        self._cards: dict[int, tuple[int, int]] = {}  # a proposal's card: top and bottom in it
        self._builder_key: tuple | None = None
        self._seat_texts: list[str] = []  # the seat list's texts, when it scrolls
        self._lines_kept: dict[tuple, list[str]] = {}  # a button text's lines (see _button_lines)
        self.talk_hints: list[str] = []  # every phrase, interest and question the arrows reach

    @property
    def table(self):
        """The table port this scene plays through (see the module's docstring)."""
        return self.session.table

    @property
    def remote(self) -> bool:
        """A seat in a room (the room runs the bots, keeps the game and ends it)."""
        return self.session.mode == "room"

    def is_over(self) -> bool:
        """Whether the game at this table has ended (a room's, as its last view says)."""
        return self.view().outcome is not None if self.remote else self.table.is_over()

    @property
    def game(self):
        """A local game's engine state (for the learning moments and tests); not in a room."""
        return self.session.game

    @property
    def viewer(self) -> str:
        return self.session.viewer()

    def forget_view(self) -> None:
        """The game object was replaced (watch mode): build everything from it again."""
        self._view_key = None
        self._picture_key = None
        self.package_for = None

    def view(self) -> PlayerView:
        """The viewer's view, read from the table once per change (not once per frame)."""
        if self.remote:
            key: tuple = ("room", self.viewer, self.session.stamp)
        else:
            game = self.game
            key = (id(game), self.viewer, len(game.log), game.current_actor, len(game.actions))
        if self._view_key != key:
            self._view_key = key
            self._view = self.table.view(self.viewer)
        return self._view

    def _name(self, view: PlayerView, actor: str) -> str:
        for a in view.actors:
            if a.id == actor:
                return text_in(a.name, self.lang)
        return actor

    def build(self) -> None:
        w, h = self.size
        pad = self.s(10)
        self._lay_out_top(self.view())
        body_top = self.top_h + pad
        body_h = h - body_top - max(self.s(30), self.app.hint_height())
        left_w = round(w * 0.30)
        mid_w = round(w * 0.36)
        right_w = w - left_w - mid_w - 4 * pad
        seat_h = round(body_h * 0.56)
        self.seats_scroll = False
        names = [text_in(a.name, self.lang) for a in self.view().actors if a.status != "absent"]
        self.seats_as_list = self.app.settings.scale >= LIST_SCALE or not self._oval_fits(
            names, left_w
        )
        if self.seats_as_list:  # a list of seats, as tall as it needs
            needed = seat_list_height(
                names, left_w, self._wrap_whole, self.app.settings.scale, self._long_status()
            )
            seat_h = min(needed, round(body_h * SEATS_SHARE))
            # too many for the room: the list scrolls, the log below keeps some room
            self.seats_scroll = needed > seat_h
            if self.seats_scroll:
                seat_h = round(body_h * SEATS_SCROLL_SHARE)
        self.seat_area = pygame.Rect(pad, body_top, left_w, seat_h)
        self.log_rect = pygame.Rect(
            pad,
            self.seat_area.bottom + pad,
            left_w,
            body_top + body_h - self.seat_area.bottom - pad,
        )
        self.mid_rect = pygame.Rect(self.seat_area.right + pad, body_top, mid_w, body_h)
        self.right_rect = pygame.Rect(self.mid_rect.right + pad, body_top, right_w, body_h)
        self.made = {}
        self._prepare()
        for name in SECTIONS:
            self.section = name
            self.build_section(name)
        self.section = ""
        self._builder_key = self._builder_state()

    def _prepare(self) -> None:
        self._ensure_package(self.view())
        self.legal = self.table.legal(self.viewer)

    def build_section(self, name: str) -> None:
        view, legal = self.view(), self.legal
        if name == "top":
            self._build_top(view, legal)
        elif name == "seats":
            self._build_seats(view)
        elif name == "log":
            self._build_log(view, self.log_rect)
        elif name == "builder":
            self._build_builder(view, legal, self.mid_rect)
        elif name == "score":
            self._build_score(view, legal, self.mid_rect)
        elif name == "right":
            self._build_right(view, legal, self.right_rect)

    def refresh_game(self) -> None:
        """After an action: rebuild what the game changed, and the option buttons only when
        the viewer, the package or the viewer's table changed (they are the costly part)."""
        if self.app.scene is not self or self.app._rebuild:
            self.refresh()
            return
        self._prepare()
        if self._builder_state() != self._builder_key:
            self.refresh()
            return
        self.rebuild_sections(("top", "seats", "log", "score", "right"), SECTIONS)

    def _repacked(self) -> None:
        """After a pick: the options and the score built again in place, their widgets and
        scroll positions kept, the rest of the table untouched."""
        if self.app._rebuild:
            return
        self._prepare()
        self.rebuild_sections(("builder", "score"), SECTIONS)
        self._builder_key = self._builder_state()

    def _briefing(self) -> None:
        from game.ui.scenes.briefing import BriefingScene

        self.app.push(BriefingScene(self.app, self.session, self.viewer))

    def escape(self) -> None:
        """Esc: back to the menu; the game is autosaved and can be continued. In a room Esc
        keeps you at the table: leaving is a button of its own."""
        if not self.remote:
            self.app.reset_to(self.app.scenes[0])

    def update(self, dt: float) -> None:
        if self.app.scene is not self:
            return
        if self.remote and not self._follow_room():  # the seat was lost: back to the seats
            return
        if self._pending:
            self._pending = False
            self._repack = False
            self.refresh_game()
        if self._repack:
            self._repack = False
            self._repacked()
        if self.is_over():
            if self._show_events(ending=True):  # how it ended, on a card to acknowledge
                return
            if not self.ended_shown:
                self.ended_shown = True
                self.refresh()
            if self.remote:
                self._room_rate("end")
            return
        if self.remote:
            self._room_moments()
            return
        self._local_turn(dt)

    def _local_turn(self, dt: float) -> None:
        """A local game goes on: the hand-over, the briefing and the learning moments of the
        person to move, or one action of the bot to move (one per `bot_delay`)."""
        game = self.game
        current = self._waiting_for_briefing() or game.current_actor
        # at a hotseat the hand-over comes first: events, reflections, guesses and dialogs
        # are the next player's and wait until that player has the screen
        if (
            current is not None
            and self.session.mode == "hotseat"
            and self.session.is_person(current)
            and current != self.session.last_viewer
        ):
            self._hand_over(current)
            return
        if self._show_events():
            return
        if current is None:
            return
        if self.session.is_person(current):
            if current not in self.session.briefed:
                self.session.last_viewer = current
                self._briefing_first(current)
            elif rating_due(
                self.session.journal, game.scenario, current, "start", has_acted(game, current)
            ):
                self._rate(current, "start")
            elif guesses_due(self.session.journal, game, current, "start"):
                self.app.push(GuessScene(self.app, self.session, current, "start"))
            return
        self.bot_wait -= dt
        if self.bot_wait > 0:
            return
        self.session.bot_step(current, self.lang)
        self.bot_wait = self.app.bot_delay
        self.refresh_game()

    def idle_hint(self) -> str | None:
        """The table's keys, where the focused control has nothing to say."""
        return self.tr("table.keys")

    def hints_to_come(self) -> list[str]:
        return [*self.talk_hints, self.tr("table.keys")]

    def handle(self, event: pygame.event.Event) -> bool:
        """F1 opens the viewer's briefing from anywhere at the table, F2 the support matrix."""
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F1 and not self.is_over():
            self._briefing()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F2:
            self._matrix()
            return True
        if event.type == pygame.KEYDOWN and event.key in JUMPS:
            self._jump(JUMPS[event.key])
            return True
        return False

    def _jump(self, panel: str) -> None:
        """F3, F4, F5: the focus to the package, the proposals (the closest to a deal) or the
        moves (Pass), each brought into view."""
        focus = self.app.focus
        if panel == "package":
            picked = [f"opt.{i}.{o}" for i, o in self.package.items()]
            keys = picked[:1] + [i.key for i in focus.items if i.key.startswith("opt.")]
        elif panel == "proposals":
            keys = [i.key for i in focus.items if i.key.startswith("prop.")] + ["table.matrix"]
        else:
            keys = ["table.pass", "answer.truthful"]
        if any(focus.focus_key(key) for key in keys):
            focus.show_current()

    def draw_below(self, surface: pygame.Surface) -> None:
        """The top bar and the seats, drawn again only when the game or the layout changed."""
        key = (
            self._view_key,
            surface.get_size(),
            self.lang,
            self.app.settings,
            self.turn_text,
            self.seat_area.topleft,
        )
        if self._picture_key != key or self._picture is None:
            self._picture_key = key
            texts_before = len(self.drawn_texts)
            self._picture = surface.copy()
            self._draw_picture(self._picture)
            self._picture_texts = self.drawn_texts[texts_before:]
        else:
            self.drawn_texts.extend(self._picture_texts)
        self.drawn_texts.extend(self._seat_texts)
        surface.blit(self._picture, (0, 0))

    def _draw_picture(self, surface: pygame.Surface) -> None:
        super().draw_below(surface)
        palette = self.app.palette
        w, _ = surface.get_size()
        pygame.draw.rect(
            surface,
            palette.accent if not self.app.settings.high_contrast else palette.card,
            (0, 0, w, self.top_h),
        )
        if self.app.settings.high_contrast:
            pygame.draw.line(surface, palette.ink, (0, self.top_h - 1), (w, self.top_h - 1), 2)
        view = self.view()
        # week against the deadline, then whose turn it is
        bar = pygame.Rect(self.week_x, self.s(12), self.week_w, self.s(10))
        pygame.draw.rect(surface, palette.felt_edge, bar, border_radius=5)
        done = bar.copy()
        done.width = round(bar.width * min(view.round, view.deadline) / max(view.deadline, 1))
        pygame.draw.rect(surface, palette.focus, done, border_radius=5)
        self.draw_text(
            surface,
            self.tr("ui.table.week", round=view.round, deadline=view.deadline),
            (bar.x, bar.bottom + self.s(2)),
            12,
            pygame.Color("white"),
            max_width=bar.width,
        )
        size, lines = self._turn_lines(self.turn_text) if self.turn_text else (15, [])
        line_h = font(self.s(size), True).get_linesize()
        row_top = self.bar_h if self.turn_below else 0
        y = row_top + (self.top_h - row_top - line_h * len(lines)) // 2
        for line in lines:
            self.draw_text(surface, line, (self.turn_x, y), size, pygame.Color("white"), bold=True)
            y += line_h
        if self.seats_scroll:
            return  # the seats are in their scrolling list (see `_build_seats`)
        draw_table(
            surface,
            self.seat_area,
            self._seats(view),
            palette,
            self.draw_text,
            self._wrap_whole,
            self.app.settings.scale,
            centre=self.tr("ui.table.week", round=view.round, deadline=view.deadline),
            as_list=self.seats_as_list,
        )
