"""Copies of the SQLite database: taken online, verified, kept 7 daily + 4 weekly.

A copy is written through SQLite's online backup API (a consistent snapshot that
includes the WAL; in WAL mode the desk keeps writing meanwhile), checked with
``PRAGMA integrity_check`` and only then renamed to its final name, so a file named
like a backup is always a good one. Names carry the time and the reason:
``station.20261206-093000.auto.db``. An administrator may name a second folder (a USB
drive); each copy is mirrored there when it is reachable.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app.core import clock, i18n
from station_app.core.errors import DatabaseUnavailable, DeskError
from station_app.core.files import put_in_place
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.private_files import new_private_file, private_folder

log = logging.getLogger(__name__)

DAILY_KEPT = 7
WEEKLY_KEPT = 4
AUTO_EVERY = dt.timedelta(days=1)
PAGES_PER_STEP = 2048  # 8 MB at 4 KiB pages: progress without slowing the copy down
REASONS = ("auto", "manual", "before-upgrade", "before-restore")
_STAMP = "%Y%m%d-%H%M%S"
MIRROR_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "{folder} cannot be reached (is the USB drive plugged in?)"
)

ProgressFn = Callable[[int, int], None]  # (pages done, pages in all)


class BackupFailed(DeskError):
    """A copy could not be written or did not pass its check; nothing counts as saved."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str


class DatabaseDamaged(DatabaseUnavailable):
    """The database file fails SQLite's check; it is not opened for writing.

    ``backup`` is the newest copy that passes its check, if there is one. (Here, not
    in core.errors, which imports nothing of ours: the error carries a BackupFile.)
    """

    def __init__(
        self, text: str, path: Path, backup: BackupFile | None = None, **params: Any
    ) -> None:
        super().__init__(text, **params)
        self.path = path
        self.backup = backup


@dataclass(frozen=True)
class BackupResult:
    copy: BackupFile
    mirror: Path | None  # the second folder's copy, when one was made
    mirror_problem: str  # why the second copy was skipped ("" when fine or not wanted)


# --- where backups live, and the admin's second folder -----------------------------


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _settings_file(db_path: Path) -> Path:
    # Beside the database, not in it: it must be readable when the database is damaged.
    return db_path.parent / f"{db_path.stem}.backup.json"


def second_folder(db_path: Path) -> Path | None:
    try:
        data = json.loads(_settings_file(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("second_folder") if isinstance(data, dict) else None
    return Path(value) if value else None


def set_second_folder(db_path: Path, folder: Path | None) -> None:
    """``None`` switches mirroring off. The folder need not be plugged in right now."""
    if folder is not None and not folder.is_absolute():
        raise DeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "Please choose a full folder path, e.g. E:\\StationBackups."
            )
        )
    target = _settings_file(db_path)
    data = {"second_folder": str(folder) if folder else ""}
    _write_atomically(target, json.dumps(data, ensure_ascii=False).encode("utf-8"))


# --- listing ------------------------------------------------------------------------


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}\.(\d{{8}}-\d{{6}})\.({'|'.join(map(re.escape, REASONS))})\.db$"
    )


def stamp_time(stamp: str) -> dt.datetime:
    """``datetime.strptime(stamp, _STAMP)`` for the 15 characters of a file's stamp
    (the first strptime of a process costs 5 ms: it loads its tables)."""
    digits = stamp[0:4], stamp[4:6], stamp[6:8], stamp[9:11], stamp[11:13], stamp[13:15]
    if len(stamp) != 15 or stamp[8] != "-" or not all(d.isdecimal() for d in digits):
        raise ValueError(f"time data {stamp!r} does not match format {_STAMP!r}")
    return dt.datetime(*(int(d) for d in digits))


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The finished copies in a folder, newest first."""
    pattern = _name_pattern(stem)
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = pattern.match(path.name)
        if match is None:
            continue
        taken = stamp_time(match.group(1))
        found.append(BackupFile(path, taken, match.group(2)))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def newest_backup(db_path: Path) -> BackupFile | None:
    backups = list_backups(backups_dir(db_path), db_path.stem)
    return backups[0] if backups else None


def all_backups(db_path: Path) -> list[BackupFile]:
    """The copies in the backups folder and, those it lacks, in the second folder;
    newest first."""
    found = list_backups(backups_dir(db_path), db_path.stem)
    mirror = second_folder(db_path)
    if mirror is not None:
        here = {b.path.name for b in found}
        found += [b for b in list_backups(mirror, db_path.stem) if b.path.name not in here]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_good_backup(db_path: Path) -> BackupFile | None:
    """The newest copy, here or in the second folder, that still passes its check."""
    for candidate in all_backups(db_path):
        if integrity_problem(candidate.path, quick=True) is None:
            return candidate
    return None


# --- checking a file ----------------------------------------------------------------


def integrity_findings(path: Path, *, quick: bool = False, limit: int = 20) -> list[str]:
    """What SQLite finds wrong with the file (read-only), one line each; [] when sound."""
    if not path.is_file():
        return ["file not found"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({limit})").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    if rows == ["ok"]:
        return []
    lines = [ln for r in rows for ln in r.splitlines() if ln and not ln.startswith("***")]
    return lines or ["no answer"]


def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """None when SQLite finds the file sound, else its first finding in one line and
    how many more there are."""
    lines = integrity_findings(path, quick=quick)
    if not lines:
        return None
    first = lines[0][:120]
    return first if len(lines) == 1 else f"{first} … (+{len(lines) - 1})"


# --- taking a copy ------------------------------------------------------------------


def copy_database(source: Path, target: Path, progress: ProgressFn | None = None) -> Path:
    """A consistent single-file copy (WAL included), checked before it gets its name.
    Private (0600) from the start: it holds every full ID number."""
    private_folder(target.parent, ours=False)
    partial = target.with_name(target.name + ".partial")
    try:
        new_private_file(partial)
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=PAGES_PER_STEP, progress=_pages(progress))
                # One self-contained file: no -wal beside it to lose when it is copied.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problem = integrity_problem(partial)
        if problem is not None:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The copy of the database did not pass its check ({problem}); it was "
                    "not kept. Run 检查数据 to see whether the database itself is damaged.",
                ),
                problem=problem,
            )
        put_in_place(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {folder}: {reason}."),
            folder=str(target.parent),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _pages(progress: ProgressFn | None):  # type: ignore[no-untyped-def]
    if progress is None:
        return None

    def report(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    return report


def take_backup(
    db_path: Path,
    reason: str,
    progress: ProgressFn | None = None,
    *,
    now: dt.datetime | None = None,
) -> BackupResult:
    """A verified copy into the backups folder, mirrored, then old copies pruned."""
    if reason not in REASONS:
        raise ValueError(reason)
    stamp = now or clock.now()
    folder = private_folder(backups_dir(db_path))
    name = f"{db_path.stem}.{stamp:{_STAMP}}.{reason}.db"
    target = folder / name
    if target.exists():  # two copies within a second: the first one stands
        return BackupResult(BackupFile(target, stamp, reason), None, "")
    copy_database(db_path, target, progress)
    prune(folder, db_path.stem, stamp)
    mirror, problem = _mirror(db_path, target, stamp)
    log.info("Backup %s (%s bytes)", target, target.stat().st_size)
    return BackupResult(BackupFile(target, stamp, reason), mirror, problem)


def _mirror(db_path: Path, copy: Path, stamp: dt.datetime) -> tuple[Path | None, str]:
    folder = second_folder(db_path)
    if folder is None:
        return None, ""
    if not folder.is_dir():
        log.warning("Second backup folder %s is not reachable", folder)
        return None, i18n.translate("Errors", MIRROR_UNREACHABLE).format(folder=folder)
    target = folder / copy.name
    partial = target.with_name(target.name + ".partial")
    try:
        new_private_file(partial)  # copyfile keeps the mode of the file it writes into
        shutil.copyfile(copy, partial)
        put_in_place(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        log.warning("Second backup copy to %s failed: %s", folder, exc)
        return None, f"{folder}: {exc.strerror or exc}"
    prune(folder, db_path.stem, stamp)
    return target, ""


def backup_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """At start: when the newest copy is older than a day (or there is none)."""
    if not db_path.is_file():
        return False
    newest = newest_backup(db_path)
    return newest is None or (now or clock.now()) - newest.taken_at >= AUTO_EVERY


# --- keeping 7 daily + 4 weekly -----------------------------------------------------


def to_keep(backups: Iterable[BackupFile], now: dt.datetime) -> set[Path]:
    """Every copy of the last 24 hours (a manual copy never pushes out the morning's),
    then the newest of each of the 7 latest days and of each of the 4 latest weeks."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    recent = {b.path for b in newest_first if now - b.taken_at < AUTO_EVERY}
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for backup in newest_first:
        day = backup.taken_at.date()
        if day not in days and len(days) < DAILY_KEPT:
            days[day] = backup.path
        week = tuple(day.isocalendar())[:2]
        if week not in weeks and len(weeks) < WEEKLY_KEPT:
            weeks[week] = backup.path  # type: ignore[index]
    return recent | set(days.values()) | set(weeks.values())


def prune(folder: Path, stem: str, now: dt.datetime | None = None) -> list[Path]:
    backups = list_backups(folder, stem)
    keep = to_keep(backups, now or clock.now())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    stale = (now or clock.now()).timestamp() - 3600
    for leftover in folder.glob(f"{stem}.*.partial"):  # from a copy that was killed
        if leftover.stat().st_mtime < stale:
            leftover.unlink(missing_ok=True)
    return removed


# --- small file-system helpers ------------------------------------------------------


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    put_in_place(partial, target)
