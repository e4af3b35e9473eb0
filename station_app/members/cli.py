"""Command-line handlers of member intake (Qt-free; ``station_app.cli`` wires them).

    station-app communities list
    station-app communities add NAME [NAME ...]
    station-app import members FILE [--dry-run]
    station-app import units FILE [--dry-run]
    station-app export members FILE.xlsx [--full-ids]
    station-app print receipt --member MEMBER_NO --out FILE.pdf

Imports print one line, ``imported N, duplicates D, rejected R`` (plus ``, error
workbook PATH`` when R > 0), and exit 0 unless the file cannot be read (1). Rows
naming communities the station does not have are refused; stderr then names them and
the ``station-app communities add …`` command that adds them. The
command line acts as the ``cli`` administrator; an export with ``--full-ids`` is
recorded as such in the audit log, like every export.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from station_app.core.db import Database

# Only argparse at import time: the program builds its parser on every start (GUI
# included); the handlers import what they need when they run.
MEMBERS, UNITS = "members", "units"
EXIT_OK, EXIT_UNREADABLE, EXIT_REFUSED = 0, 1, 2


def add_parsers(commands: Any, printouts: Any = None) -> None:
    """Adds ``communities``, ``import`` and ``export`` to the program's subcommands and
    ``receipt`` to the printouts of its ``print`` subcommand (``printouts``: that
    subcommand's subparsers; a ``print`` subcommand is added when the program has none)."""
    com = commands.add_parser("communities", help="list or add the station's communities (社区)")
    what = com.add_subparsers(dest="action", metavar="ACTION", required=True)
    what.add_parser("list", help="one line per community, in the station's order")
    add = what.add_parser("add", help="add communities; names already on file are kept")
    add.add_argument("names", nargs="+", metavar="NAME", help="e.g. 太平桥西里社区")
    imp = commands.add_parser("import", help="import members or units from .xlsx or .csv")
    what = imp.add_subparsers(dest="target", metavar="WHAT", required=True)
    for target, text in ((MEMBERS, "members"), (UNITS, "units where unions are founded")):
        sub = what.add_parser(target, help=f"import {text}")
        sub.add_argument("file", type=Path, help=".xlsx or .csv (UTF-8 or GBK)")
        sub.add_argument(
            "--dry-run",
            action="store_true",
            help="check every row and write the error workbook, but save nothing",
        )
    exp = commands.add_parser("export", help="export the member list to .xlsx")
    what = exp.add_subparsers(dest="target", metavar="WHAT", required=True)
    sub = what.add_parser(MEMBERS, help="export members (ID numbers and mobiles masked)")
    sub.add_argument("file", type=Path, help="the .xlsx file to write")
    sub.add_argument(
        "--full-ids",
        action="store_true",
        help="full ID numbers and mobiles (recorded in the audit log)",
    )
    from station_app.core.cli_print import add_operator_option

    if printouts is None:
        printing = commands.add_parser("print", help="write a printout as a PDF")
        printouts = printing.add_subparsers(dest="printout", metavar="PRINTOUT", required=True)
    receipt = printouts.add_parser("receipt", help="a member's intake receipt (入会登记回执)")
    receipt.add_argument("--member", required=True, metavar="MEMBER_NO", help="member number")
    receipt.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    add_operator_option(receipt)


def run(args: argparse.Namespace, db: Any) -> int:
    """Dispatches a parsed ``import``/``export``/``print receipt`` command."""
    handlers = {
        "communities": cmd_communities,
        "import": cmd_import,
        "export": cmd_export,
        "print": cmd_print_receipt,
    }
    return handlers[args.command](args, db)


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def cmd_import(args: argparse.Namespace, db: Database) -> int:
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.errors import DeskError
    from station_app.members.sheets import importer
    from station_app.members.sheets.types import SheetUnreadable

    target = getattr(args, "target", MEMBERS)
    try:
        sheet = importer.read_sheet(args.file)
        preview = importer.preview(db, sheet, None, target)
    except SheetUnreadable as exc:
        return _fail(exc.message(), EXIT_UNREADABLE)
    except DeskError as exc:  # e.g. no column for the name: nothing here can be read
        return _fail(exc.message(), EXIT_UNREADABLE)
    result = importer.apply(db, CLI_ACTOR, preview, dry_run=bool(args.dry_run))
    print(result.summary_line())
    if preview.missing_communities:
        print(missing_communities_hint(preview.missing_communities, args), file=sys.stderr)
    if result.dry_run:
        print("dry run: nothing was saved", file=sys.stderr)
    return EXIT_OK


def shell_command(words: list[str]) -> str:
    """A command line the desk can paste: quoted for cmd.exe on Windows, else for sh."""
    import os
    import shlex
    import subprocess

    if os.name == "nt":
        return subprocess.list2cmdline(words)
    return shlex.join(words)


def missing_communities_hint(names: tuple[str, ...], args: argparse.Namespace) -> str:
    from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

    db = getattr(args, "db", None)
    words = ["station-app", *(["--db", str(db)] if db else []), "communities", "add", *names]
    text = QT_TRANSLATE_NOOP(
        "MembersExcel",
        "Rows naming a community the station does not have were not imported: {names}. "
        "Check the spelling; to add them, run:\n{command}\nthen import the same file again.",
    )
    return translate("MembersExcel", text).format(
        names="、".join(names), command=shell_command(words)
    )


def cmd_communities(args: argparse.Namespace, db: Database) -> int:
    """``list``: one name a line (retired ones marked). ``add``: one line per name,
    ``added NAME`` or ``already there: NAME``; exit 0 (2 for a name it refuses)."""
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.errors import DeskError
    from station_app.members.service.communities import CommunityService

    service = CommunityService(db)
    if args.action == "list":
        for row in service.list_communities():
            print(f"{row.name}\t(retired)" if row.retired else row.name)
        return EXIT_OK
    try:
        done = service.add_communities(CLI_ACTOR, args.names)
    except DeskError as exc:
        return _fail(exc.message(), EXIT_REFUSED)
    for entry in done:
        if entry.added:
            print(f"added {entry.name}")
        else:
            print(f"already there: {entry.name}" + (" (retired)" if entry.retired else ""))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.errors import DeskError
    from station_app.members.sheets.export import export_members

    path = Path(args.file)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    if not path.parent.is_dir():
        return _fail(f"{path.parent}: no such folder", EXIT_UNREADABLE)
    try:
        result = export_members(db, CLI_ACTOR, path, full_ids=bool(args.full_ids))
    except DeskError as exc:
        return _fail(exc.message(), EXIT_REFUSED)
    except OSError as exc:
        return _fail(f"{path}: {exc.strerror or exc}", EXIT_UNREADABLE)
    masked = "full ID numbers and mobiles" if result.full_ids else "ID numbers and mobiles masked"
    print(f"exported {result.rows} members to {result.path} ({masked})")
    return EXIT_OK


def cmd_print_receipt(args: argparse.Namespace, db: Database) -> int:
    from station_app.core.cli_print import printing_actor
    from station_app.core.errors import DeskError
    from station_app.core.i18n import QT_TRANSLATE_NOOP
    from station_app.core.station import StationProfile, StationService
    from station_app.members.reports import print_receipt
    from station_app.members.service import MemberService

    members = MemberService(db)
    member_id = members.find_by_member_no(args.member)
    if member_id is None:
        return _fail(
            DeskError(
                QT_TRANSLATE_NOOP("Errors", "No member has the number {member_no}."),
                member_no=args.member,
            ).message(),
            EXIT_REFUSED,
        )
    station = StationService(db).profile() or StationProfile(name="")
    out = Path(args.out)
    try:
        print_receipt(db, printing_actor(args, db), member_id, station, out)
    except DeskError as exc:
        return _fail(exc.message(), EXIT_REFUSED)
    except OSError as exc:
        return _fail(f"{out}: {exc.strerror or exc}", EXIT_UNREADABLE)
    print(f"receipt of {args.member.strip().upper()} written to {out}")
    return EXIT_OK
