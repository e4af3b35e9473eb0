"""Files with personal data belong to the account that runs the program, and no other.

On Linux and macOS the database (and its -wal/-shm), the backups and the backups
folder, the second folder's copies, a restore's staged file and the log are 0600 in
0700 folders, whatever the umask: folders are made 0700 and files lose group and
other access as soon as they exist, before anything is written into them. SQLite
gives -wal/-shm the mode of the database file, so a 0600 database keeps them 0600.
Windows: the per-user profile folders (LOCALAPPDATA) are private already.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
_POSIX = os.name == "posix"


def private_folder(folder: Path, *, ours: bool = True) -> Path:
    """Makes ``folder`` and any missing parents 0700. ``ours``: a folder only this
    program uses (data, backups, log), whose existing copy is tightened as well; a folder
    someone chose (a USB drive, Documents) is left as it is when it exists already."""
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if _POSIX:
        for made in missing:
            _tighten(made)
        if ours:
            _tighten(folder)
    return folder


def private_file(path: Path) -> Path:
    """Takes group and other access away from ``path``, when it exists. The owner's bits
    stay as they are (a read-only file stays read-only)."""
    if _POSIX:
        _tighten(path)
    return path


def new_private_file(path: Path) -> Path:
    """An empty file, private before any data goes in (a later open for writing,
    e.g. by ``shutil.copyfile`` or pg_dump, keeps its mode)."""
    path.unlink(missing_ok=True)
    path.touch(mode=0o600)
    return private_file(path)


def _tighten(path: Path) -> None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        pass  # gone, not ours, or a file system without modes (a FAT USB drive)
