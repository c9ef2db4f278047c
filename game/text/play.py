"""Messages of the table port (game/play/port.py, local.py): what a client is told when the
table cannot take or answer what it asked."""

MESSAGES: dict[str, tuple[str, str]] = {
    "play.not_your_seat": (
        "Je speelt de plaats '{seat}' niet; je ziet alleen je eigen plaats.",
        "You do not play the seat '{seat}'; you see only your own seat.",
    ),
    "play.no_answer": (
        "De kamer gaf binnen {seconds} seconden geen antwoord; probeer het nog eens.",
        "The room did not answer within {seconds} seconds; try again.",
    ),
    "play.no_seat": (
        "Je hebt (nog) geen plaats aan deze tafel.",
        "You have no seat at this table (yet).",
    ),
}
