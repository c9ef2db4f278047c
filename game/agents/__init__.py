"""Computer opponents: bots that see only their own view, obey their mandate, say why they act.

API: `make_bot(actor, strategy, seed)` → a `Bot` whose `act(view, legal)` returns a
`BotMove(action, explanation)`. `game.agents.loop` is the one bot loop every client uses:
`table_bot` seeds a seat's bot, `turn_steps`/`play_turn` play its turn through `game.apply`.
`STRATEGIES`, `DIFFICULTIES` and `strategies_for(scenario, difficulty, human_actors)` pick
who plays what; `game.agents.balance` runs bot-only games for `simulate` and `lint`.
"""

from game.agents.bot import StrategyBot, make_bot
from game.agents.bot_move import Bot, BotMove
from game.agents.loop import play_bot_game, play_turn, table_bot, turn_steps
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
    "play_bot_game",
    "play_turn",
    "strategies_for",
    "table_bot",
    "turn_steps",
]
