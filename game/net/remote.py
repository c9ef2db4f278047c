"""A seat's legal actions rebuilt on the player's laptop from its `view` message.

The server lists the enumerable legal actions and the options the mandate allows; this
class offers the same questions as the engine's `LegalActions` (`in`, iterate, `options`,
`allows_package`, the turn flags), so the bots of game/agents can play from a client. The
server still checks every action; a wrong guess here only costs a refusal.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import fields
from functools import cached_property
from typing import Any

from pydantic import BaseModel

from game.engine import (
    TALK_KINDS,
    Action,
    Answer,
    IllegalAction,
    PlayerView,
    Propose,
    PublicView,
    Statement,
    Support,
    action_data,
    parse_action,
    player_view_from_json,
    public_view_from_json,
)
from game.net.protocol import PlayerUpdate
from game.play import wording
from game.scenario.points import shown, total


def player_view(data: dict[str, Any]) -> PlayerView:
    """A seat's view from the JSON of a `view` message: the one place a client reads one."""
    return player_view_from_json(data)


def public_view(data: dict[str, Any]) -> PublicView:
    """The public table from the JSON of a `table_view` message, or of a seat's `view`
    message without the seat's own parts."""
    return public_view_from_json({k: v for k, v in data.items() if k in PUBLIC_FIELDS})


#: What a seat's view shares with the public table's.
PUBLIC_FIELDS = frozenset(field.name for field in fields(PublicView))


class RemoteLegal:
    def __init__(self, update: PlayerUpdate, view: PlayerView | None = None) -> None:
        self.update = update
        self.view = view or player_view(update.view)
        self.actor = self.view.actor

    @cached_property
    def _listed(self) -> list[Action]:
        return [parse_action(data) for data in self.update.legal]

    @cached_property
    def _keys(self) -> set[str]:
        return {_key(action) for action in self._listed}

    @property
    def my_turn(self) -> bool:
        return self.update.my_turn and not self.update.paused

    @property
    def must_answer(self) -> bool:
        return self.update.must_answer

    @property
    def can_talk(self) -> bool:
        return self.update.can_talk and not self.update.paused  # a paused table waits

    @property
    def can_move(self) -> bool:
        return self.update.can_move and not self.update.paused

    def __iter__(self) -> Iterator[Action]:
        return iter(self._listed)

    def __contains__(self, action: object) -> bool:
        if isinstance(action, Propose):
            return action.actor == self.actor and self.allows_package(action.package)
        if isinstance(action, Statement) and action.text is not None:
            return action.actor == self.actor and self.can_talk and bool(action.text.strip())
        return isinstance(action, BaseModel) and _key(action) in self._keys  # type: ignore[arg-type]

    def answerable(self) -> list[int]:
        """The ids of the questions this seat may answer now (the server lists an answer in
        every mode for each)."""
        found = [a.question for a in self._listed if isinstance(a, Answer)]
        return list(dict.fromkeys(found))

    def options(self, issue: str) -> list[str]:
        return list(self.update.options.get(issue, []))

    def allows_package(self, package: Mapping[str, str]) -> bool:
        """Complete, inside the mandate's options and minimum score, and not on the table."""
        view = self.view
        if not self.can_move or set(package) != {issue.id for issue in view.issues}:
            return False
        if any(option not in self.options(issue) for issue, option in package.items()):
            return False
        if any(dict(package) == p.package for p in view.proposals):
            return False
        minimum = view.mandate.min_score
        score = total([view.points[issue][option] for issue, option in package.items()])
        return minimum is None or score >= minimum

    def why_not(self, action: Action) -> IllegalAction | None:
        """None when the room listed `action`; else the engine's reason where the view
        shows it (the end, another's turn, a question first, talk used, the mandate), or
        "not listed"."""
        if action in self:
            return None
        view, update = self.view, self.update
        name = lambda actor: wording.actor_text(view, actor)  # noqa: E731
        if view.outcome is not None:
            return IllegalAction("engine.illegal.game_over")
        if action.actor != self.actor:
            return IllegalAction("engine.illegal.wrong_actor", {"actor": name(action.actor)})
        if update.paused:
            return IllegalAction("net.paused", {"table": update.table})
        if not update.my_turn:
            current = name(view.current_actor or "")
            return IllegalAction(
                "engine.illegal.not_your_turn", {"actor": name(self.actor), "current": current}
            )
        if update.must_answer and not isinstance(action, Answer):
            asker = name(view.questions_waiting[0].asker) if view.questions_waiting else ""
            return IllegalAction(
                "engine.illegal.answer_first", {"actor": name(self.actor), "asker": asker}
            )
        if action.kind in TALK_KINDS and view.talked:
            return IllegalAction("engine.illegal.talk_used", {"actor": name(self.actor)})
        if isinstance(action, Propose | Support):
            package = action.package if isinstance(action, Propose) else self._package(action)
            problem = self.mandate_problem(package, action.kind) if package else None
            if problem is not None:
                return problem
        return IllegalAction("net.not_listed")

    def _package(self, action: Support) -> dict[str, str] | None:
        found = next((p for p in self.view.proposals if p.id == action.proposal), None)
        return dict(found.package) if found is not None else None

    def mandate_problem(self, package: Mapping[str, str], verb: str) -> IllegalAction | None:
        """Why this seat's mandate does not cover `package` (verb: 'propose' or 'support'),
        read from the view as the engine words it: for marking what lies outside it."""
        view = self.view
        for issue, option in package.items():
            if option in view.mandate.forbidden.get(issue, []):
                return IllegalAction(
                    f"engine.illegal.{verb}_forbidden",
                    {
                        "actor": wording.actor_text(view, self.actor),
                        "issue": wording.issue_text(view, issue),
                        "option": wording.option_text(view, issue, option),
                    },
                )
        minimum = view.mandate.min_score
        score = total([view.points.get(i, {}).get(o, 0.0) for i, o in package.items()])
        if minimum is None or score >= minimum:
            return None
        return IllegalAction(
            f"engine.illegal.{verb}_min_score",
            {
                "actor": wording.actor_text(view, self.actor),
                "score": shown(score),
                "min_score": shown(minimum),
            },
        )


def _key(action: Action) -> str:
    data = action_data(action)
    return repr(sorted(data.items()))
