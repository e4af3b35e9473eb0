"""A finished file takes its name only once it is whole on disk: written beside its
target under a temporary name, then renamed over it (never half a file, and a failed
write leaves the old file and no litter)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def fsync_file(path: Path) -> None:
    # Windows flushes only through a handle opened for writing (FlushFileBuffers needs
    # GENERIC_WRITE): read-only, every backup failed with "Permission denied".
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def put_in_place(partial: Path, target: Path) -> None:
    """A finished file takes its name only once it is on disk: never half a file."""
    fsync_file(partial)
    os.replace(partial, target)
    fsync_dir(target.parent)


def partial_beside(target: Path) -> Path:
    """A new empty file (mode 0600) beside ``target`` to write it into."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    return Path(name)


@contextmanager
def finished_file(target: Path) -> Iterator[Path]:
    """``with finished_file(path) as partial:`` write ``partial``; when the block ends
    without an exception it takes ``path``'s name, otherwise it is removed."""
    partial = partial_beside(target)
    try:
        yield partial
        put_in_place(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_finished(target: Path, data: bytes) -> None:
    with finished_file(target) as partial:
        partial.write_bytes(data)
