"""Tables for printouts: data lists, key/value blocks and signature lines."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypedDict, Unpack

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from station_app.core.pdf.fonts import (
    CELL_FONT_SIZE,
    CELL_LEADING,
    register_fonts,
    styles,
)
from station_app.core.pdf.glyphs import markup, needs_markup

GRID_COLOR = colors.HexColor("#4d4d4d")
HEADER_BG = colors.HexColor("#d9dee4")
LABEL_BG = colors.HexColor("#eef1f4")
ZEBRA_BG = colors.HexColor("#f5f6f7")
CELL_PAD = 4.0  # left/right cell padding, pt


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _cell(value: object, width: float, style_right: bool, font: str) -> object:
    """A plain string when it fits on one line in the bundled font (cheap), else a
    wrapping Paragraph (which also draws a rare character from a fallback font)."""
    if isinstance(value, Flowable):
        return value
    text = _text(value)
    if (
        "\n" not in text
        and stringWidth(text, font, CELL_FONT_SIZE) <= width - 2 * CELL_PAD
        and not needs_markup(text)
    ):
        return text
    st = styles()
    style = st.cell_right if style_right else st.cell
    # Paragraph parses markup: desk-typed "<" and "&" are escaped.
    return Paragraph(markup(text), style)


def _base_style(font: str) -> list[tuple]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("BOX", (0, 0), (-1, -1), 0.9, GRID_COLOR),
    ]


def header_cells(header: Sequence[str]) -> list[object]:
    """The shaded header row of a list: bold, wrapping, escaped."""
    st = styles()
    return [Paragraph(markup(h), st.cell_header) for h in header]


class ListOptions(TypedDict, total=False):
    """How a list looks beyond its cells: ``align_right`` and ``align_center`` hold
    column indexes (amounts and counts; short codes); ``zebra`` (on unless off) stripes
    the rows; ``row_padding`` (pt above a row, one more below) makes the rows taller than
    the header, e.g. for handwritten signatures."""

    align_right: Collection[int]
    align_center: Collection[int]
    zebra: bool
    row_padding: float


def list_style(font: str, has_rows: bool, options: ListOptions) -> list[tuple]:
    """The grid of every list: shaded header row, columns aligned, rows striped."""
    commands = _base_style(font)
    if "row_padding" in options:
        commands.append(("TOPPADDING", (0, 1), (-1, -1), options["row_padding"]))
        commands.append(("BOTTOMPADDING", (0, 1), (-1, -1), options["row_padding"] + 1))
    commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BG))
    commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.9, GRID_COLOR))
    right, center = options.get("align_right", ()), options.get("align_center", ())
    commands.extend(("ALIGN", (i, 1), (i, -1), "RIGHT") for i in sorted(right))
    commands.extend(("ALIGN", (i, 1), (i, -1), "CENTER") for i in sorted(center))
    if has_rows and options.get("zebra", True):
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_BG]))
    return commands


def data_table(
    header: list[str],
    rows: list[list[object]],
    col_widths: list[float],
    **options: Unpack[ListOptions],
) -> Table:
    """A grid table whose shaded header row repeats on every page it spans.

    Cells may be plain values or ready Flowables; long text wraps inside its column.
    """
    if len(header) != len(col_widths):
        raise ValueError("header and col_widths must have the same length")
    font = register_fonts()
    right = options.get("align_right", ())
    data: list[list[object]] = [header_cells(header)]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"row has {len(row)} cells, header has {len(header)}")
        data.append([_cell(value, col_widths[i], i in right, font) for i, value in enumerate(row)])
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(list_style(font, bool(rows), options)))
    return table


def key_value_table(pairs: Sequence[tuple[str, str]], col_widths: list[float]) -> Table:
    """Label/value grid for receipts; 4 widths lay the pairs out two per row."""
    if not col_widths or len(col_widths) % 2:
        raise ValueError("col_widths needs an even number of widths (label, value, ...)")
    font = register_fonts()
    st = styles()
    per_row = len(col_widths) // 2
    data: list[list[object]] = []
    for start in range(0, len(pairs), per_row):
        row: list[object] = []
        for k in range(per_row):
            if start + k < len(pairs):
                label, value = pairs[start + k]
                row.append(Paragraph(markup(label), st.cell))
                row.append(_cell(value, col_widths[2 * k + 1], False, font))
            else:
                row.extend(["", ""])
        data.append(row)
    commands = _base_style(font)
    commands.extend(("BACKGROUND", (2 * k, 0), (2 * k, -1), LABEL_BG) for k in range(per_row))
    table = Table(data, colWidths=col_widths, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


def para_cell(text: str) -> Paragraph:
    """A one-line cell as a paragraph of the body size (a rare character in a label)."""
    return Paragraph(markup(text), styles().body)


def signature_lines(labels: list[str], line_width: float = 38 * mm) -> Flowable:
    """One row "经办人 ______  审核人 ______" for hand signatures, kept on one page."""
    font = register_fonts()
    cells: list[object] = []
    widths: list[float | None] = []
    gap = 8 * mm  # between one line and the next label
    for i, label in enumerate(labels):
        cells.extend([label if not needs_markup(label) else para_cell(label), ""])
        widths.extend([stringWidth(label, font, 10.5) + 6 + (gap if i else 0), line_width])
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 10.5),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 14),  # room for the pen above the line
    ]
    # The line is drawn under each blank cell; labels after the first sit right.
    for i in range(len(labels)):
        commands.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.7, colors.black))
        if i:
            commands.append(("ALIGN", (2 * i, 0), (2 * i, 0), "RIGHT"))
    table = Table([cells], colWidths=widths, hAlign="RIGHT", spaceBefore=18, spaceAfter=6)
    table.setStyle(TableStyle(commands))
    return table


def side_by_side(cells: list[Flowable], col_widths: list[float]) -> Table:
    """Lay flowables out in one row without lines (e.g. a receipt block and its QR).

    Use this rather than a bare ``Table``: reportlab sets each cell's font even
    for flowable cells, and its default is Helvetica, which is not embedded.
    """
    font = register_fonts()
    table = Table([cells], colWidths=col_widths, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
