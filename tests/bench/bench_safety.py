"""Data safety: backup, start-up check, 检查数据, and the desk's writes during a backup."""

from __future__ import annotations

import itertools
import shutil
import statistics
import threading
import time
from pathlib import Path

from station_app.core import audit
from station_app.core import backup as backups
from station_app.core.actor import CLI_ACTOR
from station_app.core.db import Database
from station_app.data_checks import check_database
from station_app.members.models import Community
from tests.bench.bench_members import demo_database
from tests.bench.harness import Figure


def _once_ms(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _best_of(work, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    return min(_once_ms(work) for _ in range(runs))


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    station = workdir / "station.db"
    shutil.copyfile(demo_database(), station)
    size_mb = station.stat().st_size / 1e6
    out: list[Figure] = []

    counter = itertools.count()

    def backup() -> None:
        target = workdir / "copies" / f"copy-{next(counter)}.db"
        backups.copy_database(station, target)
        target.unlink()

    def plain_copy() -> None:
        target = workdir / "plain.db"
        shutil.copyfile(station, target)
        backups.integrity_problem(target)
        target.unlink()

    out.append(
        Figure(
            f"backup of the 100k-member station ({size_mb:.0f} MB, verified)",
            _best_of(backup),
            _best_of(plain_copy),
            note="floor: file copy + integrity_check of it",
        )
    )

    def read_file() -> None:
        with station.open("rb") as f:
            while f.read(1 << 20):
                pass

    out.append(
        Figure(
            "start-up quick_check of the 100k-member station",
            _best_of(lambda: backups.integrity_problem(station, quick=True)),
            _best_of(read_file),
            note="floor: reading the file once",
        )
    )
    out.append(
        Figure(
            "检查数据 (integrity, references, every rule) at 100k",
            _best_of(lambda: check_database(f"sqlite:///{station}"), runs=1),
            _best_of(lambda: backups.integrity_problem(station), runs=1),
            note="floor: integrity_check alone",
        )
    )
    out.append(_desk_during_backup(station, workdir))
    return out


def _desk_during_backup(station: Path, workdir: Path) -> Figure:
    """An audited write at the desk, while a backup runs in another thread, against the
    same write with nothing else going on (WAL: readers never block the writer)."""
    db = Database(f"sqlite:///{station}")
    names = itertools.count()

    def use_case() -> float:
        start = time.perf_counter()
        with db.transaction() as s:
            row = Community(name=f"备份时社区{next(names)}", sort_order=0)
            s.add(row)
            s.flush()
            audit.record(s, CLI_ACTOR, "create", "community", row.id)
        return (time.perf_counter() - start) * 1000

    idle = statistics.median(use_case() for _ in range(40))
    done = threading.Event()

    def backup_loop() -> None:
        index = 0
        while not done.is_set():
            target = workdir / "during" / f"copy-{index}.db"
            backups.copy_database(station, target)
            target.unlink()
            index += 1

    worker = threading.Thread(target=backup_loop)
    worker.start()
    try:
        busy = [use_case() for _ in range(40)]
    finally:
        done.set()
        worker.join()
    db.dispose()
    return Figure(
        "desk write while a backup runs (median of 40)",
        statistics.median(busy),
        idle,
        target_ratio=3,
        note=f"worst {max(busy):.0f} ms; floor: the same write, no backup",
    )
