"""The table's room parts: a part of `TableScene` (game/ui/scenes/table/scene.py)."""

from __future__ import annotations

from game.engine import PlayerView
from game.learning.journal import Moment
from game.net.client import SEAT_LOST
from game.net.protocol import Lobby, Noted
from game.ui.scenes.rating import RatingScene


def has_acted(view: PlayerView) -> bool:
    """Whether the seat has made a move already (then "before you start" is too late)."""
    return any(line.kind == "action" and line.actor == view.actor for line in view.log)


class RoomParts:
    """What only a seat in a room has around the table: following what the room sends (a
    refusal that came late, a pause, the session's end, a lost connection, a lost seat), the
    self-assessments sent to the room, and leaving. The room runs the bots and keeps the
    game; the table itself is the same as for a local game."""

    _online = True  # the connection was up at the last frame

    def _follow_room(self) -> bool:
        """Read what the room sent since the last frame; False when the seat was lost and
        the window went back to the seat list."""
        session = self.session
        for message in session.link.messages():
            if isinstance(message, Noted):
                self.app.status = self.tr("learning.rating.sent")
            elif isinstance(message, Lobby):
                self._pending = True  # who plays a seat (a duo's partner) shows by it
            elif message.type == "ended":
                session.ended = True
                self._pending = True
        update = self.table.poll()
        for refusal in update.refusals:
            self.app.status = self.tr("ui.table.illegal", reason=refusal.message(self.lang))
            if refusal.key in SEAT_LOST:
                self._back_to_seats()
                return False
        if update.changed or session.connected != self._online:
            self._online = session.connected
            self._pending = True
        return True

    def _room_status(self) -> str | None:
        """What the turn's place says instead, in a room: the trainer ended the session,
        the connection is lost, or the table is paused; else None."""
        if self.session.ended:
            return self.tr("net.join.ended")
        if not self.session.connected:
            return self.tr("table.room_offline")
        if self.table.paused:
            return self.tr("net.dash.paused")
        return None

    def _room_moments(self) -> None:
        """Between the room's moves: the seat's briefing first, the self-assessment before
        the first move, then each moment's card."""
        viewer = self.viewer
        if viewer not in self.session.briefed:
            self._briefing_first(viewer)
        elif not self._room_rate("start"):
            self._show_events()

    def _room_rate(self, moment: Moment) -> bool:
        """The self-assessment at the start (before the first move) and at the end, once
        each, sent to the room; a case without learning goals asks nothing. True when it
        was asked now."""
        session = self.session
        goals = session.seated.goals
        if moment in session.rated or not goals:
            return False
        if moment == "end" and "start" not in session.rated:
            session.rated.add("start")  # joined a finished table: no "before" to ask
        session.rated.add(moment)
        if moment == "start" and has_acted(self.view()):
            return False  # back at the seat after a break: the start has passed

        def send(ratings: dict[str, int], skipped: bool) -> None:
            session.rate(moment, ratings, skipped)

        self.app.push(RatingScene(self.app, goals, moment, send))
        return True

    def _back_to_seats(self) -> None:
        """The seat went to someone else (or the table closed): back to the room's seats."""
        below = self.app.scenes[-2] if len(self.app.scenes) > 1 else None
        self.app.pop()
        seat_lost = getattr(below, "seat_lost", None)
        if seat_lost is not None:
            seat_lost()

    def _leave(self) -> None:
        """Leave the room: the connection closes (the seat stays yours to come back to) and
        the window goes back past the join form."""
        self.session.leave()
        self.app.pop()
        self.app.pop()
