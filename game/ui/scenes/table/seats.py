"""The table's seats: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

import pygame
from pygame_gui.elements import UIImage

from game.engine import PlayerView
from game.scenario.model import text_in
from game.ui.focus import Focusable
from game.ui.tabledraw import NAME_LINES, TEXT_SHARE, Seat, draw_seat_list, seat_list_height
from game.ui.textfit import wrap_whole
from game.ui.theme import font
from game.ui.widgets import Scroller

SEATS_SHARE = 0.8  # the seat list (large text) takes at most this share of the body's height
OVAL_MAX_SEATS = 6  # more seats crowd the oval: neighbours' names and roles run into each other
SEATS_SCROLL_SHARE = 0.6  # and when it scrolls, this share (the log keeps the rest)
SUPPORT_IDS = 3  # a seat lists the proposals it supports up to this many, else counts them


class SeatsPanel:
    """Who sits at the table: an oval, or a list (large text, many seats) that scrolls when it
    is too long."""

    def _oval_fits(self, names: list[str], width: int) -> bool:
        """Whether the oval has room for every name whole (on NAME_LINES lines) and for a
        long status on one line, and no more than OVAL_MAX_SEATS seats share it; else the
        seats are a list, where they read whole."""
        if len(names) > OVAL_MAX_SEATS:
            return False
        text_w = max(80, round(width * TEXT_SHARE))
        name_font = font(self.s(13), True)
        if any(len(wrap_whole(name, name_font, text_w)) > NAME_LINES for name in names):
            return False
        return font(self.s(11)).size(self._long_status())[0] <= text_w

    def _long_status(self) -> str:
        """A seat's status as long as it often gets: the list keeps room for it, so it stays
        put as parties come to support proposals."""
        supports = self.tr("ui.table.status_supports", ids="#1, #2, #3")
        return self.tr("ui.table.bot") + " · " + supports

    def _build_seats(self, view: PlayerView) -> None:
        """When the seat list is too long for its room (large text, small window): the list
        drawn whole into a scrolling area, the log under it."""
        self._seat_texts = []
        if not self.seats_scroll:
            return
        scroller = self.scroller(self.seat_area)
        seats = self._seats(view)
        sig = ("seats", tuple(seats), scroller.width)
        image = self._reuse(sig)  # the same seats as before: the same picture
        if image is None:
            scale = self.app.settings.scale
            names = [seat.name for seat in seats]
            height = seat_list_height(
                names, scroller.width, self._wrap_whole, scale, self._long_status()
            )
            picture = pygame.Surface((scroller.width, height), pygame.SRCALPHA)
            before = len(self.drawn_texts)
            area = picture.get_rect()
            rows = draw_seat_list(
                picture, area, seats, self.app.palette, self.draw_text, self._wrap_whole, scale
            )
            image = UIImage(area, picture, self.ui, container=scroller.inner)
            image.seat_texts = self.drawn_texts[before:]
            image.seat_rows = rows
            del self.drawn_texts[before:]
        self._seat_texts = image.seat_texts
        self.keep(image, sig)
        if scroller.content_height != image.rect.height:
            scroller.set_content_height(image.rect.height)
        self._seat_stops(image.seat_rows, scroller)

    def _seat_stops(self, rows: list[pygame.Rect], scroller: Scroller) -> None:
        """Each seat of the scrolling list a Tab stop (after the top bar, before the builder):
        a keyboard user reaches every party, and the list scrolls to the seat in focus, as the
        other columns do. A stop is a clear image over its seat, for the focus ring."""
        for k, row in enumerate(rows):
            sig = ("seat_stop", k, tuple(row))
            stop = self._reuse(sig)
            if stop is None:
                clear = pygame.Surface(row.size, pygame.SRCALPHA)
                stop = UIImage(row, clear, self.ui, container=scroller.inner)
            self.app.focus.add(Focusable(f"seat.{k}", stop, section=self.section))
            self.keep(stop, sig)

    def _seats(self, view: PlayerView) -> list[Seat]:
        """Who sits at the table, the viewer first (at the bottom of the oval)."""
        seats = []
        supports: dict[str, list[str]] = {}
        for proposal in view.proposals:
            for actor in proposal.supporters_at_table:
                supports.setdefault(actor, []).append(f"#{proposal.id}")
        order = [a for a in view.actors if a.status != "absent"]
        # the viewer sits at the bottom of the table
        if any(a.id == self.viewer for a in order):
            k = next(i for i, a in enumerate(order) if a.id == self.viewer)
            order = order[k:] + order[:k]
        for actor in order:
            gone = actor.status == "walked_away"
            if gone:
                status = self.tr("ui.table.status_walked")
            elif len(supports.get(actor.id, ())) > SUPPORT_IDS:  # whole, not cut with '…'
                status = self.tr("table.supports_many", count=len(supports[actor.id]))
            elif actor.id in supports:
                status = self.tr("ui.table.status_supports", ids=", ".join(supports[actor.id]))
            else:
                status = ""
            player = self.session.player_of(actor.id) if self.remote else ""
            if player:  # in a room: who plays the seat ("Anna & Bram" for a duo)
                status = player + (" · " + status if status else "")
            elif not self.session.is_person(actor.id):
                status = self.tr("ui.table.bot") + (" · " + status if status else "")
            seats.append(
                Seat(
                    text_in(actor.name, self.lang),
                    text_in(actor.role, self.lang),
                    actor.kind,
                    status,
                    actor.id == view.current_actor,
                    gone,
                    actor.id == self.viewer,
                )
            )
        return seats
