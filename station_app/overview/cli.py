"""``station-app print annual-report`` and ``station-app export annual-report``: the
station's figures of a year (``--year``) or any period (``--from``/``--to``)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from station_app.core.cli_print import add_printout
from station_app.core.db import Database

REPORT = "annual-report"


def _period_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--year", type=int, metavar="YYYY", help="default: this year")
    command.add_argument("--from", dest="start", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    command.add_argument("--to", dest="end", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")


def add_print_commands(print_commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = add_printout(
        print_commands,
        REPORT,
        "annual report (年度统计): every figure of a year or period, with charts",
        _print,
    )
    _period_options(command)


def add_export_commands(export_targets: Any) -> None:
    """Adds ``export annual-report FILE.xlsx`` under the program's ``export``."""
    command = export_targets.add_parser(REPORT, help="annual report figures, one sheet a section")
    command.add_argument("file", type=Path, help="the .xlsx file to write")
    _period_options(command)
    command.set_defaults(export_handler=_export)


def period_of(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from station_app.core import clock
    from station_app.overview.types import Period

    if args.start or args.end:
        year = args.year or (args.start or args.end).year
        return Period(args.start or dt.date(year, 1, 1), args.end or dt.date(year, 12, 31))
    today = clock.today()
    return Period.year_to_date(args.year or today.year, today)


def _report(args: argparse.Namespace, db: Database):  # type: ignore[no-untyped-def]
    from station_app.core.errors import DeskError
    from station_app.core.i18n import QT_TRANSLATE_NOOP
    from station_app.overview.service import AnnualReportService

    period = period_of(args)
    if period.last < period.first:
        raise DeskError(QT_TRANSLATE_NOOP("Errors", "The report's period ends before it starts."))
    return AnnualReportService(db).report(period)


def _print(args: argparse.Namespace, db: Database) -> str:
    from station_app.core.cli_print import printing_actor
    from station_app.overview.reports import build_annual_report

    report = _report(args, db)
    build_annual_report(args.out, report, printing_actor(args, db).display_name)
    return f"annual report {report.period.text()}, {len(report.charts)} charts"


def _export(args: argparse.Namespace, db: Database) -> int:
    from station_app.overview.sheets import write_annual_report

    report = _report(args, db)
    figures = write_annual_report(args.file, report)
    print(f"{args.file}: annual report {report.period.text()}, {figures} figures")
    return 0
