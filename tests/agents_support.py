"""Shared helpers for the bot tests: the tables to play and a strict bot-only game."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from engine_support import all_scenarios

from game.agents import BotMove, make_bot
from game.engine import MOVE_KINDS, Game, PlayerView

__all__ = ["all_scenarios", "play_strictly"]


def play_strictly(
    game: Game,
    strategies: Mapping[str, str],
    seed: int,
    see: Callable[[PlayerView], PlayerView] = lambda view: view,
    max_actions: int = 3000,
) -> list[BotMove]:
    """A bot-only game in which every action is checked legal before it is applied, each bot
    getting a fresh view (passed through `see`) before every action."""
    bots = {a: make_bot(a, strategies[a], seed) for a in strategies}
    moves: list[BotMove] = []
    while not game.is_over() and len(moves) < max_actions:
        actor = game.current_actor
        assert actor is not None
        legal = game.legal_actions(actor)
        move = bots[actor].act(see(game.view(actor)), legal)
        assert move.action.actor == actor
        assert legal.why_not(move.action) is None, legal.why_not(move.action).message("en")
        game.apply(move.action)
        moves.append(move)
    assert game.is_over()
    return moves


def is_move(move: BotMove) -> bool:
    return move.action.kind in MOVE_KINDS
