"""Member tab at 100,000 members: search text to first rows in the model, sorting, and
the program's peak memory with the tab open."""

from __future__ import annotations

import os
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

MEMBERS = 100_000
RSS_TARGET_MB = 250.0
QUERIES = ("wang", "zh", "wjg", "shanli", "8888", "单", "TPQ2026", "138")
REPEAT = 5


@dataclass(frozen=True)
class MemoryFigure(Figure):
    """A figure in megabytes (the harness prints milliseconds)."""

    def line(self) -> str:
        text = f"{self.name:<58} {self.value_ms:10.1f} MB"
        if self.floor_ms is not None:
            ok = "ok" if self.value_ms <= self.floor_ms else "OVER TARGET"
            text += f"   target ≤ {self.floor_ms:g} MB: {ok}"
        if self.note:
            text += f"   [{self.note}]"
        return text


def demo_database(members: int = MEMBERS) -> Path:
    """A demo database of ``members`` members, made once and kept (about half a minute
    to make): ``STATION_BENCH_MEMBERS_DB`` or a file in the temp folder."""
    path = Path(
        os.environ.get("STATION_BENCH_MEMBERS_DB")
        or Path(tempfile.gettempdir()) / f"station-bench-members-{members}.db"
    )
    if path.exists():
        try:
            with sqlite3.connect(path) as conn:
                (count,) = conn.execute("SELECT count(*) FROM member").fetchone()
            if count == members:
                return path
        except sqlite3.Error:
            pass
        path.unlink()
    from station_app import demo
    from station_app.core.startup import open_database

    db = open_database(f"sqlite:///{path}")
    demo.fill(db, members=members)
    db.dispose()
    return path


def _app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _floor_first_rows(path: Path, query: str) -> float:
    """The same work done the simplest quick way with sqlite3: one LIKE over the stored
    search column collecting (member number, id), sorted in Python, then the list
    columns of the first 200."""
    from station_app.core.search import like_pattern

    conn = sqlite3.connect(path)
    pattern = like_pattern(query)
    start = time.perf_counter()
    found = conn.execute(
        "SELECT member_no, id FROM member WHERE search_text LIKE ? ESCAPE '\\'", (pattern,)
    ).fetchall()
    found.sort(reverse=True)
    first = [row[1] for row in found[:200]]
    marks = ",".join("?" * len(first))
    conn.execute(
        "SELECT m.id, m.member_no, m.name, m.gender, m.id_type, m.id_number, m.mobile, "
        "u.name, c.name, m.status, m.joined_on, m.hardship_level, m.outdoor_kind, "
        "m.migrant_worker, m.model_worker FROM member m "
        "LEFT JOIN unit u ON u.id = m.unit_id LEFT JOIN community c ON c.id = m.community_id "
        f"WHERE m.id IN ({marks})",
        first,
    ).fetchall()
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


def _search_figures(path: Path) -> list[Figure]:
    app = _app()
    from station_app.context import DeskContext
    from station_app.core.accounts import AccountService
    from station_app.core.startup import open_database
    from station_app.core.station import StationService
    from station_app.members.ui import member_model as mm
    from station_app.members.ui.members_page import MembersPage

    db = open_database(f"sqlite:///{path}")
    actor = AccountService(db).login("desk", "desk123")
    profile = StationService(db).profile()
    assert profile is not None
    start = time.perf_counter()
    page = MembersPage(DeskContext(db, actor, profile))
    page.resize(1280, 760)
    page.show()
    app.processEvents()
    open_ms = (time.perf_counter() - start) * 1000

    samples: list[float] = []
    floors: list[float] = []
    for _ in range(REPEAT):
        for query in QUERIES:
            page.search.setText(query)  # the debounce timer starts
            start = time.perf_counter()
            page.search.flush()  # what the timer's timeout does, without the wait
            assert page.model.rowCount() > 0, query
            samples.append((time.perf_counter() - start) * 1000)
            floors.append(_floor_first_rows(path, query))
            page.search.stop()
    page.search.set_text_now("")

    start = time.perf_counter()
    page.model.sort(mm.COL_NAME)
    sort_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    for _ in range(20):
        page.model.fetchMore()
    fetch_ms = (time.perf_counter() - start) * 1000 / 20
    page.shutdown()
    page.close()
    page.deleteLater()
    app.processEvents()
    db.dispose()
    delay = page.search.delay_ms
    return [
        Figure(
            "member tab opens on 100,000 members (first 200 rows)",
            open_ms,
            note="widgets, id spine, first batch",
        ),
        Figure(
            "search text → first rows in the model (100,000)",
            statistics.median(samples),
            statistics.median(floors),
            note=f"median of {len(samples)}: {', '.join(QUERIES)}; after the {delay} ms "
            f"debounce; worst {max(samples):.0f} ms",
        ),
        Figure("sort 100,000 members by name (first batch shown)", sort_ms),
        Figure("next batch of 200 rows while scrolling", fetch_ms),
    ]


RSS_SCRIPT = textwrap.dedent(
    """
    import os, resource, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    def status_mb(key):
        # VmHWM starts afresh with this program; ru_maxrss would carry over the peak of
        # the process that started it (it survives exec).
        try:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith(key + ":"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def peak_mb():
        return status_mb("VmHWM")

    from PySide6.QtWidgets import QApplication
    from station_app.app import load_font
    app = QApplication([])
    load_font(app)
    from station_app.context import DeskContext
    from station_app.core.accounts import AccountService
    from station_app.core.startup import open_database
    from station_app.core.station import StationService
    from station_app.main_window import MainWindow
    from station_app.settings import AppSettings
    before = peak_mb()
    db = open_database("sqlite:///" + sys.argv[1])
    actor = AccountService(db).login("desk", "desk123")
    after_login = peak_mb()
    ctx = DeskContext(db, actor, StationService(db).profile())
    window = MainWindow(ctx, AppSettings(), __import__("pathlib").Path(sys.argv[2]))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    page = window.tabs.widget(0).members_page
    for _ in range(50):  # scroll through 10,000 rows
        page.model.fetchMore()
        app.processEvents()
    for query in ("wang", "zh", "", "138"):
        page.search.set_text_now(query)
        app.processEvents()
    page.model.sort(1)
    app.processEvents()
    page.shutdown()
    peak = peak_mb()
    print(f"{before:.1f} {after_login:.1f} {peak:.1f} {status_mb('VmRSS'):.1f}")
    """
)


def _rss_figures(path: Path, workdir: Path) -> list[Figure]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, str(path), str(workdir)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env=env,
    )
    before, login, peak, resident = (float(v) for v in out.stdout.split()[-4:])
    return [
        MemoryFigure(
            "peak RSS, member tab open on 100,000 members",
            peak,
            RSS_TARGET_MB,
            note=f"{before:.0f} MB with Qt, the font and the program loaded; {login:.0f} MB "
            "peak by the login (argon2 hash); then 10,000 rows scrolled, 4 searches, 1 sort",
        ),
        MemoryFigure(
            "RSS at the end, member tab open on 100,000 members",
            resident,
            note=f"the main window with the member tab adds {resident - before:.0f} MB",
        ),
    ]


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    path = demo_database()
    return [*_search_figures(path), *_rss_figures(path, workdir)]


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for figure in figures(Path(tempfile.mkdtemp(prefix="bench-members-ui-"))):
        print(figure.line())
