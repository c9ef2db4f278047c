"""The messages the room server builds: a connection's view, the lobby, the room status,
a player's debrief.

A mixin of `RoomServer` (game/net/server.py), which decides when they are sent.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from game.engine import PlayerView, PublicView, action_data, view_to_json
from game.net import learning
from game.net.connection import Connection
from game.net.protocol import (
    EventInfo,
    GuessPrompt,
    Lobby,
    PlayerDebrief,
    PlayerUpdate,
    ProposalStatus,
    ReflectionPrompt,
    RoomStatus,
    SeatInfo,
    TableInfo,
    TableStatus,
    TableUpdate,
)
from game.net.room import Table
from game.scenario.model import text_in

#: Parts of a view that seldom change: left out of a view message when the connection's
#: previous view had them the same (the client keeps them).
STEADY_FIELDS = (
    "scenario_id",
    "title",
    "issues",
    "actors",
    "agreement",
    "confidential_brief",
    "points",
    "mandate",
    "consultations",
    "interests",
)


class UpdateBuilders:
    """Builds what the server tells a connection, the lobby and the facilitator."""

    # --- building messages ---------------------------------------------------------------
    def _update_for(self, conn: Connection, table: Table, ack: int | None) -> str:
        """The view message for one connection: its seat's view, or the public table.

        Only what the connection has not been sent yet goes out: log lines after the last
        one it has (`log_from`), and none of the steady parts (issues, actors, briefs, …)
        that are the same as in its previous view (`same`). Rebinding a seat resets both."""
        if conn.actor is None:
            view: PublicView = table.game.public_view()
            update: PlayerUpdate | TableUpdate = TableUpdate(
                table=table.number, paused=table.paused, view={}, log_from=conn.log_seen + 1
            )
        else:
            view, update = self._player_update(table, conn.actor, ack, conn.log_seen + 1)
        fresh = tuple([line for line in view.log if line.index > conn.log_seen])
        if view.log:
            conn.log_seen = max(conn.log_seen, view.log[-1].index)
        same = []
        for name in STEADY_FIELDS:
            if not hasattr(view, name):  # a player's own field, not in the public view
                continue
            value = getattr(view, name)
            if name in conn.sent and conn.sent[name] == value:
                same.append(name)
            conn.sent[name] = value
        if same:
            update = update.model_copy(update={"same": same})
        body = view_to_json(replace(view, log=fresh), exclude=set(same))
        return _with_view(update.model_dump_json(), body)

    def _player_update(
        self, table: Table, actor: str, ack: int | None, log_from: int
    ) -> tuple[PlayerView, PlayerUpdate]:
        game = table.game
        legal = game.legal_actions(actor)
        view = game.view(actor)
        listing: list[dict[str, Any]] = []
        options: dict[str, list[str]] = {}
        if legal.my_turn and not self.room.ended:
            listing = [action_data(a) for a in legal]
            if legal.can_move:
                options = {issue.id: legal.options(issue.id) for issue in view.issues}
        update = PlayerUpdate(
            table=table.number,
            ack=ack,
            paused=table.paused,
            my_turn=legal.my_turn,
            must_answer=legal.must_answer,
            can_talk=legal.can_talk,
            can_move=legal.can_move,
            legal=listing,
            options=options,
            reflection=self._reflection(table, actor, legal.my_turn),
            guesses=self._guesses(table, actor),
            log_from=log_from,
            view={},
        )
        return view, update

    def _reflection(self, table: Table, actor: str, my_turn: bool) -> ReflectionPrompt | None:
        """Asked on the player's own turn, as the window and the terminal ask it."""
        due = learning.reflection_prompt(table, actor) if my_turn else None
        return ReflectionPrompt(moment=due[0], question=due[1]) if due is not None else None

    def _guesses(self, table: Table, actor: str) -> GuessPrompt | None:
        if self.room.ended and not table.game.is_over():
            return None
        moment = learning.guess_prompt(table, actor)
        if moment is None:
            return None
        return GuessPrompt(moment=moment, about=learning.guess_about(table, actor, moment))

    def _seat_infos(self, table: Table, facilitator: bool = False) -> list[SeatInfo]:
        """The seats as the room may see them; only the facilitator learns bots' strategies."""
        lang = "nl"
        online = {c.actor for c in self.connections if c.table == table.number and c.token}
        actors = {a.id: a for a in self.room.scenario.actors}
        out = []
        for actor_id, seat in table.seats.items():
            known = actors.get(actor_id)
            out.append(
                SeatInfo(
                    actor=actor_id,
                    name=text_in(known.name, lang) if known else actor_id,
                    role=text_in(known.role, lang) if known else "",
                    kind=known.kind if known else "",
                    holder=seat.holder,
                    player=seat.players()
                    if seat.holder == "human"
                    else (seat.strategy if facilitator else None),
                    partner=seat.partner if seat.holder == "human" else None,
                    connected=seat.holder == "bot" or actor_id in online,
                )
            )
        return out

    def lobby(self) -> Lobby:
        room = self.room
        tables = []
        for table in room.tables:
            observers = sum(
                1 for c in self.connections if c.table == table.number and c.actor is None
            )
            tables.append(
                TableInfo(
                    table=table.number,
                    seats=self._seat_infos(table),
                    observers=observers,
                    round=table.game.round,
                    deadline=table.game.deadline,
                    paused=table.paused,
                    over=table.game.is_over(),
                )
            )
        return Lobby(
            room=room.code,
            scenario=room.scenario.id,
            title=text_in(room.scenario.title, "nl"),
            tables=tables,
            ended=room.ended,
        )

    def room_status(self) -> RoomStatus:
        room = self.room
        return RoomStatus(
            room=room.code,
            session=room.session_id,
            scenario=room.scenario.id,
            title=text_in(room.scenario.title, "nl"),
            ended=room.ended,
            can_fire_events=room.can_fire_events,
            can_extend_deadline=room.can_extend_deadline,
            tables=[self._cached_status(table) for table in room.tables],
        )

    def _cached_status(self, table: Table) -> TableStatus:
        """A table's status, rebuilt only when the table or its seats changed."""
        key = (self._changes.get(table.number, 0), self._seat_version, table.paused)
        cached = self._status_cache.get(table.number)
        if cached is None or cached[0] != key:
            cached = (key, self._table_status(table))
            self._status_cache[table.number] = cached
        return cached[1]

    def _table_status(self, table: Table) -> TableStatus:
        game = table.game
        public = game.public_view()
        result = table.result
        fired = set(_fired(game))
        return TableStatus(
            table=table.number,
            seats=self._seat_infos(table, facilitator=True),
            round=game.round,
            deadline=game.deadline,
            current_actor=game.current_actor,
            paused=table.paused,
            proposals=[
                ProposalStatus(
                    id=p.id,
                    proposer=p.proposer,
                    package=p.package,
                    supporters=p.supporters_at_table,
                )
                for p in public.proposals
            ],
            events=[
                EventInfo(id=e.id, fired=e.id in fired, text=text_in(e.message, "nl"))
                for e in self.room.scenario.events
            ],
            outcome=result.outcome if result else None,
            outcome_round=result.round if result else None,
            package=result.package if result else None,
            integration_index=result.integration_index if result else None,
            points=result.points if result else None,
            actions=len(game.actions),
        )


def player_debrief(table: Table, actor: str) -> PlayerDebrief:
    """One player's own figures at the end of its table's game (never another actor's)."""
    result = table.result
    game = table.game
    outcome = game.outcome
    own = game.final_points().get(actor, 0.0)
    return PlayerDebrief(
        table=table.number,
        actor=actor,
        outcome=outcome.kind if outcome is not None else "deadline",
        round=result.round,
        package=result.package,
        own_points=round(own, 2),
        own_batna=round(game.view(actor).batna, 2),
        integration_index=result.integration_index,
        pareto_optimal=result.pareto_optimal,
        **learning.learning_debrief(table, actor),
    )


def _fired(game: Any) -> list[str]:
    """Events fired at a table, private ones included (the facilitator may know)."""
    return [str(e.data.get("event")) for e in game.log if e.kind == "event"]


def _with_view(envelope: str, view: str) -> str:
    """Put an engine view's JSON into a message whose `view` is still `{}` (no re-parsing)."""
    head, tail = envelope.rsplit('"view":{}', 1)
    return f'{head}"view":{view}{tail}'
