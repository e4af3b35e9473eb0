"""``station-app print handout|campaign-summary|stock|gift-receipt``: welfare printouts from
the command line. Each handler takes the parsed arguments and an open Database and
returns the exit code; heavy imports wait until a handler runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.core.cli_export import add_period_export, iso_date
from station_app.core.cli_print import add_printout
from station_app.core.db import Database

if TYPE_CHECKING:
    from station_app.welfare.service import WelfarePrintData


def add_print_commands(print_commands: argparse._SubParsersAction) -> None:
    """Adds the welfare reports under an existing ``print`` sub-command. Each sets
    ``args.print_handler(args, db) -> int``."""
    handout = add_printout(
        print_commands,
        "handout",
        "hand-out sign-off list (发放签收表) of a welfare campaign",
        _handout,
        ids=("campaign",),
    )
    handout.add_argument(
        "--group", choices=("community", "unit"), help="one section per community or unit"
    )
    add_printout(
        print_commands,
        "campaign-summary",
        "served vs planned, items and cash, by community",
        _campaign_summary,
        ids=("campaign",),
    )
    stock = add_printout(
        print_commands, "stock", "stock report: balances and a period's movements", _stock
    )
    stock.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    stock.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    add_printout(
        print_commands,
        "gift-receipt",
        "receipt (领取凭证) of one hand-out",
        _receipt,
        ids=("allocation",),
    )


def _data(db: Database) -> WelfarePrintData:
    from station_app.welfare.service import WelfarePrintData

    return WelfarePrintData(db)


def _operator(args: argparse.Namespace, db: Database) -> str:
    from station_app.core.cli_print import printing_actor

    return printing_actor(args, db).display_name


def _handout(args: argparse.Namespace, db: Database) -> str:
    from station_app.welfare.reports.handout import build_handout

    sheet = _data(db).handout_sheet(args.campaign, args.group)
    build_handout(args.out, sheet, _operator(args, db))
    return f"{sheet.rows} recipients ({sheet.served} collected)"


def _campaign_summary(args: argparse.Namespace, db: Database) -> str:
    from station_app.welfare.reports.summary import build_summary

    summary = _data(db).campaign_summary(args.campaign)
    build_summary(args.out, summary, _operator(args, db))
    return f"{summary.served} of {summary.planned} recipients served"


def _stock(args: argparse.Namespace, db: Database) -> str:
    from station_app.core import clock
    from station_app.welfare.reports.stock import build_stock_report

    end = args.end or clock.today()
    start = args.start or end.replace(day=1)
    report = _data(db).stock_report(start, end)
    build_stock_report(args.out, report, _operator(args, db))
    return f"{len(report.lines)} items, {len(report.movements)} movements"


def _receipt(args: argparse.Namespace, db: Database) -> str:
    from station_app.welfare.reports.receipt import build_receipt

    receipt = _data(db).receipt(args.allocation)
    build_receipt(args.out, receipt, _operator(args, db))
    return f"receipt {receipt.receipt_no}"


def add_export_command(exports: argparse._SubParsersAction) -> None:
    """``export handouts FILE.xlsx --from --to``: every hand-out of a period."""
    add_period_export(
        exports,
        "handouts",
        "the gifts handed out in a period, every campaign (ID numbers masked)",
        "hand-outs",
        _handouts,
    )


def _handouts(args: argparse.Namespace, db: Database, path: Path) -> int:
    from station_app.core.actor import CLI_ACTOR
    from station_app.welfare.sheets.handouts import export_handouts

    return export_handouts(db, CLI_ACTOR, path, args.first, args.last)
