"""``station-app print handout|campaign-summary|stock|gift-receipt``: welfare printouts from
the command line. Each handler takes the parsed arguments and an open Database and
returns the exit code; heavy imports wait until a handler runs."""

from __future__ import annotations

import argparse
import datetime as dt

from station_app.core.db import Database


def add_print_commands(print_commands: argparse._SubParsersAction) -> None:
    """Adds the welfare reports under an existing ``print`` sub-command. Each sets
    ``args.print_handler(args, db) -> int``."""
    handout = print_commands.add_parser(
        "handout", help="hand-out sign-off list (发放签收表) of a welfare campaign"
    )
    handout.add_argument("--campaign", type=int, required=True, metavar="ID")
    handout.add_argument("--out", required=True, metavar="FILE.pdf")
    handout.add_argument(
        "--group", choices=("community", "unit"), help="one section per community or unit"
    )
    handout.set_defaults(print_handler=cmd_print_handout)

    summary = print_commands.add_parser(
        "campaign-summary", help="served vs planned, items and cash, by community"
    )
    summary.add_argument("--campaign", type=int, required=True, metavar="ID")
    summary.add_argument("--out", required=True, metavar="FILE.pdf")
    summary.set_defaults(print_handler=cmd_print_campaign_summary)

    stock = print_commands.add_parser(
        "stock", help="stock report: balances and a period's movements"
    )
    stock.add_argument("--from", dest="start", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    stock.add_argument("--to", dest="end", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    stock.add_argument("--out", required=True, metavar="FILE.pdf")
    stock.set_defaults(print_handler=cmd_print_stock)

    receipt = print_commands.add_parser("gift-receipt", help="receipt (领取凭证) of one hand-out")
    receipt.add_argument("--allocation", type=int, required=True, metavar="ID")
    receipt.add_argument("--out", required=True, metavar="FILE.pdf")
    receipt.set_defaults(print_handler=cmd_print_receipt)


def _operator() -> str:
    from station_app.core.actor import CLI_ACTOR

    return CLI_ACTOR.display_name


def cmd_print_handout(args: argparse.Namespace, db: Database) -> int:
    from station_app.welfare.reports.handout import build_handout
    from station_app.welfare.service import WelfarePrintData

    sheet = WelfarePrintData(db).handout_sheet(args.campaign, args.group)
    build_handout(args.out, sheet, _operator())
    print(f"{args.out}: {sheet.rows} recipients ({sheet.served} collected)")
    return 0


def cmd_print_campaign_summary(args: argparse.Namespace, db: Database) -> int:
    from station_app.welfare.reports.summary import build_summary
    from station_app.welfare.service import WelfarePrintData

    summary = WelfarePrintData(db).campaign_summary(args.campaign)
    build_summary(args.out, summary, _operator())
    print(f"{args.out}: {summary.served} of {summary.planned} recipients served")
    return 0


def cmd_print_stock(args: argparse.Namespace, db: Database) -> int:
    from station_app.core import clock
    from station_app.welfare.reports.stock import build_stock_report
    from station_app.welfare.service import WelfarePrintData

    end = args.end or clock.today()
    start = args.start or end.replace(day=1)
    report = WelfarePrintData(db).stock_report(start, end)
    build_stock_report(args.out, report, _operator())
    print(f"{args.out}: {len(report.lines)} items, {len(report.movements)} movements")
    return 0


def cmd_print_receipt(args: argparse.Namespace, db: Database) -> int:
    from station_app.welfare.reports.receipt import build_receipt
    from station_app.welfare.service import WelfarePrintData

    receipt = WelfarePrintData(db).receipt(args.allocation)
    build_receipt(args.out, receipt, _operator())
    print(f"{args.out}: receipt {receipt.receipt_no}")
    return 0
