"""A seat's legal actions rebuilt on the player's laptop from its `view` message.

The server lists the enumerable legal actions and the options the mandate allows; this
class offers the same questions as the engine's `LegalActions` (`in`, iterate, `options`,
`allows_package`, the turn flags), so the bots of game/agents can play from a client. The
server still checks every action; a wrong guess here only costs a refusal.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property

from pydantic import BaseModel

from game.engine import (
    Action,
    Answer,
    IllegalAction,
    PlayerView,
    Propose,
    Statement,
    action_data,
    parse_action,
    player_view_from_json,
)
from game.net.protocol import PlayerUpdate
from game.scenario.points import total


class RemoteLegal:
    def __init__(self, update: PlayerUpdate, view: PlayerView | None = None) -> None:
        self.update = update
        self.view = view or player_view_from_json(update.view)
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
        return self.update.can_talk

    @property
    def can_move(self) -> bool:
        return self.update.can_move

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
        return None if action in self else IllegalAction("net.not_listed")


def _key(action: Action) -> str:
    data = action_data(action)
    return repr(sorted(data.items()))
