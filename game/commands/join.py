"""`python -m game join HOST:PORT --code CODE --name NAME`: a seat at a room's table."""

from __future__ import annotations

import argparse
import asyncio
import os

from game.commands.play import display_available
from game.net.address import room_url
from game.net.arguments import table_number
from game.net.client import RoomClient
from game.net.protocol import plain_text
from game.net.seat_file import SeatFile
from game.text import t
from game.textmode.console import Console
from game.textmode.room import TerminalPlayer

NAME = "join"
HELP = t("net.join.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("address", metavar="HOST:PORT", help=t("net.join.address_help"))
    parser.add_argument("--code", help=t("net.join.code_help"))
    parser.add_argument("--name", help=t("net.join.name_help"))
    parser.add_argument("--table", type=table_number, help=t("net.join.table_help"))
    parser.add_argument("--role", help=t("net.join.role_help"))
    parser.add_argument("--watch", action="store_true", help=t("net.join.watch_help"))
    parser.add_argument("--token", help=t("net.join.token_help"))
    parser.add_argument("--facilitator", metavar="TOKEN", help=t("net.join.facilitator_help"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help=t("net.join.lang_help"))


#: The room protocol's limits (protocol.Name, Token, Code).
MAX_NAME = 40
TOKEN_LENGTH = (8, 64)
MAX_CODE = 16
MAX_ROLE = 64


def _token_shaped(token: str) -> bool:
    low, high = TOKEN_LENGTH
    return low <= len(token) <= high and _utf8(token)


def _utf8(text: str) -> bool:
    """False for a name typed in another encoding (undecodable bytes as surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _refusal(args: argparse.Namespace) -> str | None:
    """Why the room would refuse these arguments, checked here before connecting."""
    lang = args.lang
    if args.token is not None and not _token_shaped(args.token):
        return t("net.join.bad_token", lang)
    if args.name is not None and (not plain_text(args.name) or not args.name.strip()):
        return t("net.join.bad_name", lang)
    code = args.code
    if code is not None and (not _utf8(code) or not 1 <= len(code) <= MAX_CODE):
        shown = code.encode("utf-8", "backslashreplace").decode("utf-8")
        return t("net.join.bad_code", lang, code=shown)
    if args.role is not None and (not _utf8(args.role) or not 1 <= len(args.role) <= MAX_ROLE):
        return t("net.join.bad_role", lang)
    return None


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    try:
        room_url(args.address)
    except ValueError:
        print(t("net.join.bad_address", lang, address=args.address))
        return 2
    if args.facilitator:
        if not _token_shaped(args.facilitator):
            print(t("net.join.bad_facilitator_token", lang))
            return 2
        if not display_available():
            print(t("net.join.no_display", lang, address=args.address))
            return 2
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        from game.ui.scenes.dashboard import run_dashboard

        return run_dashboard(args.address, args.facilitator, lang)
    if not args.token and not (args.code and args.name):
        print(t("net.join.need_code", lang))
        return 2
    refusal = _refusal(args)
    if refusal is not None:
        print(refusal)
        return 2
    name = (args.name or "").strip()[:MAX_NAME] or None
    seat_file = SeatFile(args.address, args.code) if args.code else None
    token = args.token or (seat_file.load() if seat_file else None)
    client = RoomClient(
        args.address,
        code=args.code,
        name=name,
        lang=lang,
        token=token,
        on_message=seat_file.follow if seat_file else None,
    )
    player = TerminalPlayer(client, Console(), lang, args.table, args.role, args.watch)
    return asyncio.run(player.run())
