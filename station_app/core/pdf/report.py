"""The parts every printout shares above the page template (document.py).

A printout is a story of flowables built from plain data, then written once with the
station's page frame. These helpers are that frame's data (:func:`page_info`), the
build call (:func:`build_report`), the title block and the section headings, so no
report writes them again.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Literal, Unpack

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from station_app.core import clock
from station_app.core.pdf.document import PageInfo, Progress, build_pdf
from station_app.core.pdf.fonts import PdfStyles, styles
from station_app.core.pdf.glyphs import markup

Out = str | Path | BinaryIO


def page_info(
    station_name: str,
    title: str,
    operator: str,
    printed_at: dt.datetime | None = None,
    notice: str = "",
) -> PageInfo:
    """The page frame's words: station name and title in the header, print time
    (now unless given) and operator in the footer, ``notice`` above the header."""
    return PageInfo(
        station_name=station_name,
        title=title,
        operator=operator,
        printed_at=printed_at or clock.now(),
        notice=notice,
    )


class BuildOptions(Progress, total=False):
    """What the caller of any printout's ``build_*`` may pass on: the print time (now
    unless given; tests fix it), the progress callback and the cancel check. A report's
    ``build_*(out, data, operator, **options)`` hands them to :func:`build_report`."""

    printed_at: dt.datetime | None
    notice: str  # a warning on every page (the leader's copy of a roster)


def build_report(
    out: Out,
    story: list[Flowable],
    station_name: str,
    title: str,
    operator: str,
    *,
    landscape: bool = False,
    **options: Unpack[BuildOptions],
) -> None:
    """Write ``story`` in the station's page frame (see :func:`build_pdf`)."""
    printed_at = options.pop("printed_at", None)
    notice = options.pop("notice", "")
    build_pdf(
        out,
        page_info(station_name, title, operator, printed_at, notice),
        story,
        landscape=landscape,
        **options,
    )


StyleName = Literal["title", "heading", "body", "small"]


@cache
def _stock_styles() -> PdfStyles:
    return styles()  # shared and never changed: a tweak makes a new style (para)


def para(text: str, style: StyleName | ParagraphStyle = "body", **changes: Any) -> Paragraph:
    """Plain text as a paragraph: desk-typed "<" or "&" is text, not markup, and a rare
    character comes from a fallback font (:func:`~station_app.core.pdf.glyphs.markup`).

    ``style`` is a stock style by name (or a style of the caller's); ``changes`` tweak it
    for this paragraph, e.g. ``para(text, "body", alignment=TA_RIGHT, fontSize=9)``."""
    if isinstance(style, str):
        style = getattr(_stock_styles(), style)
    if changes:
        style = ParagraphStyle(f"{style.name}*", style, **changes)
    return Paragraph(markup(text), style)


def title_block(text: str, style: ParagraphStyle | None = None, **changes: Any) -> Paragraph:
    """The printout's title, centred above everything else (``changes`` as in
    :func:`para`)."""
    return para(text, style or "title", **changes)


def section_heading(text: str, min_space: float = 40 * mm) -> list[Flowable]:
    """A heading over a table (or a group of a grouped list) that never sits alone at
    the foot of a page.

    Not ``keepWithNext``: kept with a table longer than a page, reportlab moves both to
    the next page and leaves this one blank. A conditional page break instead asks for
    room for the heading, the table's header row and a couple of rows."""
    return [CondPageBreak(min_space), para(text, "heading")]
