"""Member intake at 100,000 members: search, 10,000-row .xlsx import, export.

Figures beside their floors (issue 3):
* member search through the service (count + first 100 rows, as the list shows a search)
  vs the same ``search_text LIKE`` statements run directly with sqlite3; target ≤ 2×;
* importing a 10,000-row .xlsx (read, check, preview, save with member numbers, search
  keys and audit rows) vs reading it with openpyxl read-only and bulk-inserting the raw
  values without any validation; target ≤ 3×;
* exporting all 100,000 members to .xlsx (no floor: for the record).

The 100,000-member demo database is built once and kept in the temp folder, keyed by
schema revision and demo code (about a minute to build); runs copy nothing from it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from station_app import demo
from station_app.core.actor import CLI_ACTOR
from station_app.core.db import Database
from station_app.core.ids import random_mobile, random_resident_id
from station_app.core.migrate import head_revision, upgrade_to_head
from station_app.core.search import like_pattern
from station_app.members import demo as member_demo
from station_app.members.service import MemberService
from station_app.members.sheets import importer
from station_app.members.sheets.export import export_members
from station_app.members.types import MemberFilter
from tests.bench.harness import Figure, median_ms

MEMBERS = 100_000
IMPORT_ROWS = 10_000
FIRST_ROWS = 100


def _cache_key() -> str:
    demo_code = Path(demo.__file__).read_bytes() + Path(member_demo.__file__).read_bytes()
    return hashlib.sha1(demo_code + head_revision().encode()).hexdigest()[:12]


def demo_database(members: int = MEMBERS) -> Path:
    """The demo database with ``members`` members, built once per schema and demo code."""
    folder = Path(tempfile.gettempdir()) / "station-bench-cache"
    folder.mkdir(exist_ok=True)
    path = folder / f"demo-{members}-{_cache_key()}.db"
    if not path.exists():
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        url = f"sqlite:///{building}"
        upgrade_to_head(url, backup=False)
        db = Database(url)
        started = time.perf_counter()
        demo.fill(db, members=members, seed=1)
        db.dispose()
        with sqlite3.connect(building) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        building.rename(path)
        print(f"  (built {path.name} in {time.perf_counter() - started:.0f} s)")
    return path


# --- search ------------------------------------------------------------------------------


def _queries(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT mobile, id_number FROM member ORDER BY id LIMIT 1 OFFSET 4321"
        ).fetchone()
    mobile, id_number = row
    return [
        ("surname 单", "单"),
        ("pinyin initials zw", "zw"),
        ("mobile tail", mobile[-4:]),
        ("ID tail", id_number[-6:]),
    ]


def search_figures(path: Path) -> list[Figure]:
    db = Database(f"sqlite:///{path}")
    service = MemberService(db)
    floor_db = sqlite3.connect(path)
    figures: list[Figure] = []
    values: list[float] = []
    floors: list[float] = []
    for label, query in _queries(path):
        f = MemberFilter(query=query)

        def search(f: MemberFilter = f) -> None:
            count = service.count_members(f)
            service.list_members(f, limit=FIRST_ROWS, matches=count, masked=True)

        pattern = like_pattern(query)

        def floor(pattern: str = pattern) -> None:
            floor_db.execute(
                "SELECT count(*) FROM member WHERE search_text LIKE ? ESCAPE '\\'", (pattern,)
            ).fetchone()
            floor_db.execute(
                "SELECT id, member_no, name, gender, id_type, id_number, mobile, unit_id, "
                "community_id, status, joined_on FROM member "
                "WHERE search_text LIKE ? ESCAPE '\\' ORDER BY member_no, id LIMIT ?",
                (pattern, FIRST_ROWS),
            ).fetchall()

        matches = service.count_members(f)
        value, floor_value = median_ms(search, repeat=15), median_ms(floor, repeat=15)
        values.append(value)
        floors.append(floor_value)
        figures.append(
            Figure(
                f"search {label!s} ({matches} matches)", value, floor_value, 2.0, "count + 100 rows"
            )
        )
    figures.append(
        Figure(
            "search: median of the queries above",
            statistics.median(values),
            statistics.median(floors),
            2.0,
        )
    )
    floor_db.close()
    db.dispose()
    return figures


# --- import ------------------------------------------------------------------------------

HEADERS = ["姓名", "性别", "身份证号", "手机号", "工作单位", "社区", "入会日期", "困难职工",
           "户外劳动者", "农民工", "劳模", "备注"]  # fmt: skip


def _import_file(workdir: Path, base: Path) -> Path:
    path = workdir / f"members-{IMPORT_ROWS}.xlsx"
    if path.exists():
        return path
    with sqlite3.connect(base) as conn:
        units = [r[0] for r in conn.execute("SELECT name FROM unit ORDER BY id LIMIT 40")]
        communities = [r[0] for r in conn.execute("SELECT name FROM community")]
    rng = random.Random(7)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("会员")
    ws.append(HEADERS)
    used: set[str] = set()
    for i in range(IMPORT_ROWS):
        gender = rng.choice("MF")
        number = ""
        while not number or number in used:
            birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(14000))
            number = random_resident_id(rng, birth, gender, area="110106")
        used.add(number)
        ws.append(
            [
                member_demo.random_name(rng),
                "男" if gender == "M" else "女",
                number,
                random_mobile(rng),
                rng.choice(units) if i % 10 else f"北京新设单位{i % 7}有限公司",
                rng.choice(communities),
                dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300)),
                "否",
                "快递员" if i % 13 == 0 else "否",
                "是" if i % 4 == 0 else "否",
                "否",
                "",
            ]
        )
    wb.save(path)
    return path


def _base_database(workdir: Path) -> Path:
    """A station with communities and units but no members: what an import lands in."""
    path = workdir / "import-base.db"
    if not path.exists():
        upgrade_to_head(f"sqlite:///{path}", backup=False)
        db = Database(f"sqlite:///{path}")
        demo.fill(db, members=0)
        db.dispose()
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def import_figures(workdir: Path) -> list[Figure]:
    base = _base_database(workdir)
    source = _import_file(workdir, base)
    runs = iter(range(1000))

    def fresh() -> Path:
        path = workdir / f"import-{next(runs)}.db"
        shutil.copyfile(base, path)
        return path

    samples: list[float] = []
    result = None
    for _ in range(3):
        db = Database(f"sqlite:///{fresh()}")
        started = time.perf_counter()
        sheet = importer.read_sheet(source)
        preview = importer.preview(db, sheet)
        result = importer.apply(db, CLI_ACTOR, preview, error_path=workdir / "errors.xlsx")
        samples.append((time.perf_counter() - started) * 1000)
        db.dispose()
    assert result is not None and result.imported == IMPORT_ROWS, result

    floor_samples: list[float] = []
    for _ in range(3):
        path = fresh()
        started = time.perf_counter()
        wb = load_workbook(source, read_only=True)
        rows = wb.worksheets[0].iter_rows(min_row=2, values_only=True)
        now = dt.datetime.now()
        params = [
            (f"F{i:08d}", r[0], r[2], "M" if r[1] == "男" else "F", r[3] or "", r[6], now, now)
            for i, r in enumerate(rows)
        ]
        wb.close()
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO member (member_no, name, name_pinyin, id_type, id_number, gender, "
            "mobile, landline, joined_on, status, status_note, migrant_worker, model_worker, "
            "notes, search_text, created_at, updated_at) VALUES "
            "(?, ?, '', 'resident_id', ?, ?, ?, '', ?, 'active', '', 0, 0, '', '', ?, ?)",
            params,
        )
        conn.execute("COMMIT")
        conn.close()
        floor_samples.append((time.perf_counter() - started) * 1000)
    return [
        Figure(
            f"import {IMPORT_ROWS:,} rows .xlsx (read, check, save, audit)",
            statistics.median(samples),
            statistics.median(floor_samples),
            3.0,
            f"{result.units_created} units created",
        )
    ]


def export_figures(path: Path, workdir: Path) -> list[Figure]:
    db = Database(f"sqlite:///{path}")
    started = time.perf_counter()
    result = export_members(db, CLI_ACTOR, workdir / "export.xlsx")
    value = (time.perf_counter() - started) * 1000
    db.dispose()
    size = result.path.stat().st_size / 1e6
    return [Figure(f"export {result.rows:,} members to .xlsx", value, note=f"{size:.1f} MB")]


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    demo_path = demo_database()
    # The export writes an audit row: work on a copy, keep the cache pristine.
    copy = workdir / "demo-copy.db"
    shutil.copyfile(demo_path, copy)
    return [
        *search_figures(demo_path),
        *import_figures(workdir),
        *export_figures(copy, workdir),
    ]
