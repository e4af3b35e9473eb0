"""The open-time ``quick_check`` of an SQLite file, started as early as the process can.

SQLAlchemy-free, so that ``station-app`` starts the check before its own imports
(SQLAlchemy alone is a third of the desk's start): the check runs on a thread of its
own (SQLite works outside the GIL) while the program loads, and
:func:`station_app.core.migrate.refuse_damaged` takes its answer.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from station_app.core import backup as backups


class EarlyCheck:
    """A ``quick_check`` on a thread of its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.problem = backups.integrity_problem(self.path, quick=True)
        except BaseException as exc:  # handed to whoever waits for the answer
            self.error = exc

    def result(self) -> str | None:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.problem


_checks: dict[Path, EarlyCheck] = {}


def start(path: Path) -> None:
    """Starts the check of ``path`` unless it is already under way (or not a file)."""
    if path.is_file() and path not in _checks:
        _checks[path] = EarlyCheck(path)


def take(path: Path) -> EarlyCheck | None:
    """The check started for ``path``, if any (it is then forgotten)."""
    return _checks.pop(path, None)


def start_for_argv(
    argv: Sequence[str], commands: Sequence[str], env: Mapping[str, str] | None = None
) -> None:
    """Starts the check of the file ``station-app ARGV`` will open, read from the
    arguments without argparse and SQLAlchemy: the desk (no command) and ``commands``
    open the database. Only a plain file path (``--db PATH``, ``STATION_DB`` or the
    default) is looked at; anything else is left to the check at open time."""
    from station_app.core.paths import default_db_path

    env = os.environ if env is None else env
    db_arg: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--db":
            db_arg = next(words, None)
        elif word.startswith("--db="):
            db_arg = word.removeprefix("--db=")
        elif word.startswith("-"):
            return  # --smoke-test, --version, --help, or an option unknown here
        else:
            if word not in commands:
                return
            break
    value = db_arg or env.get("STATION_DB") or str(default_db_path())
    if "://" in value or "?" in value or "#" in value or "%" in value:
        return  # a URL, or a name SQLAlchemy's URL would read otherwise
    start(Path(value).expanduser().resolve())
