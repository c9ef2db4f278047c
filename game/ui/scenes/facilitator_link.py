"""The facilitator's link to the room as the dashboard scenes share it: the latest room
status, what the room sent back, and the commands to send.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from game.net.bridge import ClientThread
from game.net.class_board import ClassBoard
from game.net.protocol import (
    BoardData,
    Refused,
    RoomStatus,
    TableSave,
)


class Facilitation:
    """The facilitator's link to the room: the latest status, and commands to send."""

    def __init__(self, link: ClientThread, page: str | None = None) -> None:
        self.link = link
        self.page = page or page_base(link.client.url)
        self.status: RoomStatus | None = None
        self.notice: str | None = None
        self.saves: dict[int, TableSave] = {}
        self.board: ClassBoard | None = None
        self.ended = False

    def poll(self, lang: str) -> bool:
        """Take what arrived; True when the room status changed."""
        changed = False
        for message in self.link.messages():
            if isinstance(message, RoomStatus):
                self.status, changed = message, True
            elif isinstance(message, Refused):
                self.notice = message.en if lang == "en" else message.nl
            elif isinstance(message, TableSave):
                self.saves[message.table] = message
            elif isinstance(message, BoardData):
                self.board = ClassBoard.from_json(message.board)
            elif message.type == "ended":
                self.ended = True
        return changed

    def command(self, message: object) -> None:
        self.link.send(self.link.client.command, message)

    def page_url(self) -> str | None:
        """The web page with the room code in it, once the room has told its code."""
        return f"{self.page}?code={self.status.room}" if self.status is not None else None


def page_base(room_url: str) -> str:
    """The web page's address on the room's host and port (ws://H:P/ → http://H:P/)."""
    parts = urlsplit(room_url)
    return f"http://{parts.netloc}/"
