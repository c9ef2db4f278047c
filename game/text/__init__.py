"""The catalogue of every text shown to people: Dutch first, English beside it."""

from game.text.catalogue import Lang, preferred_lang, t

__all__ = ["Lang", "preferred_lang", "t"]
