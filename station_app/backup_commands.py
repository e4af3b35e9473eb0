"""station-app backup / restore / check / upgrade: the data-safety commands of an
administrator."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.core import i18n
from station_app.core.i18n import QT_TRANSLATE_NOOP

MIRROR_SKIPPED = QT_TRANSLATE_NOOP("Checks", "Second copy skipped: {problem}")
RESTORED_NEW = QT_TRANSLATE_NOOP("Checks", "Restored from {source}.")
UP_TO_DATE = QT_TRANSLATE_NOOP("Checks", "The schema of {location} is up to date ({revision}).")
RESTORED = QT_TRANSLATE_NOOP(
    "Checks", "Restored from {source}; the previous database is kept as {copy}."
)


COMMANDS = {
    "backup": "a verified copy into the backups folder (or --out FILE)",
    "restore": "put a backup in place of the database (the current one is kept)",
    "check": "integrity, references and the domain's rules; exit 0 when all hold",
    "upgrade": "create the schema or bring it up to date, then exit (PostgreSQL: as the owner)",
}


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    added = {name: commands.add_parser(name, help=text) for name, text in COMMANDS.items()}
    added["backup"].add_argument("--out", type=Path, help="write the copy to this file instead")
    added["restore"].add_argument("file", type=Path, help="a backup (.db, or a pg_dump archive)")


def run(args: argparse.Namespace, url: str) -> int:
    if args.command == "check":  # read-only: no ORM, no audit
        from station_app.data_checks import check_database

        report = check_database(url)
        if report.ok:
            print(report.summary())
            return 0
        print("\n".join(report.lines()))
        return 1
    if args.command == "upgrade":
        from station_app.core.migrate import head_revision
        from station_app.core.startup import open_database

        db = open_database(url, daily=False)  # as at start: copy aside, refuse newer
        db.dispose()
        print(
            i18n.translate("Checks", UP_TO_DATE).format(
                location=db.display_location, revision=head_revision()
            )
        )
        return 0
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.safekeeping import DataSafety

    safety = DataSafety(url)
    if args.command == "backup":
        done = safety.backup(CLI_ACTOR, args.out)
        print(done.path)
        if done.mirror_problem:
            print(
                i18n.translate("Checks", MIRROR_SKIPPED).format(problem=done.mirror_problem),
                file=sys.stderr,
            )
        return 0
    restored = safety.restore(CLI_ACTOR, args.file)
    if restored.safety_copy is None:  # there was no database yet (a new PC)
        print(i18n.translate("Checks", RESTORED_NEW).format(source=restored.restored_from))
    else:
        print(
            i18n.translate("Checks", RESTORED).format(
                source=restored.restored_from, copy=restored.safety_copy
            )
        )
    return 0
