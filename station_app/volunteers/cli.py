"""``station-app print roster|certificate|volunteer-summary``: volunteer printouts from
the command line. Each handler takes the parsed arguments and an open Database and
returns the exit code; heavy imports wait until a handler runs. The command line
acts as ``CLI_ACTOR`` (an administrator) named by ``--operator`` (else the station), so
``--leader-copy`` is allowed and is
recorded in the audit log like any full-value export."""

from __future__ import annotations

import argparse

from station_app.core.cli_print import add_printout
from station_app.core.db import Database


def add_print_commands(print_commands: argparse._SubParsersAction) -> None:
    """Adds the volunteer reports under an existing ``print`` sub-command. Each sets
    ``args.print_handler(args, db) -> int``."""
    roster = add_printout(
        print_commands,
        "roster",
        "roster (排班表) of a volunteer service activity",
        _roster,
        ids=("activity",),
    )
    roster.add_argument(
        "--leader-copy",
        action="store_true",
        help="the team leader's copy: mobile numbers in full (recorded in the audit log)",
    )
    certificate = add_printout(
        print_commands,
        "certificate",
        "volunteer service record certificate (志愿服务记录证明) of a year",
        _certificate,
        ids=("volunteer",),
    )
    certificate.add_argument("--year", type=int, required=True, metavar="YYYY")
    summary = add_printout(
        print_commands,
        "volunteer-summary",
        "a year's volunteer figures: activities, volunteers, hours",
        _year_summary,
    )
    summary.add_argument("--year", type=int, required=True, metavar="YYYY")


def _roster(args: argparse.Namespace, db: Database) -> str:
    from station_app.core.cli_print import printing_actor
    from station_app.volunteers.reports import print_roster

    roster = print_roster(
        db, printing_actor(args, db), args.activity, args.out, leader_copy=args.leader_copy
    )
    people = sum(len(s.lines) for s in roster.shifts)
    places = sum(s.shift.places for s in roster.shifts)
    copy = ", leader's copy" if roster.leader_copy else ""
    return f"{len(roster.shifts)} shifts, {people} of {places} places filled{copy}"


def _certificate(args: argparse.Namespace, db: Database) -> str:
    from station_app.core.cli_print import printing_actor
    from station_app.volunteers.reports import print_certificate

    data = print_certificate(db, printing_actor(args, db), args.volunteer, args.year, args.out)
    return f"certificate {data.number}, {len(data.lines)} shifts, {data.total_hours} hours"


def _year_summary(args: argparse.Namespace, db: Database) -> str:
    from station_app.core.cli_print import printing_actor
    from station_app.volunteers.reports import print_year_summary

    summary = print_year_summary(db, printing_actor(args, db), args.year, args.out)
    return (
        f"{summary.activities_held} activities held, "
        f"{summary.volunteers_served} volunteers, {summary.hours} hours"
    )
