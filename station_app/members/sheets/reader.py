"""Reading a sheet from an .xlsx workbook or a .csv file, as the desk receives them.

CSV files come as UTF-8 (with or without the BOM Excel adds) or, from Excel and WPS
on a Chinese Windows, as GB18030/GBK; Excel's "Unicode text" is UTF-16 with tabs.
The header row need not be the first: sheets often start with a title row.

A file that cannot be read says why in one sentence (:class:`SheetUnreadable`): a
damaged workbook (cut short, broken XML inside), an empty file, a CSV with NUL bytes,
or a CSV in an encoding we do not read (Big5 decodes as GBK without an error, but
into characters GBK leaves undefined). The technical detail goes to the log.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.sheets.columns import cell_text, header_score
from station_app.members.sheets.types import (
    CancelFn,
    ImportCancelled,
    Sheet,
    SheetRow,
    SheetUnreadable,
)

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 10  # the header row is looked for among the first rows
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls and password-protected .xlsx
# What a damaged workbook raises from inside zipfile / openpyxl (cut short, a bad CRC,
# broken XML: ParseError is a SyntaxError, a missing part a KeyError).
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    SyntaxError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    InvalidFileException,
)
_WORKBOOK_TYPES = (b"sheet.main+xml", b"template.main+xml", b"macroEnabled.main+xml")


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
        raise _unreadable(path, exc) from None
    if not head:
        raise _refused(_ZERO_BYTES, path)
    if head.startswith(_OLE_MAGIC):
        raise _refused(_OLD_OR_LOCKED, path)
    if head.startswith(b"PK"):
        return _read_xlsx(path, should_cancel)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _refused(_NOT_A_SHEET, path)
    return _read_csv(path, should_cancel)


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(8)


# Why a file cannot be read as a sheet, {file} being its name.
_ZERO_BYTES = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is empty (0 bytes): it was not saved or copied completely. Save or copy it again.",
)
_OLD_OR_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is an old .xls workbook or is protected by a password. Open it in "
    "Excel or WPS and save it as an .xlsx workbook without a password.",
)
_NOT_A_SHEET = QT_TRANSLATE_NOOP(
    "Errors", "{file} is neither an Excel workbook (.xlsx) nor a CSV file."
)
_DAMAGED_FILE = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is damaged and cannot be read. Open it in Excel or WPS and save it again "
    "as an .xlsx workbook.",
)
_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "Errors",
    "The program cannot read the text encoding of {file} (it is neither UTF-8 nor "
    "GBK). Save it as an .xlsx workbook, or as a CSV file in UTF-8 or GBK.",
)
_NO_ROWS = QT_TRANSLATE_NOOP("Errors", "{file} has no rows to import.")


def _refused(sentence: str, path: Path) -> SheetUnreadable:
    return SheetUnreadable(sentence, file=path.name)


def _damaged(path: Path, exc: BaseException | None = None) -> SheetUnreadable:
    detail = f"{exc.__class__.__name__}: {exc}" if exc is not None else "no worksheets"
    log.warning("%s is damaged (%s)", path, detail, exc_info=exc)  # the traceback, for support
    return _refused(_DAMAGED_FILE, path)


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
    _check_workbook_zip(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    except _DAMAGED as exc:
        raise _damaged(path, exc) from None
    try:
        if not workbook.worksheets:  # its sheet parts are missing
            raise _damaged(path)
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
            chosen = workbook.active or workbook.worksheets[0]
        chosen.reset_dimensions()
        sheet = _assemble(path, chosen.iter_rows(values_only=True), chosen.title, "", should_cancel)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    except _DAMAGED as exc:  # rows are parsed as they are read
        raise _damaged(path, exc) from None
    finally:
        workbook.close()
    if sheet is None:
        raise _refused(_NO_ROWS, path)
    return sheet


def _check_workbook_zip(path: Path) -> None:
    """A zip cut short or with broken entries is a damaged workbook; a sound zip that
    is not a workbook (a .docx renamed, an archive) is not a sheet at all."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names:
                raise _refused(_NOT_A_SHEET, path)
            types = archive.read("[Content_Types].xml")
    except OSError as exc:
        raise _unreadable(path, exc) from None
    except _DAMAGED as exc:
        raise _damaged(path, exc) from None
    if not any(t in types for t in _WORKBOOK_TYPES):
        raise _refused(_NOT_A_SHEET, path)


def _unreadable(path: Path, exc: OSError) -> SheetUnreadable:
    return SheetUnreadable(
        QT_TRANSLATE_NOOP("Errors", "The file {file} could not be read: {reason}."),
        file=str(path),
        reason=exc.strerror or exc.__class__.__name__,
    )


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


def _mojibake(text: str) -> bool:
    """GB18030 reads the byte pairs GBK leaves undefined as Private Use Area
    characters: GBK text from Excel or WPS has none, Big5 read as GBK has many."""
    return any("\ue000" <= ch <= "\uf8ff" for ch in text[:65_536])


def _big5_headers(data: bytes, path: Path) -> bool:
    """Whether the file reads as Big5 (Taiwan, Hong Kong) with headers we know."""
    text = data[:65_536].decode("big5hkscs", errors="ignore")
    sheet = _assemble(path, _csv_rows(text))
    return sheet is not None and header_score(sheet.headers) > 0


def _csv_rows(text: str) -> Iterator[tuple[Any, ...]]:
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    return (tuple(row) for row in reader)


def _read_csv(path: Path, should_cancel: CancelFn | None) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Text files have no NUL bytes: a copy cut off or a disk error filled them in.
        raise _damaged(path, ValueError("NUL bytes in a text file"))
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _refused(_UNKNOWN_ENCODING, path) from None
    try:
        sheet = _assemble(path, _csv_rows(text), path.stem, encoding, should_cancel)
    except csv.Error as exc:
        raise _damaged(path, exc) from None
    if sheet is None:
        raise _refused(_NO_ROWS, path)
    if (
        encoding == "gb18030"
        and header_score(sheet.headers) == 0
        and (_mojibake(text) or _big5_headers(data, path))
    ):
        # No header we know, and the text reads like another encoding read as GBK.
        raise _refused(_UNKNOWN_ENCODING, path)
    return sheet
