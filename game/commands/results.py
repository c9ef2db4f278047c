"""`python -m game results`: the room sessions kept in SQLite, and a CSV of every table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.engine import SaveError
from game.net.arguments import session_number
from game.net.reports import write_report
from game.net.results import csv_text
from game.net.store import Store, StoreError
from game.paths import results_db
from game.scenario.lint import local_number
from game.scenario.loader import ScenarioError, load_scenario
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
        rows = store.result_rows(args.session)
        if args.reports:
            return _reports(store, Path(args.reports), args.session, lang)
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


def _reports(store: Store, folder: Path, session: int | None, lang: str) -> int:
    """Every finished table's HTML report, replayed from the saved record on its scenario."""
    written = failed = 0
    for found in store.sessions():
        if session is not None and found.id != session:
            continue
        try:
            scenario = load_scenario(found.scenario_path, lang).scenario
        except (ScenarioError, OSError) as error:
            print(t("net.results.no_scenario", lang, path=found.scenario_path, reason=str(error)))
            failed += 1
            continue
        for row in store.result_rows(found.id):
            save = store.saved_game(found.id, row.table)
            if save is None:
                continue
            try:
                path = write_report(save, scenario, folder, found.code, row.table, lang)
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
