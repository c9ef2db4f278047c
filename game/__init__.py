"""Omgevingstafel: a serious game of multi-party negotiation at one table."""

import os

__version__ = "0.1.0"

# pygame's greeting on import is noise in a terminal game and in every command's output.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

# Attribute reads on the game's pydantic models without pydantic's late-lookup hook: about
# a tenth of a bot game's time (see game/model_reads.py).
from game.model_reads import plain_attribute_reads

plain_attribute_reads()
