"""Backups of a PostgreSQL station with the server's own tools, pg_dump / pg_restore.

The archive is pg_dump's custom format. A restore checks the archive first (it lists,
it holds a station schema this program knows), and runs in one transaction, so a
failed restore leaves the database as it was.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy.engine import make_url

from station_app.core.errors import DeskError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.private_files import new_private_file, private_folder
from station_app.core.restore import RestoreRefused

TIMEOUT_S = 3600


class ToolMissing(DeskError):
    """pg_dump / pg_restore are not installed on this PC."""


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{tool} was not found on this PC, so the PostgreSQL database cannot be "
                "backed up or restored from here. Install the PostgreSQL client tools "
                "(Debian/Ubuntu: apt-get install postgresql-client; Windows: the "
                "PostgreSQL installer's Command Line Tools) or ask the server's "
                "administrator to run pg_dump on the server.",
            ),
            tool=name,
        )
    return found


def libpq_target(url: str) -> tuple[str, str | None]:
    """The libpq connection string of a SQLAlchemy URL, and the schema the station
    lives in when its URL sets one (``options=-csearch_path=...``)."""
    parsed = make_url(url).set(drivername="postgresql")
    conninfo = parsed.render_as_string(hide_password=False)
    schema = None
    options = parsed.query.get("options")
    if options:
        text = unquote(options if isinstance(options, str) else options[0])
        match = re.search(r"search_path\s*=\s*([^,\s]+)", text)
        if match:
            schema = match.group(1)
    return conninfo, schema


def _run(args: list[str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DeskError(
            QT_TRANSLATE_NOOP("Errors", "{tool} failed: {reason}"), tool=what, reason=str(exc)
        ) from exc
    if done.returncode != 0:
        # The last two lines: which connection failed, and why (tabs read badly).
        lines = [
            " ".join(ln.split()) for ln in (done.stderr or done.stdout).splitlines() if ln.strip()
        ]
        raise DeskError(
            QT_TRANSLATE_NOOP("Errors", "{tool} failed: {reason}"),
            tool=what,
            reason=" ".join(lines[-2:]) if lines else f"exit {done.returncode}",
        )
    return done


def dump(url: str, out: Path) -> Path:
    conninfo, schema = libpq_target(url)
    private_folder(out.parent, ours=False)
    partial = new_private_file(out.with_name(out.name + ".partial"))  # pg_dump keeps the mode
    args = [_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}"]
    if schema:
        args.append(f"--schema={schema}")
    try:
        _run([*args, f"--dbname={conninfo}"], "pg_dump")
        archive_revision(partial)  # a dump that cannot be read back does not count
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def archive_revision(archive: Path) -> str:
    """The schema revision stored in a dump; refuses files that are no station dump."""
    if not archive.is_file():
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(archive)
        )
    tool = _tool("pg_restore")
    try:
        _run([tool, "--list", str(archive)], "pg_restore")
        data = _run(
            [tool, "--data-only", "--table=alembic_version", "--file=-", str(archive)],
            "pg_restore",
        ).stdout
    except DeskError as exc:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} is not a readable pg_dump archive ({problem}); it was not "
                "restored.",
            ),
            file=str(archive),
            problem=exc.message(),
        ) from exc
    lines = data.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and index + 1 < len(lines):
            return lines[index + 1].strip()
    raise RestoreRefused(
        QT_TRANSLATE_NOOP(
            "Errors", "The file {file} is not a Station Desk database; it was not restored."
        ),
        file=str(archive),
    )


def check_archive(archive: Path, known_revisions: set[str]) -> str:
    """The archive's schema revision; refuses files this program cannot open."""
    revision = archive_revision(archive)
    if revision not in known_revisions:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} was written by a newer version of Station Desk (schema "
                "{revision}); this version cannot open it, so it was not restored.",
            ),
            file=str(archive),
            revision=revision,
        )
    return revision


def restore(url: str, archive: Path) -> None:
    """One transaction: a failed restore leaves the database as it was."""
    conninfo, _schema = libpq_target(url)
    _run(
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={conninfo}",
            str(archive),
        ],
        "pg_restore",
    )
