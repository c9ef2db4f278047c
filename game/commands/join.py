"""`python -m game join HOST:PORT --code CODE --name NAME`: a seat at a room's table."""

from __future__ import annotations

import argparse
import asyncio
import os

from game.net.address import room_url
from game.net.client import RoomClient
from game.net.terminal import TerminalPlayer
from game.text import t
from game.textmode.console import Console

NAME = "join"
HELP = t("net.join.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("address", metavar="HOST:PORT", help=t("net.join.address_help"))
    parser.add_argument("--code", help=t("net.join.code_help"))
    parser.add_argument("--name", help=t("net.join.name_help"))
    parser.add_argument("--table", type=int, help=t("net.join.table_help"))
    parser.add_argument("--role", help=t("net.join.role_help"))
    parser.add_argument("--watch", action="store_true", help=t("net.join.watch_help"))
    parser.add_argument("--token", help=t("net.join.token_help"))
    parser.add_argument("--facilitator", metavar="TOKEN", help=t("net.join.facilitator_help"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help=t("net.join.lang_help"))


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    try:
        room_url(args.address)
    except ValueError:
        print(t("net.join.bad_address", lang, address=args.address))
        return 2
    if args.facilitator:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        from game.ui.scenes.dashboard import run_dashboard

        return run_dashboard(args.address, args.facilitator, lang)
    if not args.token and not (args.code and args.name):
        print(t("net.join.need_code", lang))
        return 2
    name = (args.name or "").strip()[:40] or None
    client = RoomClient(args.address, code=args.code, name=name, lang=lang, token=args.token)
    player = TerminalPlayer(client, Console(), lang, args.table, args.role, args.watch)
    return asyncio.run(player.run())
