"""Refusals the desk reads: a sentence, never a traceback."""

from __future__ import annotations

from typing import Any

from station_app.core import i18n


class DeskError(Exception):
    """A refusal with an English source text, translated when it is shown.

    ``field`` names the form field the message belongs beside, if any.
    """

    context = "Errors"

    def __init__(self, text: str, field: str | None = None, **params: Any) -> None:
        super().__init__(text)
        self.text = text
        self.field = field
        self.params = params

    def message(self) -> str:
        return i18n.translate(self.context, self.text).format(**self.params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(DeskError):
    """A value the desk typed is not acceptable."""


class ConflictError(DeskError):
    """The change would break a rule held by the database (duplicate, overlap)."""


def name_taken(text: str, name: str) -> ConflictError:
    """``text`` ("A … named {name} already exists."), shown beside the name field."""
    return ConflictError(text, field="name", name=name)


class PermissionDenied(DeskError):
    """The acting operator's role may not do this."""


class AuthError(DeskError):
    """Login refused."""


class DatabaseBusy(DeskError):
    """Another desk holds the database longer than we are willing to wait."""


class TransactionCollision(DatabaseBusy):
    """PostgreSQL undid this transaction whole because it crossed another desk's
    (a deadlock, or a serialization failure); running the use case again is safe."""


class StorageError(DeskError):
    """The disk refused a read or a save (full, read-only, failing, gone); the
    transaction was rolled back, so nothing of the use case was saved."""


class DiskFull(StorageError):
    """No room left for the database (or its file reached the largest size allowed)."""


class ReadOnlyDatabase(StorageError):
    """The database file, its folder or its disk is read-only (or the server is)."""


class DiskFailure(StorageError):
    """An I/O error, or the file could no longer be reached (a drive unplugged)."""


class DatabaseUnavailable(DeskError):
    """The database cannot be opened at all (missing server, bad path, newer schema)."""
