"""Computer opponents: bots that see only their own view, obey their mandate, say why they act.

API: `make_bot(actor, strategy, seed)` → a `Bot` whose `act(view, legal)` returns a
`BotMove(action, explanation)`; `play_turn(game, bot)` plays a bot's whole turn through
`game.apply`; `STRATEGIES`, `DIFFICULTIES` and `strategies_for(scenario, difficulty,
human_actors)` pick who plays what; `game.agents.balance` runs bot-only games for `simulate`
and `lint`.
"""

from game.agents.bot import Bot, BotMove, StrategyBot, make_bot, play_turn
from game.agents.strategies import DIFFICULTIES, PROFILES, strategies_for
from game.scenario.model import STRATEGIES

__all__ = [
    "DIFFICULTIES",
    "PROFILES",
    "STRATEGIES",
    "Bot",
    "BotMove",
    "StrategyBot",
    "make_bot",
    "play_turn",
    "strategies_for",
]
