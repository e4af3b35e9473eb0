"""What start-up loads (issue 17): the first screen's modules, not the printing, Excel,
pinyin or migration libraries, which load on first use. Each check runs in a fresh
interpreter, since this test session has loaded everything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LATER = ("reportlab", "openpyxl", "pypinyin", "alembic", "PySide6.QtPdf", "PIL")


def _said(code: str) -> str:
    """What ``code`` prints, run in a new interpreter."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _loaded(code: str) -> set[str]:
    """The names in sys.modules after running ``code`` in a new interpreter."""
    return set(_said(f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))").split())


@pytest.mark.parametrize(
    "code",
    [
        "import station_app.app, station_app.main_window",
        # the command line: its parser, and a command's translator
        "from station_app.cli import build_parser, install_cli_translator\n"
        "build_parser(); install_cli_translator()",
        "import station_app.core.db, station_app.core.startup, station_app.core.migrate",
    ],
)
def test_start_up_loads_no_printing_excel_pinyin_or_alembic(code: str) -> None:
    loaded = _loaded(code)
    assert not [name for name in LATER if name in loaded]


def test_the_first_tab_loads_no_printing_excel_pinyin_or_alembic() -> None:
    loaded = _loaded("import station_app.members.ui.tab")
    assert not [name for name in LATER if name in loaded]


def test_every_tab_module_loads_without_the_printing_libraries() -> None:
    """Printouts and exports load with the first print, not with a tab."""
    loaded = _loaded(
        "import station_app.welfare.ui.tab, station_app.rooms.ui.tab, station_app.volunteers.ui.tab"
    )
    assert not [name for name in LATER if name in loaded]


def test_the_rooms_and_volunteers_tabs_load_no_postgresql_dialect() -> None:
    """20 ms at the tab's first opening on a SQLite desk (the welfare tab's partial
    index names PostgreSQL's options, which load it)."""
    loaded = _loaded("import station_app.rooms.ui.tab, station_app.volunteers.ui.tab")
    assert "sqlalchemy.dialects.postgresql" not in loaded


# What the desk reaches from a menu, a button or another page: loaded when first used.
BEHIND_MENUS = (
    "station_app.dialogs.settings_dialog",
    "station_app.dialogs.setup_wizard",
    "station_app.dialogs.backup_dialog",
    "station_app.dialogs.restore_dialog",
    "station_app.dialogs.check_dialog",
    "station_app.dialogs.audit_log_dialog",
    "station_app.dialogs.about_dialog",
    "station_app.dialogs.password_dialog",
    "station_app.members.ui.units_page",
    "station_app.members.ui.communities_page",
    "station_app.members.ui.status_dialogs",
    "station_app.members.ui.member_record",
)


def test_the_first_screen_loads_no_dialog_behind_a_menu_or_a_later_page() -> None:
    loaded = _loaded("import station_app.app, station_app.main_window, station_app.members.ui.tab")
    assert not [name for name in BEHIND_MENUS if name in loaded]


def test_the_desks_start_builds_no_command_parsers() -> None:
    """``station-app [--db X]`` is read without the commands' parsers, which import
    every feature's command module."""
    loaded = _loaded(
        "from station_app.cli import parse_arguments\n"
        "parse_arguments([]), parse_arguments(['--db', 'x.db']), parse_arguments(['--db=x.db'])"
    )
    commands = [name for name in loaded if name.endswith(".cli") or "cli_print" in name]
    assert commands == ["station_app.cli"] and "argparse" not in loaded


def test_a_command_translates_without_qt() -> None:
    """The command line reads the saved language and our catalog without Qt (on Linux;
    elsewhere QSettings tells the language)."""
    loaded = _loaded(
        "from station_app.cli import install_cli_translator\n"
        "from station_app.core import i18n\n"
        "install_cli_translator()\n"
        "assert i18n.translate('Checks', 'To restore it: {command}') == '恢复命令：{command}'"
    )
    if sys.platform.startswith("linux"):
        assert "PySide6" not in loaded


def test_the_database_layer_loads_no_orm_until_a_session() -> None:
    """检查数据 and the backups need no ORM: core.db loads it with the first session."""
    assert "sqlalchemy.orm" not in _loaded("import station_app.core.db")


def test_the_version_is_the_installed_ones() -> None:
    from importlib import metadata

    import station_app

    assert station_app.version() == metadata.version("station-app")
    assert station_app.__version__ == station_app.version()


def test_the_first_screen_loads_no_orm() -> None:
    """The login and the member list read with Core (core/rows.py): the ORM loads once
    the window has shown, before the clerk's first action."""
    loaded = _loaded("import station_app.app, station_app.main_window, station_app.members.ui.tab")
    assert "sqlalchemy.orm" not in loaded


def test_the_desk_shows_its_members_without_the_orm(filled_station: Path, tmp_path: Path) -> None:
    """A real station's window, shown and painted after a login, with its member list:
    no ORM until the start has settled (app._after_start), which maps the rows."""
    path = tmp_path / "station.db"
    shutil.copyfile(filled_station, path)
    said = _said(
        "\n".join(
            [
                "import sys",
                "from pathlib import Path",
                "from PySide6.QtCore import QSettings",
                "from PySide6.QtWidgets import QTableView",
                "from station_app import app",
                "from station_app.context import DeskContext",
                "from station_app.core.accounts import AccountService",
                "from station_app.core.db import Database",
                "from station_app.core.station import StationService",
                "from station_app.main_window import MainWindow",
                "from station_app.members.models import Member",
                "from station_app.settings import AppSettings",
                "qt = app.create_app()",
                f"db = Database('sqlite:///{path}')",
                "actor = AccountService(db).login('desk', 'desk123')",
                "context = DeskContext(db, actor, StationService(db).profile())",
                f"ini = QSettings('{tmp_path / 's.ini'}', QSettings.Format.IniFormat)",
                "settings = AppSettings(ini)",
                f"window = MainWindow(context, settings, Path('{tmp_path}'))",
                "window.show()",
                "qt.processEvents()",
                "rows = window.findChild(QTableView).model().rowCount()",
                "print(rows, 'sqlalchemy.orm' in sys.modules)",
                "app._after_start()",
                "print('_sa_class_manager' in vars(Member))",
            ]
        )
    )
    assert said.split() == ["60", "False", "True"]
