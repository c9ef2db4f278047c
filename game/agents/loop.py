"""The one bot loop: every client lets a bot play its turn here, with one seeding rule and
one fallback, so a scenario, a seed and a strategy mix give the same game in the window, the
terminal, the room and `simulate`.

The seeding rule: a bot is made with its table's game seed (`make_bot(actor, strategy,
game.seed)`; the bot mixes in its own actor). The fallback: a bot's action the rules refuse is
replaced by a plain pass, or the first legal action where a pass is not allowed (an owed
answer), so a bot's mistake never stops a table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from game.agents.bot import make_bot
from game.agents.bot_move import Bot, BotMove
from game.agents.explain import actor_name, sentence
from game.engine import MOVE_KINDS, Action, Game, IllegalAction, Pass, RevealInterest


def table_bot(game: Game, actor: str, strategy: str) -> Bot:
    """The bot for `actor`'s seat at `game`'s table: the one seeding rule."""
    return make_bot(actor, strategy, game.seed)


def fallback_action(game: Game, actor: str) -> Action:
    """What a bot does when the rules refuse its choice: pass, else the first legal action."""
    legal = game.legal_actions(actor)
    plain = Pass(actor=actor)
    return plain if plain in legal else next(iter(legal), plain)


def turn_steps(game: Game, bot: Bot) -> Iterator[BotMove]:
    """`bot`'s whole turn (answers, talk, one move), one applied action per step.

    The bot gets its view at the start of the turn and again after it revealed an interest,
    so what it says with its move may quote that interest; legal actions are fresh before
    every action. A client that shows each action (the window) takes one step per frame; the
    others run the turn through at once."""
    actor = bot.actor
    view = game.view(actor) if game.current_actor == actor else None
    while view is not None and not game.is_over() and game.current_actor == actor:
        move = bot.act(view, game.legal_actions(actor))
        try:
            game.apply(move.action)
        except IllegalAction:
            move = BotMove(
                fallback_action(game, actor),
                sentence("agents.fallback", actor=actor_name(view, actor)),
            )
            game.apply(move.action)
        yield move
        if move.action.kind in MOVE_KINDS:
            return
        if isinstance(move.action, RevealInterest):
            view = game.view(actor)


def play_turn(
    game: Game, bot: Bot, after_action: Callable[[], None] | None = None
) -> list[BotMove]:
    """`bot`'s whole turn at once; `after_action` runs after each action (to save)."""
    moves = []
    for move in turn_steps(game, bot):
        moves.append(move)
        if after_action is not None:
            after_action()
    return moves


def play_bot_game(game: Game, strategies: Mapping[str, str]) -> Game:
    """Play `game` to its end with a bot in every seat, each on its strategy."""
    bots: dict[str, Bot] = {}
    while not game.is_over():
        actor = game.current_actor
        assert actor is not None
        if actor not in bots:
            bots[actor] = table_bot(game, actor, strategies[actor])
        play_turn(game, bots[actor])
    return game
