"""Start-up and memory, whole process: the desk against a bare PySide6 window (issue 17).

Each figure is a whole process (interpreter start to exit), run alternately with its
floor in one sitting, medians of the rounds:

* start to shown window on a 100,000-member database (the real ``station-app`` start:
  the login dialog filled in by the bench, then the main window) vs a bare PySide6
  window with four empty tabs; target ≤ 4×;
* peak RSS (VmHWM) when the window is shown, and after every tab and every page in it
  has been opened once, vs the same floor; targets ≤ 150 MiB and ≤ 170 MiB;
* window closed to process ended (no target: the exit should cost next to nothing);
* ``station-app print handout`` of 3,000 recipients vs a plain reportlab Table of the
  same cells in a process of its own; target ≤ 1.3×;
* ``station-app check`` on the 100,000-member file vs ``integrity_check`` and
  ``foreign_key_check`` in a Python process with sqlite3; target ≤ 1.5×.

Run this part alone with ``python -m tests.bench startup``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

from tests.bench.harness import Figure

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("STATION_BENCH_ROUNDS", "5"))
CLI_ROUNDS = 3
RECIPIENTS = 3_000
START_RATIO, START_MIB, TABS_MIB = 4.0, 150.0, 170.0
PRINT_RATIO, CHECK_RATIO = 1.3, 1.5
CAMPAIGN = "基准测试送温暖"

# The GUI child: the program (the login filled in) or the bare window. It says
# "shown", "tabs" and "closing" with the monotonic clock (shared by all processes on
# Linux) and the peak RSS so far; the parent times the rest.
GUI_SCRIPT = textwrap.dedent(
    """
    import sys, time

    def peak_mib():
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def say(*words):
        print(*words, flush=True)

    def visit_tabs(window):
        from PySide6.QtWidgets import QApplication, QTabWidget

        app = QApplication.instance()
        tabs = window.centralWidget()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            app.processEvents()
            for inner in tabs.currentWidget().findChildren(QTabWidget):
                for page in range(inner.count()):
                    inner.setCurrentIndex(page)
                    app.processEvents()
                inner.setCurrentIndex(0)
        tabs.setCurrentIndex(0)
        app.processEvents()

    def watch():  # PySide6 is imported where the program imports it
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        timer = QTimer()
        timer.setInterval(0)

        def check():
            for window in QApplication.topLevelWidgets():
                if isinstance(window, QMainWindow) and window.isVisible():
                    timer.stop()
                    QApplication.processEvents()  # the first paint
                    say("shown", time.monotonic(), peak_mib())
                    visit_tabs(window)
                    say("tabs", time.monotonic(), peak_mib())
                    say("closing", time.monotonic())
                    window.close()
                    return

        timer.timeout.connect(check)
        timer.start()
        return timer

    if sys.argv[1] == "floor":
        from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        tabs = QTabWidget()
        for n in range(4):
            tabs.addTab(QWidget(), f"Tab {n + 1}")
        window.setCentralWidget(tabs)
        window.resize(1200, 780)
        window.show()
        timer = watch()
        app.exec()
        sys.exit(0)

    import importlib.abc
    import importlib.util

    keep = []

    def fill_login():
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        for dialog in QApplication.topLevelWidgets():
            if dialog.isVisible() and hasattr(dialog, "try_login"):
                dialog.username.setText("desk")
                dialog.password.setText("desk123")
                dialog.try_login()
                return
        QTimer.singleShot(1, fill_login)

    def patch(desk):
        real_sign_in = desk.sign_in

        def sign_in(db, settings):
            from PySide6.QtCore import QTimer

            if keep:  # the window was closed: quit, as the desk does
                return None
            QTimer.singleShot(0, fill_login)
            context = real_sign_in(db, settings)
            keep.append(watch())
            return context

        desk.sign_in = sign_in

    class Patcher(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        # station_app.app is imported where the program imports it, then patched.
        def find_spec(self, name, path, target=None):
            if name != "station_app.app":
                return None
            sys.meta_path.remove(self)
            self.spec = importlib.util.find_spec(name)
            return importlib.util.spec_from_loader(name, self)

        def create_module(self, spec):
            return None

        def exec_module(self, module):
            module.__spec__ = self.spec
            module.__file__ = self.spec.origin
            self.spec.loader.exec_module(module)
            patch(module)

    sys.meta_path.insert(0, Patcher())
    try:
        from station_app.cli import run
    except ImportError:  # a checkout from before station_app.cli.run (issue 17)
        from station_app.cli import main

        def run():
            sys.exit(main())

    sys.argv = ["station-app", "--db", sys.argv[2]]
    run()  # as station-app runs: main(), then out
    """
)

# The floor of the printout: the same cells as one plain reportlab Table, written to a
# file, in a process of its own.
PRINT_FLOOR_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    with open(sys.argv[1], encoding="utf-8") as file:
        spec = json.load(file)
    pdfmetrics.registerFont(TTFont("Desk", spec["font"], subfontIndex=0))
    x, top, bottom = spec["margins"]
    doc = SimpleDocTemplate(
        sys.argv[2], pagesize=landscape(A4), leftMargin=x, rightMargin=x, topMargin=top,
        bottomMargin=bottom, initialFontName="Desk",
    )
    table = Table([spec["header"], *spec["rows"]], colWidths=spec["widths"], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Desk")]))
    doc.build([table])
    """
)

CHECK_FLOOR_SCRIPT = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1])
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    """
)


@dataclass(frozen=True)
class ProcessFigure(Figure):
    """A figure with its unit, its floor and ratio, and an absolute limit if it has one."""

    unit: str = "ms"
    limit: float | None = None

    def line(self) -> str:
        text = f"{self.name:<58} {self.value_ms:10.1f} {self.unit:<3}"
        if self.floor_ms is not None:
            text += f" floor {self.floor_ms:8.1f} {self.unit:<3} ratio {self.ratio:6.2f}"
        targets = []
        if self.target_ratio is not None:
            ok = (self.ratio or 0) <= self.target_ratio
            targets.append(f"≤ {self.target_ratio:g}×: {'ok' if ok else 'OVER TARGET'}")
        if self.limit is not None:
            ok = self.value_ms <= self.limit
            targets.append(f"≤ {self.limit:g} {self.unit}: {'ok' if ok else 'OVER TARGET'}")
        if targets:
            text += f" (target {'; '.join(targets)})"
        if self.note:
            text += f"   [{self.note}]"
        return text


def _env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled once, then cached
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(workdir / name.lower())
    return env


def _timed(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Milliseconds from spawn to exit, and what the process printed."""
    start = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = (time.monotonic() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{args[1:4]} exited {done.returncode}: {done.stderr[-2000:]}")
    return elapsed, done.stdout


@dataclass(frozen=True)
class GuiRun:
    shown_ms: float
    shown_mib: float
    tabs_mib: float
    exit_ms: float


def _gui_run(mode: str, db_path: Path, env: dict[str, str]) -> GuiRun:
    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", GUI_SCRIPT, mode, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    said: dict[str, list[float]] = {}
    assert child.stdout is not None
    for line in child.stdout:
        words = line.split()
        if words and words[0] in ("shown", "tabs", "closing"):
            said[words[0]] = [float(w) for w in words[1:]]
    child.wait()
    ended = time.monotonic()
    stderr = child.stderr.read() if child.stderr else ""
    if child.returncode != 0 or "closing" not in said:
        raise RuntimeError(f"{mode} run failed ({child.returncode}): {stderr[-2000:]}")
    return GuiRun(
        shown_ms=(said["shown"][0] - start) * 1000,
        shown_mib=said["shown"][1],
        tabs_mib=said["tabs"][1],
        exit_ms=(ended - said["closing"][0]) * 1000,
    )


def _median(runs: list[GuiRun], field: str) -> float:
    return statistics.median(getattr(run, field) for run in runs)


def gui_figures(db_path: Path, workdir: Path) -> list[Figure]:
    env = _env(workdir)
    _gui_run("program", db_path, env)  # warm-up: caches, the window's saved geometry
    floors: list[GuiRun] = []
    program: list[GuiRun] = []
    for _ in range(ROUNDS):
        floors.append(_gui_run("floor", db_path, env))
        program.append(_gui_run("program", db_path, env))
    worst = max(run.shown_ms for run in program)
    return [
        ProcessFigure(
            "start to shown window, 100,000 members (whole process)",
            _median(program, "shown_ms"),
            _median(floors, "shown_ms"),
            START_RATIO,
            note=f"median of {ROUNDS}, worst {worst:.0f} ms; login filled in by the bench; "
            "floor: bare PySide6 window, four empty tabs",
        ),
        ProcessFigure(
            "peak RSS when the window is shown",
            _median(program, "shown_mib"),
            _median(floors, "shown_mib"),
            unit="MiB",
            limit=START_MIB,
        ),
        ProcessFigure(
            "peak RSS after every tab and page opened once",
            _median(program, "tabs_mib"),
            _median(floors, "tabs_mib"),
            unit="MiB",
            limit=TABS_MIB,
        ),
        ProcessFigure(
            "window closed to process ended",
            _median(program, "exit_ms"),
            _median(floors, "exit_ms"),
        ),
    ]


# --- the printout ------------------------------------------------------------------------


def handout_database() -> tuple[Path, int]:
    """A street of 3,300 demo members with one open campaign of exactly 3,000 on its
    list, built once per schema and demo code, and the campaign's id."""
    from tests.bench.bench_members import _cache_key

    folder = Path(tempfile.gettempdir()) / "station-bench-cache"
    folder.mkdir(exist_ok=True)
    path = folder / f"handout-{RECIPIENTS}-{_cache_key()}.db"
    if not path.exists():
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        _build_handout_database(building)
        building.rename(path)
        for suffix in ("-wal", "-shm"):  # emptied by the checkpoint, left by the rename
            Path(f"{building}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(path) as conn:
        (campaign,) = conn.execute("SELECT id FROM campaign WHERE name = ?", (CAMPAIGN,)).fetchone()
    return path, campaign


def _build_handout_database(path: Path) -> None:
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.startup import open_database
    from station_app.welfare.service import CampaignService
    from tests.bench.bench_welfare import _street

    db = open_database(f"sqlite:///{path}")
    campaign, _desk = _street(db)
    with sqlite3.connect(path) as conn:
        extra = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM allocation WHERE campaign_id = ? AND NOT removed "
                "ORDER BY id LIMIT -1 OFFSET ?",
                (campaign, RECIPIENTS),
            )
        ]
    campaigns = CampaignService(db)
    for allocation in extra:
        campaigns.remove_recipient(CLI_ACTOR, allocation, "基准测试")
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _print_floor_spec(db_path: Path, campaign: int, out: Path) -> None:
    """The printout's cells and layout as JSON, for the floor process."""
    from station_app.core import i18n
    from station_app.core.db import Database
    from station_app.core.paths import font_path
    from station_app.core.pdf.document import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
    from station_app.welfare import labels as L
    from station_app.welfare.reports.handout import COL_WIDTHS, HEADER, sheet_rows
    from station_app.welfare.service import WelfarePrintData
    from tests.welfare.zh_catalog import translate_zh

    i18n.install(translate_zh)
    db = Database(f"sqlite:///{db_path}")
    try:
        sheet = WelfarePrintData(db).handout_sheet(campaign)
        assert sheet.rows == RECIPIENTS, sheet.rows
        spec = {
            "font": str(font_path()),
            "margins": [MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM],
            "widths": list(COL_WIDTHS),
            "header": [L.t(h) for h in HEADER],
            "rows": [row for group in sheet_rows(sheet) for row in group],
        }
    finally:
        db.dispose()
        i18n.install(lambda _context, source: source)
    out.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")


def print_figure(workdir: Path) -> Figure:
    source, campaign = handout_database()
    db_path = workdir / "handout.db"
    shutil.copyfile(source, db_path)
    spec = workdir / "handout-cells.json"
    _print_floor_spec(db_path, campaign, spec)
    env = _env(workdir)
    program = [
        sys.executable, "-m", "station_app", "--db", str(db_path), "print", "handout",
        "--campaign", str(campaign), "--out", str(workdir / "handout.pdf"),
    ]  # fmt: skip
    floor = [sys.executable, "-c", PRINT_FLOOR_SCRIPT, str(spec), str(workdir / "floor.pdf")]
    _timed(program, env)  # warm-up; also takes the day's automatic backup
    values, floors = [], []
    for _ in range(CLI_ROUNDS):
        floors.append(_timed(floor, env)[0])
        values.append(_timed(program, env)[0])
    return ProcessFigure(
        f"station-app print handout, {RECIPIENTS:,} recipients (whole process)",
        statistics.median(values),
        statistics.median(floors),
        PRINT_RATIO,
        note=f"median of {CLI_ROUNDS}; floor: a process building one plain reportlab "
        "Table of the same cells",
    )


# --- 检查数据 --------------------------------------------------------------------------------


def check_figure(db_path: Path, workdir: Path) -> Figure:
    env = _env(workdir)
    program = [sys.executable, "-m", "station_app", "--db", str(db_path), "check"]
    floor = [sys.executable, "-c", CHECK_FLOOR_SCRIPT, str(db_path)]
    _timed(floor, env)  # warm-up: the file in the page cache
    values, floors = [], []
    for _ in range(CLI_ROUNDS):
        floors.append(_timed(floor, env)[0])
        values.append(_timed(program, env)[0])
    return ProcessFigure(
        "station-app check, 100,000 members (whole process)",
        statistics.median(values),
        statistics.median(floors),
        CHECK_RATIO,
        note=f"median of {CLI_ROUNDS}; floor: integrity_check + foreign_key_check with sqlite3",
    )


def figures(workdir: Path) -> list[Figure]:
    from tests.bench.bench_members import demo_database

    workdir.mkdir(parents=True, exist_ok=True)
    station = workdir / "station.db"
    shutil.copyfile(demo_database(), station)
    # Today's automatic copy, so that no run takes it: the desk takes it once a day.
    from station_app.core import backup as backups

    backups.take_backup(station, "auto")
    return [
        *gui_figures(station, workdir),
        print_figure(workdir),
        check_figure(station, workdir),
    ]


if __name__ == "__main__":
    for figure in figures(Path(tempfile.mkdtemp(prefix="bench-startup-"))):
        print(figure.line())
