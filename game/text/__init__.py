"""The catalogue of every text shown to people: Dutch first, English beside it."""

from game.text.catalogue import Lang, t

__all__ = ["Lang", "t"]
