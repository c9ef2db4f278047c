"""`python -m game host`: run the academy room — tables, a room code, a facilitator token."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from game.commands.play import display_available
from game.engine import SetupError
from game.net import limits
from game.net.address import DEFAULT_PORT, lan_addresses
from game.net.arguments import bot_delay, per_address, port
from game.net.qr import terminal_lines
from game.net.room import Room
from game.net.server import RoomServer
from game.net.store import Store
from game.net.store_schema import StoreError
from game.net.token_file import facilitator_token_file, token_path
from game.net.webpage import page_url
from game.paths import results_db
from game.scenario.loader import ScenarioError, default_scenario_path, load_scenario
from game.scenario.model import Scenario, text_in
from game.text import t

NAME = "host"
HELP = t("net.host.help")
MAX_TABLES = 16
DEFAULT_TABLES = 2
#: Seconds a bot waits before it moves, so people can follow what it does.
BOT_DELAY = 1.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scenario", metavar="PATH", help=t("net.host.scenario_help"))
    parser.add_argument(
        "--tables", type=int, default=None, metavar="N", help=t("net.host.tables_help")
    )
    parser.add_argument(
        "--port", type=port, default=DEFAULT_PORT, metavar="P", help=t("net.host.port_help")
    )
    parser.add_argument("--bind", default="0.0.0.0", metavar="ADDR", help=t("net.host.bind_help"))
    parser.add_argument("--db", metavar="PATH", help=t("net.host.db_help"))
    parser.add_argument("--seats", metavar="A,B,…", help=t("net.host.seats_help"))
    parser.add_argument("--new", action="store_true", help=t("net.host.new_help"))
    parser.add_argument(
        "--bot-delay",
        type=bot_delay,
        default=BOT_DELAY,
        metavar="S",
        help=t("net.host.bot_delay_help"),
    )
    parser.add_argument(
        "--per-address",
        type=per_address,
        default=limits.MAX_PER_ADDRESS,
        metavar="N",
        help=t("net.host.per_address_help", default=limits.MAX_PER_ADDRESS),
    )
    parser.add_argument("--dashboard", action="store_true", help=t("net.host.dashboard_help"))
    parser.add_argument("--show-token", action="store_true", help=t("net.host.show_token_help"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help=t("net.join.lang_help"))


class HostError(Exception):
    """The room cannot start; the message says why in the trainer's words."""


def _scenario(path: str, lang: str) -> Scenario:
    try:
        return load_scenario(path, lang).scenario
    except ScenarioError as error:
        raise HostError(str(error)) from None
    except OSError as error:
        raise HostError(t("net.host.no_scenario", lang, path=path, reason=error.strerror)) from None


def open_room(args: argparse.Namespace, store: Store) -> tuple[Room, bool]:
    """The running session from the store (restored), or a new one; (room, restored?)."""
    lang = args.lang
    running = store.running_session()
    if running is not None and not args.new:
        try:
            room = store.restore(running, _scenario(running.scenario_path, lang))
        except StoreError as error:
            raise HostError(t(error.key, lang, **error.values)) from None
        ignored = ignored_on_restore(args, room)
        if ignored:
            print(t("net.host.kept", lang, changed=", ".join(ignored)))
        return room, True
    tables = DEFAULT_TABLES if args.tables is None else args.tables
    if not 1 <= tables <= MAX_TABLES:
        raise HostError(t("net.host.bad_tables", lang, max=MAX_TABLES))
    path = str(Path(args.scenario) if args.scenario else default_scenario_path())
    scenario = _scenario(path, lang)
    seats = _seats(args.seats)
    try:
        room = Room(scenario, str(Path(path).resolve()), tables, seats)
    except SetupError as error:
        raise HostError(error.message(lang)) from None
    if running is not None:
        store.end_session(running.id)
    store.start_session(room)
    return room, False


def _seats(given: str | None) -> list[str] | None:
    """The roles of --seats, or None for every role."""
    seats = [s.strip() for s in (given or "").split(",") if s.strip()]
    return seats or None


def ignored_on_restore(args: argparse.Namespace, room: Room) -> list[str]:
    """What the trainer asked for that the restored session does not have (it keeps its own
    scenario, tables and roles), each as 'scenario (file)' to name in one line."""
    lang = args.lang
    kept = []
    if args.scenario and Path(args.scenario).resolve() != Path(room.scenario_path).resolve():
        kept.append(t("net.host.kept.scenario", lang, value=room.scenario_path))
    if args.tables is not None and args.tables != len(room.tables):
        kept.append(t("net.host.kept.tables", lang, value=len(room.tables)))
    seats = _seats(args.seats)
    if seats is not None and seats != list(room.seat_ids):
        kept.append(t("net.host.kept.seats", lang, value=",".join(room.seat_ids)))
    return kept


def banner(
    room: Room,
    port: int,
    bind: str,
    restored: bool,
    db: Path,
    lang: str,
    token_file: Path | None = None,
    show_token: bool = False,
    encoding: str | None = "utf-8",
) -> list[str]:
    """What the host prints at start. The room code is for everyone (the screen may be
    projected), with the web page's address and its QR code; the facilitator token only in
    its file, or with `--show-token`."""
    hosts = lan_hosts(bind)
    lines = [
        t("net.host.restored" if restored else "net.host.started", lang, session=room.session_id),
        t(
            "net.host.scenario",
            lang,
            title=text_in(room.scenario.title, lang),
            tables=len(room.tables),
        ),
        t("net.host.code", lang, code=room.code),
    ]
    lines += [t("net.host.address", lang, address=f"{h}:{port}") for h in hosts]
    url = page_url(hosts[0], port, room.code)
    lines.append(t("net.host.page", lang, url=url))
    lines += terminal_lines(url, encoding)  # none where the terminal cannot show them
    lines.append(t("net.host.join_line", lang, address=f"{hosts[0]}:{port}", code=room.code))
    shown = show_token or token_file is None
    if shown:
        lines.append(t("net.host.facilitator", lang, token=room.facilitator_token))
    if token_file is not None:
        lines.append(t("net.host.token_file", lang, path=str(token_file)))
    token = room.facilitator_token if shown else "TOKEN"
    lines.append(t("net.host.dashboard_line", lang, address=f"{hosts[0]}:{port}", token=token))
    lines.append(t("net.host.db", lang, path=str(db)))
    lines.append(t("net.host.stop", lang))
    return lines


def lan_hosts(bind: str) -> list[str]:
    """The addresses trainees reach the host at (the first is the one to show)."""
    return lan_addresses() if bind in {"0.0.0.0", "::", ""} else [bind]


async def _serve(server: RoomServer, started: threading.Event | None = None) -> None:
    await server.start()
    if started is not None:
        started.set()
    await server.wait_closed()


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    if args.dashboard and not display_available():
        print(t("net.host.no_display", lang, port=args.port))
        return 2
    db = Path(args.db) if args.db else results_db()
    try:
        store = Store(db)
    except StoreError as error:
        print(t(error.key, lang, **error.values))
        return 2
    try:
        room, restored = open_room(args, store)
    except HostError as error:
        print(error)
        store.close()
        return 2
    try:
        token_file = facilitator_token_file(room, store)
    except OSError as error:
        path = token_path(room.code)
        print(t("net.host.no_token_file", lang, path=str(path), reason=error.strerror or error))
        store.close()
        return 2
    shown = Shown(restored, db, token_file, args.show_token)
    server = RoomServer(
        room, args.bind, args.port, bot_delay=args.bot_delay, per_address=args.per_address
    )
    try:
        if args.dashboard:
            return _with_dashboard(server, shown, lang)
        asyncio.run(_serve_and_announce(server, shown, lang))
    except OSError as error:
        print(t("net.host.cannot_listen", lang, port=args.port, reason=error.strerror or error))
        return 2
    except KeyboardInterrupt:
        print(t("net.host.closed", lang, path=str(db)))
    finally:
        store.close()
    return 0


@dataclass(frozen=True)
class Shown:
    """What the banner tells besides the room: restored?, the files, the token or not."""

    restored: bool
    db: Path
    token_file: Path
    show_token: bool

    def lines(self, server: RoomServer, lang: str) -> list[str]:
        return banner(
            server.room,
            server.port,
            server.host,
            self.restored,
            self.db,
            lang,
            self.token_file,
            self.show_token,
            sys.stdout.encoding,
        )


async def _serve_and_announce(server: RoomServer, shown: Shown, lang: str) -> None:
    await server.start()
    for line in shown.lines(server, lang):
        print(line, flush=True)
    await server.wait_closed()


def _with_dashboard(server: RoomServer, shown: Shown, lang: str) -> int:
    """The server in a background thread, the dashboard window in this one."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.ui.scenes.dashboard import run_dashboard

    loop = asyncio.new_event_loop()
    started = threading.Event()
    thread = threading.Thread(
        target=loop.run_until_complete, args=(_serve(server, started),), daemon=True
    )
    thread.start()
    if not started.wait(10):
        print(t("net.host.cannot_listen", lang, port=server.port, reason="timeout"))
        return 2
    for line in shown.lines(server, lang):
        print(line, flush=True)
    token = server.room.facilitator_token or ""
    page = f"http://{lan_hosts(server.host)[0]}:{server.port}/"
    code = run_dashboard(f"127.0.0.1:{server.port}", token, lang, page)
    asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
    thread.join(5)
    return code
