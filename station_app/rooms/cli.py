"""``station-app print schedule|booking-slip``: room printouts from the command line.
Each handler takes the parsed arguments and an open Database and returns the exit code;
heavy imports wait until a handler runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.core.cli_export import add_period_export, iso_date
from station_app.core.db import Database


def add_print_commands(print_commands: argparse._SubParsersAction) -> None:
    """Adds the door sheet and the booking slip under an existing ``print`` sub-command.
    Each sets ``args.print_handler(args, db) -> int``."""
    schedule = print_commands.add_parser("schedule", help="door sheet of a room or of all rooms")
    schedule.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    schedule.add_argument("--room", type=int, help="room id (default: all rooms)")
    schedule.add_argument("--week", action="store_true", help="the room's week from --date")
    schedule.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    schedule.set_defaults(print_handler=cmd_print_schedule)
    slip = print_commands.add_parser("booking-slip", help="booking slip for the requester")
    slip.add_argument("--booking", required=True, type=int, help="booking id")
    slip.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    slip.set_defaults(print_handler=cmd_print_booking_slip)


def cmd_print_schedule(args: argparse.Namespace, db: Database) -> int:
    from station_app.core.cli_print import printing_actor
    from station_app.rooms.reports import print_schedule

    if args.week and args.room is None:
        print("--week needs --room", file=sys.stderr)
        return 2
    print_schedule(
        db, printing_actor(args, db), args.out, args.date, room_id=args.room, week=args.week
    )
    print(args.out)
    return 0


def cmd_print_booking_slip(args: argparse.Namespace, db: Database) -> int:
    from station_app.core.cli_print import printing_actor
    from station_app.rooms.reports import print_booking_slip

    print_booking_slip(db, printing_actor(args, db), args.booking, args.out)
    print(args.out)
    return 0


def add_export_command(exports: argparse._SubParsersAction) -> None:
    """``export bookings FILE.xlsx --from --to [--room]``: the bookings of any period."""
    command = add_period_export(
        exports, "bookings", "the bookings of a period as a workbook", "bookings", _bookings
    )
    command.add_argument("--room", type=int, help="room id (default: all rooms)")


def _bookings(args: argparse.Namespace, db: Database, path: Path) -> int:
    from station_app.core.actor import CLI_ACTOR
    from station_app.rooms.sheets.bookings import export_bookings_xlsx

    return export_bookings_xlsx(db, CLI_ACTOR, path, args.first, args.last, args.room)
