"""Omgevingstafel: a serious game of multi-party negotiation at one table."""

import os

__version__ = "0.1.0"

# pygame's greeting on import is noise in a terminal game and in every command's output.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
