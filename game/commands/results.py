"""`python -m game results`: the room sessions kept in SQLite, and a CSV of every table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.engine import SaveError
from game.net.boards import session_board
from game.net.class_board_html import board_csv, render_board
from game.net.reports import write_report
from game.net.results import csv_text
from game.net.store import Store
from game.net.store_schema import StoreError
from game.paths import results_db
from game.saves import scenario_of_save
from game.scenario.lint import local_number
from game.text import t

NAME = "results"
HELP = t("net.results.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help=t("net.host.db_help"))
    parser.add_argument("--csv", metavar="FILE", help=t("net.results.csv_help"))
    parser.add_argument(
        "--session", type=session_number, metavar="N", help=t("net.results.session_help")
    )
    parser.add_argument("--reports", metavar="DIR", help=t("net.results.reports_help"))
    parser.add_argument("--board", metavar="FILE", help=t("kit.board.help"))
    parser.add_argument("--board-csv", metavar="FILE", help=t("kit.board.csv_help"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help=t("net.join.lang_help"))


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    db = Path(args.db) if args.db else results_db()
    if not db.is_file():
        print(t("net.results.none", lang, path=str(db)))
        return 1
    try:
        store = Store(db, read_only=True)  # reading results never writes the file
    except StoreError as error:
        print(t(error.key, lang, **error.values))
        return 2
    try:
        if args.session is not None:
            known = [session.id for session in store.sessions()]
            if args.session not in known:  # checked first: no query with a number SQLite can't hold
                return _no_such_session(args.session, known, db, lang)
        rows = store.result_rows(args.session)
        if args.board or args.board_csv:
            return write_boards(store, args.session, args.board, args.board_csv, db, lang)
        if args.reports:
            code = _reports(store, Path(args.reports), args.session, lang)
            boards = _report_boards(store, Path(args.reports), args.session, lang)
            return max(code, boards)
        if args.csv:
            text = csv_text(rows)
            if args.csv == "-":
                sys.stdout.write(text)
            else:
                try:
                    Path(args.csv).write_text(text, encoding="utf-8")
                except OSError as error:
                    print(t("net.results.cannot_write", lang, path=args.csv, reason=error.strerror))
                    return 2
                print(t("net.results.written", lang, path=args.csv, rows=len(rows)))
            return 0
        sessions = [s for s in store.sessions() if args.session in (None, s.id)]
        if not sessions:
            print(t("net.results.none", lang, path=str(db)))
            return 1
        for session in sessions:
            state = t("net.results.ended" if session.ended else "net.results.running", lang)
            print(
                t(
                    "net.results.session",
                    lang,
                    id=session.id,
                    code=session.code,
                    scenario=session.scenario_id,
                    started=session.started,
                    state=state,
                )
            )
            for row in (r for r in rows if r.session == session.id):
                index = (
                    "—"
                    if row.integration_index is None
                    else local_number(f"{row.integration_index:.2f}", lang)
                )
                outcome = t(f"net.results.outcome.{row.outcome}", lang)
                print(
                    t(
                        "net.results.table",
                        lang,
                        table=row.table,
                        outcome=outcome,
                        round=row.round or "—",
                        index=index,
                        actions=row.actions,
                    )
                )
        return 0
    finally:
        store.close()


def session_number(text: str) -> int:
    """A session number: a whole number from 1. Whether that session exists is only known
    once the results file is open, so there is no upper limit here."""
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(t("net.results.bad_session", None, value=text))
    return number


def _no_such_session(wanted: int, known: list[int], db: Path, lang: str) -> int:
    """Which sessions the file does hold, instead of a silent empty list."""
    if not known:
        print(t("net.results.none", lang, path=str(db)))
    else:
        numbers = number_ranges(known)
        print(t("net.results.no_such_session", lang, session=wanted, path=str(db), known=numbers))
    return 1


def number_ranges(numbers: list[int]) -> str:
    """Session numbers as a person would write them: [1, 2, 3, 5, 7, 8] → '1–3, 5, 7–8'."""
    parts: list[str] = []
    ordered = sorted(set(numbers))
    start = 0
    for k in range(1, len(ordered) + 1):
        if k == len(ordered) or ordered[k] != ordered[k - 1] + 1:
            first, last = ordered[start], ordered[k - 1]
            parts.append(str(first) if first == last else f"{first}–{last}")
            start = k
    return ", ".join(parts)


def _reports(store: Store, folder: Path, session: int | None, lang: str) -> int:
    """Every finished table's HTML report, replayed from the saved record on the scenario
    it was played with (the copy the record keeps, when the file changed or is gone)."""
    written = failed = 0
    said: set[str] = set()
    for found in store.sessions():
        if session is not None and found.id != session:
            continue
        label = t("saves.room_label", lang, db=str(store.path), code=found.code)
        ratings = store.ratings(found.id)
        for row in store.result_rows(found.id):
            save = store.saved_game(found.id, row.table)
            if save is None:
                continue
            try:
                kept = scenario_of_save(save, label, found.scenario_path, lang=lang)
                notice = kept.notice(lang)
                if notice and notice not in said:  # once per file, not once per table
                    said.add(notice)
                    print(notice)
                journal = store.journal(found.id, row.table)
                path = write_report(
                    save, kept.scenario, folder, found.code, row.table, lang, ratings, journal
                )
            except SaveError as error:
                print(t("net.reports.failed", lang, table=row.table, reason=error.message(lang)))
                failed += 1
                continue
            except OSError as error:
                print(t("net.results.cannot_write", lang, path=str(folder), reason=error.strerror))
                return 2
            print(t("net.results.report", lang, path=str(path)))
            written += 1
    if not written and not failed:
        print(t("net.reports.none", lang))
    return 1 if failed else 0


def write_boards(
    store: Store, session: int | None, page: str | None, table: str | None, db: Path, lang: str
) -> int:
    """The class board of one session (the newest unless `session`) as an HTML page for
    the projector and/or as CSV."""
    sessions = store.sessions()
    chosen = next((s for s in sessions if s.id == session), None) if session else None
    if chosen is None and sessions:
        chosen = sessions[-1]
    if chosen is None:
        print(t("net.results.none", lang, path=str(db)))
        return 1
    try:
        board = session_board(store, chosen, lang)
    except SaveError as error:
        print(t("kit.board.failed", lang, code=chosen.code, reason=error.message(lang)))
        return 2
    for target, text, done in (
        (page, render_board(board) if page else "", "kit.board.written"),
        (table, board_csv(board) if table else "", "kit.board.csv_written"),
    ):
        if not target:
            continue
        if target == "-":
            sys.stdout.write(text)
            continue
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as error:
            print(t("net.results.cannot_write", lang, path=target, reason=error.strerror))
            return 2
        print(t(done, lang, path=target, rows=text.count("\n") - 1))
    return 0


def board_name(code: str) -> str:
    return f"kamer-{code}-bord.html"


def _report_boards(store: Store, folder: Path, session: int | None, lang: str) -> int:
    """Beside the tables' reports: each session's class board (for a session with a table
    to show)."""
    failed = 0
    for found in store.sessions():
        if session is not None and found.id != session:
            continue
        try:
            board = session_board(store, found, lang)
        except SaveError as error:
            print(t("kit.board.failed", lang, code=found.code, reason=error.message(lang)))
            failed += 1
            continue
        if not board.tables:
            continue
        path = folder / board_name(found.code)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(render_board(board), encoding="utf-8")
        except OSError as error:
            print(t("net.results.cannot_write", lang, path=str(folder), reason=error.strerror))
            return 2
        print(t("kit.board.written", lang, path=str(path)))
    return 1 if failed else 0
