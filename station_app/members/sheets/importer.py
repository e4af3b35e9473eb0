"""Importing members or units from a sheet: read, map columns, preview, apply.

    sheet = read_sheet(path)                      # .xlsx or .csv, any usual encoding
    mapping = guess_mapping(sheet.headers)        # {column index: field}; the desk may
                                                  # map unknown columns (unknown_columns)
    preview = preview(db, sheet, mapping)         # every row: valid / duplicate / invalid
    result = apply(db, actor, preview)            # valid rows in ONE transaction

Duplicates (already on file, or repeated in the sheet) are skipped and counted, so
importing the same file twice adds nothing the second time. Rejected rows go to an
error workbook: the rows as given plus a 错误原因 column, ready to fix and re-import.
Units a member sheet names that are not on file are created (name and community
only; their details can be completed in the unit list): refusing every member of a
unit nobody registered yet would only make the desk type the unit by hand first.
Communities are not created by an import: there are a handful per street and a
misspelt one would quietly become a new community, so such rows are rejected naming
the known ones, and the preview lists the names it lacks (``missing_communities``) for
an administrator to check and add in one go (the dialog offers it; the command line
prints the ``station-app communities add …`` command); the same sheet then imports.
Rows naming a retired community are rejected too: it is not offered for new records.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from station_app.core import clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.xlsx_writer import WRAP_RED, XlsxWriter
from station_app.members.sheets import import_members, import_units, save_members, steps
from station_app.members.sheets.columns import (
    COLUMNS,
    ERROR_HEADER,
    guess_mapping,
    normalize_header,
    unknown_columns,
)
from station_app.members.sheets.reader import read_sheet
from station_app.members.sheets.types import (
    CONTEXT,
    MEMBERS,
    UNITS,
    CancelFn,
    ImportResult,
    Preview,
    PreviewRow,
    ProgressFn,
    Sheet,
)

__all__ = [
    "apply",
    "check_mapping",
    "error_workbook_path",
    "guess_mapping",
    "preview",
    "read_sheet",
    "unknown_columns",
    "write_error_workbook",
]


def check_mapping(mapping: dict[int, str], target: str = MEMBERS) -> None:
    """Refuses a mapping without a required column or with a field chosen twice."""
    fields = list(mapping.values())
    for col in COLUMNS[target]:
        if fields.count(col.field) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Two columns are both set to {column}; keep one."),
                field=col.field,
                column=translate(CONTEXT, col.label),
            )
        if col.required and col.field not in fields:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The sheet has no column for {column} ({header}); choose it in the "
                    "column step.",
                ),
                field=col.field,
                column=translate(CONTEXT, col.label),
                header=col.header,
            )


def preview(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str] | None = None,
    target: str = MEMBERS,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> Preview:
    """What an import would do with every row; saves nothing."""
    mapping = guess_mapping(sheet.headers, target) if mapping is None else dict(mapping)
    mapping = {i: f for i, f in mapping.items() if f and i < len(sheet.headers)}
    check_mapping(mapping, target)
    run = steps.CheckRun(db, sheet, mapping, progress, should_cancel)
    if target == MEMBERS:
        return import_members.check(run)
    if target == UNITS:
        return import_units.check(run)
    raise ValueError(f"unknown import target {target!r}")


def apply(
    db: Database,
    actor: Actor,
    preview: Preview,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    *,
    dry_run: bool = False,
    error_path: Path | None = None,
) -> ImportResult:
    """Saves the valid rows in one transaction and writes the error workbook.

    Rows that became duplicates since the preview (another desk) are counted as such.
    ``should_cancel()`` turning true raises ``ImportCancelled``: nothing is saved.
    ``dry_run`` does everything but commit (the error workbook is still written).
    """
    target_path = error_path or error_workbook_path(preview.sheet.path)

    def write_errors(rows: list[PreviewRow]) -> Path | None:
        if not rows:
            return None
        return write_error_workbook(target_path, preview.sheet, rows)

    if preview.target == MEMBERS:
        entity, write = "member", save_members.write
    else:
        entity, write = "unit", import_units.write
    return steps.save(
        db, actor, preview, entity, write, write_errors, progress, should_cancel, dry_run=dry_run
    )


# --- the error workbook ------------------------------------------------------------------


def error_workbook_path(source: Path, now: dt.datetime | None = None) -> Path:
    """Beside the imported file (where the desk looks for it), else in the temp folder."""
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    name = f"{source.stem}-错误行-{stamp}.xlsx"
    folder = source.parent
    if not (folder.is_dir() and os.access(folder, os.W_OK)):
        folder = Path(tempfile.gettempdir())
    return folder / name


def write_error_workbook(path: Path, sheet: Sheet, rows: list[PreviewRow]) -> Path:
    """The rejected rows as given, with their reasons in a 错误原因 column (an existing
    错误原因 column, from a re-imported error workbook, is refilled, not repeated)."""
    headers = list(sheet.headers)
    reason_col = next(
        (i for i, h in enumerate(headers) if normalize_header(h) == normalize_header(ERROR_HEADER)),
        None,
    )
    if reason_col is None:
        headers.append(ERROR_HEADER)
        reason_col = len(headers) - 1

    def lines():  # type: ignore[no-untyped-def]
        for row in rows:
            values = list(row.values) + [None] * (len(headers) - len(row.values))
            values[reason_col] = row.reason
            yield values

    widths = [min(40, max(10, 2.2 * len(str(h)) + 2)) for h in headers]
    widths[reason_col] = 60
    with XlsxWriter(path) as book:
        book.add_sheet(sheet.sheet_name or "Sheet1", headers, lines(), widths=widths,
                       styles={reason_col: WRAP_RED})  # fmt: skip
    return path
