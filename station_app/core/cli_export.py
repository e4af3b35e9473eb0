"""``station-app export …`` of a period, as every feature registers one: ``FILE.xlsx
--from YYYY-MM-DD --to YYYY-MM-DD``, and a handler that writes the workbook and prints
``exported N <what> from A to B to FILE``: exit code 0; 2 when the service refuses or
the period runs backwards; 1 when the file cannot be written."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from station_app.core.db import Database

# Writes the period's workbook at the path and returns how many rows it holds.
WritePeriod = Callable[[argparse.Namespace, Database, Path], int]


def iso_date(text: str) -> dt.date:
    """An argparse type: a day as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def xlsx_path(file: str | Path) -> Path:
    """The file named on the command line, with .xlsx added when it lacks it."""
    path = Path(file)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def add_period_export(
    exports: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help: str,
    what: str,
    write: WritePeriod,
) -> argparse.ArgumentParser:
    """Adds ``export NAME FILE.xlsx --from --to``; ``what`` names the rows in the closing
    line ("bookings"). The caller adds any further options to the parser it returns."""
    command = exports.add_parser(name, help=help)
    command.add_argument("file", help="the .xlsx file to write")
    command.add_argument("--from", dest="first", required=True, type=iso_date, help="YYYY-MM-DD")
    command.add_argument("--to", dest="last", required=True, type=iso_date, help="YYYY-MM-DD")
    command.set_defaults(export_handler=partial(_run, what, write))
    return command


def _run(what: str, write: WritePeriod, args: argparse.Namespace, db: Database) -> int:
    from station_app.core.errors import DeskError

    if args.last < args.first:
        print("--to is before --from", file=sys.stderr)
        return 2
    path = xlsx_path(args.file)
    try:
        count = write(args, db, path)
    except DeskError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"exported {count} {what} from {args.first} to {args.last} to {path}")
    return 0
