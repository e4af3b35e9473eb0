"""Reading a sheet from an .xlsx workbook or a .csv file, as the desk receives them.

CSV files come as UTF-8 (with or without the BOM Excel adds) or, from Excel and WPS
on a Chinese Windows, as GB18030/GBK; Excel's "Unicode text" is UTF-16 with tabs.
The header row need not be the first: sheets often start with a title row.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.excel_columns import cell_text, header_score
from station_app.members.excel_types import ImportCancelled, Sheet, SheetRow, SheetUnreadable

HEADER_SEARCH_ROWS = 10  # the header row is looked for among the first rows
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls and password-protected .xlsx
CancelFn = Callable[[], bool]


def read_sheet(path: str | Path, should_cancel: CancelFn | None = None) -> Sheet:
    """The sheet's headers and its non-empty rows; raises :class:`SheetUnreadable`
    with a sentence for the desk when the file cannot be read."""
    path = Path(path)
    try:
        head = _head(path)
    except FileNotFoundError:
        raise SheetUnreadable(
            QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(path)
        ) from None
    except OSError as exc:
        raise SheetUnreadable(
            QT_TRANSLATE_NOOP("Errors", "The file {file} could not be read: {reason}."),
            file=str(path),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None
    if head.startswith(_OLE_MAGIC):
        raise SheetUnreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is an old .xls workbook or is protected by a password. Open it in "
                "Excel or WPS and save it as an .xlsx workbook without a password.",
            ),
            file=path.name,
        )
    if head.startswith(b"PK"):
        return _read_xlsx(path, should_cancel)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _not_a_sheet(path)
    return _read_csv(path, should_cancel)


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(8)


def _not_a_sheet(path: Path) -> SheetUnreadable:
    return SheetUnreadable(
        QT_TRANSLATE_NOOP("Errors", "{file} is neither an Excel workbook (.xlsx) nor a CSV file."),
        file=path.name,
    )


def _empty(path: Path) -> SheetUnreadable:
    return SheetUnreadable(
        QT_TRANSLATE_NOOP("Errors", "{file} has no rows to import."), file=path.name
    )


# --- assembling a sheet from rows --------------------------------------------------------


def _blank(values: Iterable[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _assemble(
    path: Path,
    rows: Iterator[tuple[Any, ...]],
    sheet_name: str = "",
    encoding: str = "",
    should_cancel: CancelFn | None = None,
) -> Sheet | None:
    """Finds the header row among the first rows (the one that reads most like
    headers; else the first non-empty one) and keeps the non-empty rows after it."""
    first: list[tuple[int, tuple[Any, ...]]] = []
    for line, values in enumerate(rows, start=1):
        if not _blank(values):
            first.append((line, values))
        if len(first) >= HEADER_SEARCH_ROWS:
            break
    if not first:
        return None
    best = max(range(len(first)), key=lambda i: (header_score(first[i][1]), -i))
    if header_score(first[best][1]) == 0:
        best = 0
    header_line, header_values = first[best]
    headers = [cell_text(v) for v in header_values]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    if not width:
        return None

    def shaped(values: tuple[Any, ...]) -> tuple[Any, ...]:
        values = values[:width]
        return values + (None,) * (width - len(values))

    kept: list[SheetRow] = [SheetRow(line, shaped(v)) for line, v in first[best + 1 :]]
    last = first[-1][0]
    for offset, values in enumerate(rows, start=last + 1):
        if should_cancel is not None and offset % 500 == 0 and should_cancel():
            raise ImportCancelled()
        row = shaped(values)
        if not _blank(row):
            kept.append(SheetRow(offset, row))
    return Sheet(path, tuple(headers), tuple(kept), header_line, sheet_name, encoding)


# --- .xlsx ---------------------------------------------------------------------------


def _read_xlsx(path: Path, should_cancel: CancelFn | None) -> Sheet:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        raise _not_a_sheet(path) from None
    try:
        # The first sheet whose header row we recognise; else the active sheet.
        chosen = None
        for ws in workbook.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            ws.reset_dimensions()  # some writers store wrong dimensions
            rows = ws.iter_rows(values_only=True)
            probe = [r for _, r in zip(range(HEADER_SEARCH_ROWS), rows, strict=False)]
            if any(header_score(r) >= 2 for r in probe):
                chosen = ws
                break
        if chosen is None:
            chosen = workbook.active or (workbook.worksheets[0] if workbook.worksheets else None)
        if chosen is None:
            raise _empty(path)
        chosen.reset_dimensions()
        sheet = _assemble(path, chosen.iter_rows(values_only=True), chosen.title, "", should_cancel)
    finally:
        workbook.close()
    if sheet is None:
        raise _empty(path)
    return sheet


# --- .csv ----------------------------------------------------------------------------


def detect_encoding(data: bytes) -> str:
    """utf-8-sig / utf-16 by their BOM, else UTF-8 if it decodes, else GB18030 (what
    Excel and WPS on a Chinese Windows write; a superset of GBK and GB2312)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "，")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, should_cancel: CancelFn | None) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetUnreadable(
            QT_TRANSLATE_NOOP("Errors", "The file {file} could not be read: {reason}."),
            file=str(path),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _not_a_sheet(path)
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _not_a_sheet(path) from None
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    rows = (tuple(row) for row in reader)
    sheet = _assemble(path, rows, path.stem, encoding, should_cancel)
    if sheet is None:
        raise _empty(path)
    return sheet
