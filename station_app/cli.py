"""One entry point: the GUI by default, administration subcommands otherwise.

station-app [--db PATH|URL]                 start the desk program
station-app --smoke-test                    build the window offscreen, write a PDF, exit
station-app demo [--members N] [--seed S]   fill a database with synthetic data
station-app communities list | add NAME…      the station's communities (社区)
station-app backup [--out FILE] | restore FILE | check | upgrade     data safety
station-app holidays YEAR                   the year's holidays and working days in lieu
station-app print|export annual-report --year YYYY   the station's figures (PDF, .xlsx)
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import tempfile
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn

from station_app import __version__
from station_app.core import early_check
from station_app.core.errors import DeskError

if TYPE_CHECKING:  # SQLAlchemy loads after the quick_check has started (run)
    import argparse

    from station_app.core.db import Database

# Objects a command makes before the collector looks at them (Python's default: 700).
COMMAND_YOUNG_OBJECTS = 7000
# The commands that open the database as the desk does (open_for_cli).
OPENING_COMMANDS = ("demo", "print", "holidays", "communities", "import", "export")


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not for the desk's own start (parse_arguments)

    parser = argparse.ArgumentParser(
        prog="station-app",
        description="Station Desk (工会服务站前台): front desk of a trade-union service station.",
    )
    parser.add_argument("--version", action="version", version=f"station-app {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="SQLite file or database URL (postgresql+psycopg://…); default: env STATION_DB, "
        "else station.db in the user data folder",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the main window offscreen, write a sample PDF to a temp folder, exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill the database with realistic synthetic data")
    demo.add_argument("--members", type=int, default=2000, help="how many members (default 2000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")

    printing = commands.add_parser("print", help="write a printout as a PDF")
    printouts = printing.add_subparsers(dest="printout", metavar="PRINTOUT", required=True)
    from station_app.rooms.cli import add_print_commands as add_room_prints

    add_room_prints(printouts)  # schedule, booking-slip
    from station_app.members.cli import add_parsers as add_member_commands

    exports = add_member_commands(commands, printouts)  # import, export members, print receipt
    from station_app.volunteers.cli import add_print_commands as add_volunteer_prints

    add_volunteer_prints(printouts)  # roster, certificate, volunteer-summary
    from station_app.welfare.cli import add_print_commands as add_welfare_prints

    add_welfare_prints(printouts)  # handout, campaign-summary, stock, gift-receipt
    from station_app.rooms.cli import add_export_command as add_room_export
    from station_app.welfare.cli import add_export_command as add_welfare_export

    add_room_export(exports)  # export bookings
    add_welfare_export(exports)  # export handouts
    from station_app.overview import cli as overview_cli

    overview_cli.add_print_commands(printouts)  # annual-report
    overview_cli.add_export_commands(exports)  # export annual-report
    from station_app.backup_commands import add_parsers as add_backup_commands

    add_backup_commands(commands)  # backup, restore, check, upgrade
    from station_app.holiday_commands import add_parser as add_holidays_command

    add_holidays_command(commands)  # holidays YEAR
    return parser


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """``argv`` as :func:`build_parser` parses it. The desk's own start (``station-app``
    with at most ``--db``) is read without building the parser: the commands' parsers
    import every feature's command module, the printing helpers and the ORM models,
    which the window does not need before it shows."""
    words = sys.argv[1:] if argv is None else argv
    db: str | None = None
    if len(words) == 2 and words[0] == "--db" and not words[1].startswith("-"):
        db = words[1]
    elif len(words) == 1 and words[0].startswith("--db="):
        db = words[0].removeprefix("--db=")
    elif words:
        return build_parser().parse_args(argv)
    return SimpleNamespace(db=db, smoke_test=False, command=None)  # type: ignore[return-value]


def cmd_print(args: argparse.Namespace, url: str) -> int:
    db = open_for_cli(url)
    try:
        handler = getattr(args, "print_handler", None)
        if handler is not None:  # printouts a feature registered with its own handler
            return handler(args, db)
        if args.printout == "receipt":
            from station_app.members.cli import cmd_print_receipt

            return cmd_print_receipt(args, db)
    finally:
        db.dispose()
    print(args.out)
    return 0


def install_cli_translator() -> object:
    """Messages and printouts in the desk's language, also from the command line: our
    catalog read without Qt when the saved language can be (core.saved_language);
    Qt's own catalog translates only Qt's dialogs, which no command shows. Once Qt is
    loaded (a command run from the desk's own process, the tests), Qt's settings and
    translators decide, as the window's do."""
    from station_app.core import i18n, saved_language

    language = None if "PySide6.QtCore" in sys.modules else saved_language.read()
    if language is not None:
        from station_app.core.paths import resource_path
        from station_app.core.qm import QmCatalog

        i18n.install(lambda _context, text: text)
        if language != "zh_CN":
            return None
        try:
            catalog = QmCatalog.load(resource_path("translations", "station_zh_CN.qm"))
        except (OSError, ValueError):  # missing or not one this reader answers for
            return _install_qt_translator()
        i18n.install(catalog.translate)
        return catalog
    return _install_qt_translator()


def _install_qt_translator() -> object:
    from PySide6.QtCore import QCoreApplication

    from station_app.settings import AppSettings
    from station_app.translators import load_translators

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setOrganizationName("StationDesk")
    app.setApplicationName("station-app")
    load_translators(app, AppSettings().language)
    return app


def translate_when_needed() -> None:
    """The desk's language, loaded with the first text translated (a command that
    fails early reads no catalog; where Qt is needed for it, PySide6 would otherwise
    read the source file of every module imported after it, 85 ms of a printout's
    imports)."""
    from station_app.core import i18n

    def first(context: str, text: str) -> str:
        install_cli_translator()  # installs the real translate
        return i18n.translate(context, text)

    i18n.install(first)


def open_for_cli(url: str) -> Database:
    from station_app.core.startup import open_database

    return open_database(url)


def cmd_demo(args: argparse.Namespace, url: str) -> int:
    from station_app import demo

    db = open_for_cli(url)
    try:
        summary = demo.fill(db, members=args.members, seed=args.seed, progress=print)
    finally:
        db.dispose()
    print(
        f"demo data in {db.display_location}: {summary.communities} communities, "
        f"{summary.units} units ({summary.units_with_union} with a union), "
        f"{summary.members} members, {summary.bookings} room bookings; "
        "log in as admin/admin123 or desk/desk123"
    )
    return 0


def smoke_test(url: str) -> int:
    """What a packaged build must be able to do, in a few seconds, without a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from station_app.app import create_app
    from station_app.context import DeskContext
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.log import setup_logging
    from station_app.core.pdf.inspect import embedded_font_names
    from station_app.core.pdf.sample import build_sample
    from station_app.core.station import StationProfile, StationService
    from station_app.main_window import MainWindow
    from station_app.settings import AppSettings

    log_path = setup_logging()
    app = create_app()
    db = open_for_cli(url)
    profile = StationService(db).profile() or StationProfile(name="工会服务站")
    window = MainWindow(DeskContext(db, CLI_ACTOR, profile), AppSettings(), log_path.parent)
    window.show()
    QApplication.processEvents()
    assert window.tabs.count() == 5
    for index in range(window.tabs.count()):  # each tab as the desk first opens it
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    window.grab()
    window.close()
    out = Path(tempfile.mkdtemp(prefix="station-smoke-")) / "sample.pdf"
    build_sample(out, station_name=profile.name, operator=CLI_ACTOR.display_name)
    fonts = embedded_font_names(out)
    if not any("WQY" in name.upper() or "MICROHEI" in name.upper() for name in fonts):
        print(f"smoke test FAILED: bundled font not embedded in {out} (fonts: {fonts})")
        return 1
    db.dispose()
    app.processEvents()
    print(f"smoke test ok: {db.display_location}, window with 5 tabs, {out} ({', '.join(fonts)})")
    return 0


def _restore_hint(error: DeskError, db_arg: str | None) -> None:
    from station_app.core.backup import DatabaseDamaged
    from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

    if isinstance(error, DatabaseDamaged) and error.backup is not None:
        db = f" --db {db_arg}" if db_arg else ""
        hint = translate("Checks", QT_TRANSLATE_NOOP("Checks", "To restore it: {command}")).format(
            command=f"station-app{db} restore {error.backup.path}"
        )
        print(hint, file=sys.stderr)


def run() -> NoReturn:
    """``station-app`` and ``python -m station_app``: :func:`main`, then out at once.

    Python's own teardown, freeing every module and object one by one, took 0.3 to
    0.6 s after the window closed (the printing and search tables, SQLAlchemy, the
    widgets' wrappers). What of it matters is done here first: the threads still at
    work are waited for, the atexit handlers run (the log is flushed and closed), the
    output is flushed and Qt tears down (the clipboard is handed over).

    The open-time ``quick_check`` of the database file starts first, before the
    imports (core/early_check.py).
    """
    # Start-up makes some 100,000 objects that live as long as the process: the
    # collector would go over them again and again (40 ms before the window showed).
    # It starts once the window is shown (app.run_gui) or a command begins (_run).
    gc.disable()
    early_check.start_for_argv(sys.argv[1:], OPENING_COMMANDS)
    code = main()
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a reader gone
            stream.flush()
    if "PySide6.QtCore" in sys.modules:
        import shiboken6
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None and shiboken6.isValid(app):
            shiboken6.delete(app)
    os._exit(code)


def _import_before_qt(url: str) -> None:
    """The Qt-free modules of the desk's start, imported before PySide6: once loaded,
    PySide6 reads the source file of every module imported after it (its check for
    ``from __feature__ import``), about 25 ms for these; and the database's SQLAlchemy
    dialect, which the engine would load after it (the modules its imports name are
    read too, 5 ms)."""
    from sqlalchemy.engine import make_url

    import station_app.context
    import station_app.core.safekeeping
    import station_app.core.startup
    import station_app.members.queries
    import station_app.members.service  # noqa: F401

    with contextlib.suppress(Exception):  # a bad URL is said where it is opened
        make_url(url).get_dialect()


def _collect_for_command() -> None:
    """The collector, off since run()'s first line, on for a command's own work. What
    the start-up made lives until the command ends: frozen aside, so that the command's
    collections do not go over it again and again; and a young generation ten times
    Python's (a printout makes its objects by the hundred thousand): print handout's
    collections 45 -> 25 ms, +0.7 MiB. Nothing changes when main() is called with the
    collector on (the tests, in their own process)."""
    if not gc.isenabled():
        gc.freeze()
        gc.set_threshold(COMMAND_YOUNG_OBJECTS, 10, 10)
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    try:
        code = _run(argv)
        sys.stdout.flush()  # here, so that a closed pipe is caught below
        return code
    except BrokenPipeError:
        # `station-app communities list | head`: the reader left early. No traceback,
        # and none when Python flushes stdout again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _run(argv: list[str] | None) -> int:
    from station_app.core.db import resolve_url
    from station_app.core.log import setup_logging

    args = parse_arguments(argv)
    url = resolve_url(args.db)
    setup_logging()  # details go to the log file; the terminal gets the sentence
    if args.command is not None or args.smoke_test:
        _collect_for_command()
    try:
        if args.smoke_test:
            return smoke_test(url)
        if args.command is None:
            from station_app.core.migrate import check_early

            check_early(url)  # the file's quick_check runs while the desk's screens load
            _import_before_qt(url)
            from station_app.app import run_gui

            return run_gui(url)
        translate_when_needed()
        if args.command in OPENING_COMMANDS:
            from station_app.core.migrate import check_early

            check_early(url)  # the file's quick_check runs while the command loads
        if args.command == "demo":
            return cmd_demo(args, url)
        if args.command == "print":
            return cmd_print(args, url)
        if args.command in ("backup", "restore", "check", "upgrade"):
            from station_app import backup_commands

            return backup_commands.run(args, url)
        if args.command == "holidays":
            from station_app import holiday_commands

            db = open_for_cli(url)
            try:
                return holiday_commands.run(args, db)
            finally:
                db.dispose()
        if getattr(args, "export_handler", None) is not None:  # exports of no one feature
            db = open_for_cli(url)
            try:
                return args.export_handler(args, db)
            finally:
                db.dispose()
        if args.command in ("communities", "import", "export"):
            from station_app.members import cli as member_cli

            db = open_for_cli(url)
            try:
                return member_cli.run(args, db)
            finally:
                db.dispose()
    except DeskError as error:
        print(error.message(), file=sys.stderr)
        _restore_hint(error, args.db)
        return 2
    return 0
