"""备份 / 恢复 for either kind of database: the one place the CLI and the GUI call.

SQLite goes through :mod:`.backup` and :mod:`.restore`; PostgreSQL through
:mod:`.pg_backup`. Manual backups and restores leave an audit row (a restore writes
it into the restored database, so its history says where it came from).

Who may: the daily copy and "back up now" (into the backups folder, which stays on
this PC) are open to every operator. A copy to a chosen file carries every full ID
number and mobile out of the program, so it is an administrator's, audited like a
full-ID export; so are restoring and naming the second folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from station_app.core import audit, clock
from station_app.core import backup as backups
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database, sqlite_file
from station_app.core.errors import DeskError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.migrate import known_revisions, upgrade_to_head
from station_app.core.paths import data_dir
from station_app.core.private_files import private_folder

if TYPE_CHECKING:  # restoring and PostgreSQL dumps load when used, not at every start
    from station_app.core.restore import RestoreResult


@dataclass(frozen=True)
class BackupDone:
    path: Path
    mirror: Path | None = None
    mirror_problem: str = ""


class DataSafety:
    def __init__(self, url: str) -> None:
        self.url = url
        self.db_path = sqlite_file(url)

    @property
    def is_sqlite(self) -> bool:
        return self.db_path is not None

    @property
    def folder(self) -> Path:
        """Where automatic and safety copies go."""
        if self.db_path is not None:
            return backups.backups_dir(self.db_path)
        return data_dir() / "backups"

    def list_backups(self) -> list[backups.BackupFile]:
        return backups.all_backups(self.db_path) if self.db_path is not None else []

    def second_folder(self) -> Path | None:
        return backups.second_folder(self.db_path) if self.db_path else None

    def set_second_folder(self, actor: Actor, folder: Path | None) -> None:
        require_admin(actor)
        if self.db_path is None:
            return
        before = backups.second_folder(self.db_path)
        backups.set_second_folder(self.db_path, folder)
        self._audit(
            actor, "update", note=f"second backup folder: {before or '-'} → {folder or '-'}"
        )

    def auto_backup_due(self) -> bool:
        return self.db_path is not None and backups.backup_due(self.db_path)

    def auto_backup(self, progress: backups.ProgressFn | None = None) -> BackupDone:
        assert self.db_path is not None
        result = backups.take_backup(self.db_path, "auto", progress)
        return BackupDone(result.copy.path, result.mirror, result.mirror_problem)

    def backup(
        self,
        actor: Actor,
        out: Path | None = None,
        progress: backups.ProgressFn | None = None,
    ) -> BackupDone:
        """Into the backups folder (mirrored), or to ``out`` when one is given (an
        administrator's: the file leaves the program's care with every full ID)."""
        if out is not None:
            require_admin(actor)
        if self.db_path is None:
            from station_app.core import pg_backup

            private_folder(self.folder)
            target = out or self.folder / f"{self._pg_name()}.{clock.now():%Y%m%d-%H%M%S}.dump"
            done = BackupDone(pg_backup.dump(self.url, target))
        elif out is None:
            result = backups.take_backup(self.db_path, "manual", progress)
            done = BackupDone(result.copy.path, result.mirror, result.mirror_problem)
        else:
            if out.resolve() == self.db_path.resolve():
                raise DeskError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "That file is the database itself; choose another name."
                    )
                )
            done = BackupDone(backups.copy_database(self.db_path, out, progress))
        if out is None:
            self._audit(actor, "backup", note=str(done.path))
        else:
            self._audit(actor, "export_full", note=f"database copy: {done.path}")
        return done

    def restore(
        self, actor: Actor, source: Path, progress: backups.ProgressFn | None = None
    ) -> RestoreResult:
        from station_app.core import pg_backup
        from station_app.core.restore import RestoreResult, restore_sqlite

        require_admin(actor)
        known = known_revisions()
        if self.db_path is None:
            revision = pg_backup.check_archive(source, known)
            private_folder(self.folder)
            safety = self.folder / (
                f"{self._pg_name()}.{clock.now():%Y%m%d-%H%M%S}.before-restore.dump"
            )
            pg_backup.dump(self.url, safety)
            pg_backup.restore(self.url, source)
            done = RestoreResult(source, safety, revision)
        else:
            done = restore_sqlite(self.db_path, source, known, progress)
        upgrade_to_head(self.url, backup=False, daily=False)
        self._audit(
            actor,
            "restore",
            note=f"from {source.resolve()}; previous database kept as {done.safety_copy or '-'}",
        )
        return done

    def _pg_name(self) -> str:
        return make_url(self.url).database or "station"

    def _audit(self, actor: Actor, action: str, note: str) -> None:
        # By name only: a restored database need not know this operator's row.
        actor = Actor(None, actor.username, actor.display_name, actor.role)
        db = Database(self.url)
        try:
            with db.transaction() as s:
                audit.record(s, actor, action, "database", note=note)
        finally:
            db.dispose()
