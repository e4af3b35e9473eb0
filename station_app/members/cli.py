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

from station_app.core.cli_export import iso_date, xlsx_path

if TYPE_CHECKING:
    from station_app.core.db import Database

# Only argparse at import time: the program builds its parser on every start (GUI
# included); the handlers import what they need when they run.
MEMBERS, UNITS = "members", "units"
EXIT_OK, EXIT_UNREADABLE, EXIT_REFUSED = 0, 1, 2


def add_parsers(commands: Any, printouts: Any = None) -> Any:
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
    sub.add_argument(
        "--joined-from", type=iso_date, metavar="YYYY-MM-DD", help="joined on or after"
    )
    sub.add_argument("--joined-to", type=iso_date, metavar="YYYY-MM-DD", help="joined on or before")
    ledger = what.add_parser("unit-ledger", help="the unit ledger (单位台账) as a workbook")
    ledger.add_argument("file", type=Path, help="the .xlsx file to write")
    add_ledger_filters(ledger)
    from station_app.core.cli_print import add_operator_option, add_printout

    if printouts is None:
        printing = commands.add_parser("print", help="write a printout as a PDF")
        printouts = printing.add_subparsers(dest="printout", metavar="PRINTOUT", required=True)
    receipt = printouts.add_parser("receipt", help="a member's intake receipt (入会登记回执)")
    receipt.add_argument("--member", required=True, metavar="MEMBER_NO", help="member number")
    receipt.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    add_operator_option(receipt)
    printed = add_printout(
        printouts, "unit-ledger", "the unit ledger (单位台账), A4 landscape", summarize_ledger
    )
    add_ledger_filters(printed)
    return what  # the export targets: other features add theirs (``export_handler``)


def add_ledger_filters(command: Any) -> None:
    command.add_argument(
        "--staff", metavar="USERNAME", help="only the units of this operator ('none': nobody's)"
    )
    command.add_argument(
        "--union-status",
        choices=("none", "own", "joint", "founded"),
        help="only units with this union status (founded: own or joint)",
    )
    command.add_argument("--community", metavar="NAME", help="only the units of this community")


def ledger_filter(args: argparse.Namespace, db: Database) -> tuple[Any, str]:
    """The ``UnitFilter`` the options ask for and the words for it; a ``DeskError`` when
    an operator or community is not on file."""
    from sqlalchemy import select

    from station_app.core.errors import DeskError
    from station_app.core.i18n import QT_TRANSLATE_NOOP
    from station_app.core.models import Operator
    from station_app.members.models import Community
    from station_app.members.types import NOBODY, UnitFilter

    staff: int | None = None
    community: int | None = None
    words = []
    with db.read() as s:
        if args.staff:
            if args.staff.strip().lower() == "none":
                staff = NOBODY
            else:
                staff = s.scalar(select(Operator.id).where(Operator.username == args.staff.strip()))
                if staff is None:
                    raise DeskError(
                        QT_TRANSLATE_NOOP("Errors", "No operator has the user name {name}."),
                        name=args.staff,
                    )
            words.append(f"staff={args.staff.strip()}")
        if args.community:
            community = s.scalar(
                select(Community.id).where(Community.name == args.community.strip())
            )
            if community is None:
                raise DeskError(
                    QT_TRANSLATE_NOOP("Errors", "No community is called {name}."),
                    name=args.community,
                )
            words.append(f"community={args.community.strip()}")
    if args.union_status:
        words.append(f"union_status={args.union_status}")
    f = UnitFilter(community_id=community, union_status=args.union_status, staff_operator_id=staff)
    return f, ", ".join(words)


def summarize_ledger(args: argparse.Namespace, db: Database) -> str:
    from station_app.core.cli_print import printing_actor
    from station_app.core.station import StationProfile, StationService
    from station_app.members.reports import print_unit_ledger

    f, words = ledger_filter(args, db)
    station = StationService(db).profile() or StationProfile(name="")
    data = print_unit_ledger(db, printing_actor(args, db), station, Path(args.out), f, words)
    return f"unit ledger, {len(data.rows)} units"


def run(args: argparse.Namespace, db: Any) -> int:
    """Dispatches a parsed ``import``/``export``/``print receipt`` command."""
    handler = getattr(args, "export_handler", None)
    if args.command == "export" and handler is not None:  # another feature's export
        return int(handler(args, db))
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

    if args.target == "unit-ledger":
        return cmd_export_ledger(args, db)
    path = xlsx_path(args.file)
    if not path.parent.is_dir():
        return _fail(f"{path.parent}: no such folder", EXIT_UNREADABLE)
    try:
        from station_app.members.types import MemberFilter

        f = MemberFilter(
            joined_from=getattr(args, "joined_from", None),
            joined_to=getattr(args, "joined_to", None),
        )
        if f.joined_from and f.joined_to and f.joined_to < f.joined_from:
            return _fail("--joined-to is before --joined-from", EXIT_REFUSED)
        result = export_members(db, CLI_ACTOR, path, f, full_ids=bool(args.full_ids))
    except DeskError as exc:
        return _fail(exc.message(), EXIT_REFUSED)
    except OSError as exc:
        return _fail(f"{path}: {exc.strerror or exc}", EXIT_UNREADABLE)
    masked = "full ID numbers and mobiles" if result.full_ids else "ID numbers and mobiles masked"
    print(f"exported {result.rows} members to {result.path} ({masked})")
    return EXIT_OK


def cmd_export_ledger(args: argparse.Namespace, db: Database) -> int:
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.errors import DeskError
    from station_app.members.sheets.unit_ledger import export_unit_ledger

    path = xlsx_path(args.file)
    if not path.parent.is_dir():
        return _fail(f"{path.parent}: no such folder", EXIT_UNREADABLE)
    try:
        f, words = ledger_filter(args, db)
        rows = export_unit_ledger(db, CLI_ACTOR, path, f, words)
    except DeskError as exc:
        return _fail(exc.message(), EXIT_REFUSED)
    except OSError as exc:
        return _fail(f"{path}: {exc.strerror or exc}", EXIT_UNREADABLE)
    print(f"exported the unit ledger, {rows} units, to {path}")
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
