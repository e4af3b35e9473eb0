"""The one .xlsx writer of every export (members, bookings, volunteer hours, welfare).

openpyxl's write-only mode needs about 27 s for 100,000 rows of 17 columns here (its
pure-Python XML serialiser dominates; 16 s even with lxml). This writer streams the
same SpreadsheetML, row by row, straight into the zip: a few seconds, flat memory.
It writes what a list needs and nothing more: inline strings, numbers, dates, a bold
shaded header row that stays in view, column widths, an autofilter. Workbooks with
drop-down lists (the import templates) are made with openpyxl and :func:`set_text`.

Formula injection: text a person typed may begin with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return, which Excel and WPS would take for a formula. Every text
cell here is a string cell (never a formula), and those cells also carry Excel's
quote prefix, so they show exactly what was typed and stay text when edited. Numbers
stay numbers and dates stay dates. A file written to a path is created readable by
its owner only (0600), beside the target, and renamed into place when complete.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape, quoteattr

from station_app.core.files import partial_beside, put_in_place

Out = str | Path | BinaryIO
MAX_CELL_CHARS = 32_767
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_EPOCH = dt.datetime(1899, 12, 30)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"

# Cell styles (indexes into cellXfs below); a column's style is given to add_sheet.
PLAIN, HEADER, DATE, DATETIME, WRAP_RED, DECIMAL2, MONEY = range(7)
PERCENT = 7  # a fraction shown as a per cent: 0.676 -> 67.6%
TITLE = 8  # bold, unshaded: the title lines above a sheet's header
_XFS = (  # numFmtId, fontId, fillId, borderId, extra attributes, child elements
    (0, 0, 0, 0, "", ""),
    (49, 1, 2, 1, ' applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"',
     '<alignment horizontal="center" vertical="center"/>'),
    (164, 0, 0, 0, ' applyNumberFormat="1"', ""),
    (165, 0, 0, 0, ' applyNumberFormat="1"', ""),
    (0, 2, 0, 0, ' applyFont="1" applyAlignment="1"', '<alignment wrapText="1" vertical="top"/>'),
    (2, 0, 0, 0, ' applyNumberFormat="1"', ""),  # 0.00
    (4, 0, 0, 0, ' applyNumberFormat="1"', ""),  # #,##0.00
    (166, 0, 0, 0, ' applyNumberFormat="1"', ""),  # 0.0%
    (0, 1, 0, 0, ' applyFont="1"', ""),  # bold
)  # fmt: skip
_QUOTED = len(_XFS)  # style + _QUOTED: the same style with the quote prefix


def _xf(num_fmt: int, font: int, fill: int, border: int, extra: str, child: str, quote: str) -> str:
    attrs = f'numFmtId="{num_fmt}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"'
    return f"<xf {attrs}{extra}{quote}>{child}</xf>" if child else f"<xf {attrs}{extra}{quote}/>"


_CELL_XFS = [_xf(*x, "") for x in _XFS] + [_xf(*x, ' quotePrefix="1"') for x in _XFS]
_FONT = '<sz val="11"/>{color}<name val="宋体"/><family val="3"/><charset val="134"/>'
_STYLES = "".join(
    (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        f'<styleSheet xmlns="{_MAIN}">',
        '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>',
        '<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>',
        '<numFmt numFmtId="166" formatCode="0.0%"/></numFmts>',
        '<fonts count="3">',
        "<font>" + _FONT.format(color="") + "</font>",
        "<font><b/>" + _FONT.format(color="") + "</font>",
        "<font>" + _FONT.format(color='<color rgb="FFC00000"/>') + "</font>",
        "</fonts>",
        '<fills count="3"><fill><patternFill patternType="none"/></fill>',
        '<fill><patternFill patternType="gray125"/></fill>',
        '<fill><patternFill patternType="solid"><fgColor rgb="FFD9DEE4"/>',
        '<bgColor indexed="64"/></patternFill></fill></fills>',
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>',
        '<border><left/><right/><top/><bottom style="thin"><color rgb="FF808080"/></bottom>',
        "<diagonal/></border></borders>",
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
        "</cellStyleXfs>",
        f'<cellXfs count="{len(_CELL_XFS)}">{"".join(_CELL_XFS)}</cellXfs>',
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
        "</styleSheet>",
    )
)


def get_column_letter(number: int) -> str:
    """1 -> A, 27 -> AA (as openpyxl's, without importing openpyxl at start-up)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def looks_like_formula(text: str) -> bool:
    """Whether Excel or WPS would take this text, typed into a cell, for a formula."""
    return text.startswith(FORMULA_START)


def set_text(cell: Any, text: str) -> None:
    """Puts ``text`` in an openpyxl cell as text, never as a formula (for workbooks
    made with openpyxl; openpyxl stores a str that starts with "=" as a formula)."""
    cell.value = text
    if looks_like_formula(text):
        cell.data_type = "s"
        cell.quotePrefix = True


def sheet_name(name: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\, not empty, at most 31 characters."""
    name = _SHEET_NAME_BAD.sub("_", name).strip("'")[:31]
    return name or "Sheet1"


def _string_cell(ref: str, text: str, style: int) -> str:
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub("", text)
    text = text[:MAX_CELL_CHARS]
    if looks_like_formula(text):
        style += _QUOTED
    # A bare CR would be read back as LF (XML line-end handling): keep it as a reference.
    text = escape(text).replace("\r", "&#13;")
    edges = text[:1].isspace() or text[-1:].isspace() or text.startswith("&#13;")
    space = ' xml:space="preserve"' if edges else ""
    style_attr = f' s="{style}"' if style else ""
    return f'<c r="{ref}" t="inlineStr"{style_attr}><is><t{space}>{text}</t></is></c>'


def _number_cell(ref: str, value: str, style: int) -> str:
    style_attr = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{style_attr}><v>{value}</v></c>'


def _cell(ref: str, value: Any, style: int) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return _string_cell(ref, value, style)
    if isinstance(value, bool):
        return _string_cell(ref, "是" if value else "否", style)
    if isinstance(value, dt.datetime):
        serial = (value - _EPOCH).total_seconds() / 86400
        return f'<c r="{ref}" s="{DATETIME}"><v>{serial:.8f}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="{DATE}"><v>{(value - _EPOCH.date()).days}</v></c>'
    if isinstance(value, Decimal) and value.is_finite():
        return _number_cell(ref, str(value), style if style != PLAIN else MONEY)
    if isinstance(value, int):
        return _number_cell(ref, str(value), style)
    if isinstance(value, float) and math.isfinite(value):
        return _number_cell(ref, repr(value), style)
    return _string_cell(ref, str(value), style)


class XlsxWriter:
    """``with XlsxWriter(out) as book: book.add_sheet(...)``. ``out`` is a path (the file
    appears only when the block ends without an exception: written beside it with
    mode 0600, then renamed) or a binary stream (written to when the block ends)."""

    def __init__(self, out: Out) -> None:
        self._stream: BinaryIO | None = None
        self._tmp: Path | None = None
        target: Path | io.BytesIO
        if isinstance(out, str | Path):
            self.path: Path | None = Path(out)
            self._tmp = target = partial_beside(self.path)
        else:
            self.path = None
            self._stream = out
            target = io.BytesIO()
        self._buffer = target
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=3)
        self._sheets: list[tuple[str, int, int, int]] = []  # name, rows, columns, header row

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()

    def add_sheet(
        self,
        name: str,
        headers: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        widths: Sequence[float] = (),
        styles: dict[int, int] | None = None,
        titles: Sequence[str] = (),
    ) -> int:
        """Streams one sheet; returns the number of data rows written. ``styles`` maps
        a column index to a cell style (e.g. ``WRAP_RED`` for a reason column, ``PERCENT``
        for fractions); ``titles`` are bold lines above the header (station, what the
        sheet is, the period), which then stays in view below them."""
        name = sheet_name(name)
        styles = styles or {}
        letters = [get_column_letter(i + 1) for i in range(len(headers))]
        number = len(self._sheets) + 1
        top = len(titles) + 1  # the header's row
        count = 0
        with self._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as raw:
            cols = "".join(
                f'<col min="{i + 1}" max="{i + 1}" width="{w:g}" customWidth="1"/>'
                for i, w in enumerate(widths)
            )
            raw.write(
                (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
                    '<sheetViews><sheetView workbookViewId="0" tabSelected="'
                    f'{1 if number == 1 else 0}"><pane ySplit="{top}" topLeftCell="A{top + 1}" '
                    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                    '<sheetFormatPr defaultRowHeight="15"/>'
                    + (f"<cols>{cols}</cols>" if cols else "")
                    + "<sheetData>"
                ).encode()
            )
            for r, title in enumerate(titles, start=1):
                raw.write(f'<row r="{r}">{_string_cell(f"A{r}", title, TITLE)}</row>'.encode())
            header = "".join(
                _string_cell(f"{letters[i]}{top}", str(h), HEADER) for i, h in enumerate(headers)
            )
            raw.write(f'<row r="{top}">{header}</row>'.encode())
            chunk: list[str] = []
            width = len(letters)
            for count, values in enumerate(rows, start=1):
                r = count + top
                cells = "".join(
                    _cell(f"{letters[i]}{r}", values[i], styles.get(i, PLAIN))
                    for i in range(min(width, len(values)))
                )
                chunk.append(f'<row r="{r}">{cells}</row>')
                if len(chunk) >= 1000:
                    raw.write("".join(chunk).encode())
                    chunk.clear()
            raw.write("".join(chunk).encode())
            last = f"{letters[-1]}{count + top}" if letters else f"A{top}"
            raw.write(
                (
                    f'</sheetData><autoFilter ref="A{top}:{last}"/>'
                    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" '
                    'header="0.3" footer="0.3"/>'
                    f'<pageSetup paperSize="9" orientation="landscape"/>'
                    f'<ignoredErrors><ignoredError sqref="A1:{last}" numberStoredAsText="1"/>'
                    "</ignoredErrors></worksheet>"
                ).encode()
            )
        self._sheets.append((name, count, len(letters), top))
        return count

    def close(self) -> None:
        sheets = self._sheets
        z = self._zip
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Types xmlns="{_PKG}/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        sheet_elems = "".join(
            f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _rows, _cols, _top) in enumerate(sheets, start=1)
        )
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
            f"{escape(_sheet_ref(name))}!$A${top}:${get_column_letter(max(cols, 1))}"
            f"${rows + top}</definedName>"
            for i, (name, rows, cols, top) in enumerate(sheets, start=1)
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
            f"<sheets>{sheet_elems}</sheets>"
            + (f"<definedNames>{filters}</definedNames>" if filters else "")
            + "</workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        n = len(sheets) + 1
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG}/relationships">{rels}'
            f'<Relationship Id="rId{n}" Type="{_REL}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        z.writestr("xl/styles.xml", _STYLES)
        z.close()
        if self._tmp is not None and self.path is not None:
            put_in_place(self._tmp, self.path)
        elif self._stream is not None and isinstance(self._buffer, io.BytesIO):
            self._stream.write(self._buffer.getvalue())

    def discard(self) -> None:
        try:
            self._zip.close()
        finally:
            if self._tmp is not None:
                self._tmp.unlink(missing_ok=True)


def _sheet_ref(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"
