"""One seat of a room's table: who holds it (a person, a duo, a bot or nobody), the hash of
its token, and how many of its actions the room has applied (to skip a resent one)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from typing import Any, Literal

Holder = Literal["free", "human", "bot"]


@dataclass
class Seat:
    """Who plays one actor at one table."""

    actor: str
    holder: Holder = "free"
    player: str | None = None
    token: str | None = None  # the seat token itself: only in memory, only until resumed
    token_hash: str | None = None  # what the store keeps and the room checks
    strategy: str | None = None
    last_seq: int = 0
    bot: Any = field(default=None, repr=False)
    # a duo: the second person at this seat, with a token and an action count of its own
    partner: str | None = None
    partner_token: str | None = None
    partner_token_hash: str | None = None
    partner_seq: int = 0

    def players(self) -> str | None:
        """Who plays the seat, both names for a duo."""
        if self.player and self.partner:
            return f"{self.player} & {self.partner}"
        return self.player

    def is_partner(self, digest: str) -> bool:
        """Whether the token with this hash is the duo partner's (not the first holder's)."""
        return self.partner_token_hash is not None and hmac.compare_digest(
            self.partner_token_hash, digest
        )

    def hand(self, partner: bool) -> tuple[str | None, str | None, int]:
        """(name, token, last seq) of the seat's first holder or of its duo partner."""
        if partner:
            return self.partner, self.partner_token, self.partner_seq
        return self.player, self.token, self.last_seq

    def drop_partner(self) -> None:
        self.partner = self.partner_token = self.partner_token_hash = None
        self.partner_seq = 0
