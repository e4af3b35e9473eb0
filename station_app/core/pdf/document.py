"""The A4 page template every printout shares, and the build that writes it.

Each page gets a header (station name, title) and a footer (page x of y, print
time, operator). The total page count is only known at the end, so the pages are
kept by a two-pass canvas and decorated when the document is saved.
"""

from __future__ import annotations

import datetime
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypedDict, Unpack

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table

from station_app.core.files import write_finished
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.pdf.fonts import register_fonts
from station_app.core.pdf.glyphs import draw_text

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Progress(TypedDict, total=False):
    """What a build tells and asks its caller: ``progress(done, total)`` per page,
    ``should_cancel()`` per flowable and per page."""

    progress: ProgressFn | None
    should_cancel: CancelFn | None


# English source strings, translated (context "Pdf") when the page is decorated.
PAGE_OF = QT_TRANSLATE_NOOP("Pdf", "Page {page} of {pages}")
PRINTED_AT = QT_TRANSLATE_NOOP("Pdf", "Printed {time}")
OPERATOR = QT_TRANSLATE_NOOP("Pdf", "Operator {name}")

MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_SIZE = 9.0
FOOTER_SIZE = 8.0
_RULE_COLOR = colors.HexColor("#666666")
_FOOTER_COLOR = colors.HexColor("#333333")
_NOTICE_COLOR = colors.HexColor("#8b0000")


_build_lock = threading.Lock()


class BuildCancelled(Exception):
    """The desk cancelled the build; nothing was written."""


@dataclass
class PageInfo:
    station_name: str
    title: str
    operator: str
    printed_at: datetime.datetime
    notice: str = ""  # a warning on every page, above the header (e.g. full phone numbers)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` (long unit names)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _decorate(canv: Canvas, info: PageInfo, page: int, pages: int, font: str) -> None:
    width, height = canv._pagesize
    left, right = MARGIN_X, width - MARGIN_X
    canv.saveState()
    # Header: station left, title right, a hairline under both.
    y = height - MARGIN_TOP + 6 * mm
    canv.setFont(font, HEADER_SIZE)
    canv.setFillColor(colors.black)
    half = (right - left) / 2 - 3 * mm
    draw_text(canv, left, y, _fit(info.station_name, font, HEADER_SIZE, half), HEADER_SIZE)
    draw_text(canv, right, y, _fit(info.title, font, HEADER_SIZE, half), HEADER_SIZE, "right")
    canv.setStrokeColor(_RULE_COLOR)
    canv.setLineWidth(0.6)
    canv.line(left, y - 2 * mm, right, y - 2 * mm)
    if info.notice:
        canv.setFillColor(_NOTICE_COLOR)
        draw_text(canv, width / 2, height - 11 * mm, info.notice, HEADER_SIZE, "centre")
        canv.setFillColor(colors.black)
    # Footer: print time left, page x of y centred, operator right.
    y = MARGIN_BOTTOM - 10 * mm
    canv.setLineWidth(0.4)
    canv.line(left, y + 3.5 * mm, right, y + 3.5 * mm)
    canv.setFont(font, FOOTER_SIZE)
    canv.setFillColor(_FOOTER_COLOR)
    stamp = info.printed_at.strftime("%Y-%m-%d %H:%M")
    draw_text(canv, left, y, translate("Pdf", PRINTED_AT).format(time=stamp), FOOTER_SIZE)
    page_of = translate("Pdf", PAGE_OF).format(page=page, pages=pages)
    draw_text(canv, width / 2, y, page_of, FOOTER_SIZE, "centre")
    operator = translate("Pdf", OPERATOR).format(name=info.operator)
    draw_text(canv, right, y, operator, FOOTER_SIZE, "right")
    canv.restoreState()


class _NumberedCanvas(Canvas):
    """Keeps every page until save(), then draws header/footer with the total.

    The well-known reportlab "page x of y" recipe: showPage() stores the page's
    state instead of emitting it; save() replays them knowing the page count.
    """

    def __init__(
        self,
        *args: Any,
        info: PageInfo,
        font: str,
        check_cancel: Callable[[], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._font = font
        self._check_cancel = check_cancel
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self._check_cancel()
            self.__dict__.update(state)
            _decorate(self, self._info, number, pages, self._font)
            super().showPage()
        super().save()


def _weight(flowable: Flowable) -> int:
    """Progress units: one per table row (long lists dominate), else one."""
    if isinstance(flowable, Table):
        return max(1, len(getattr(flowable, "_cellvalues", ())))
    return 1


class _DocTemplate(BaseDocTemplate):
    """The station's page: one body frame between the header and the footer. Checks
    for cancellation per flowable and reports progress per page."""

    def __init__(
        self, buffer: BinaryIO, info: PageInfo, font: str, landscape: bool, options: Progress
    ) -> None:
        pagesize = landscape_size(A4) if landscape else A4
        super().__init__(
            buffer,
            pagesize=pagesize,
            title=info.title,
            author=info.station_name,
            creator="Station Desk",
            initialFontName=font,  # never let Helvetica into the file
        )
        width, height = pagesize
        body = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            showBoundary=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[body], pagesize=pagesize)])
        self._progress = options.get("progress")
        self._should_cancel = options.get("should_cancel")
        self._pending: list[Flowable] = []
        self.total_units = 0
        self._done = 0

    def check_cancel(self) -> None:
        if self._should_cancel is not None and self._should_cancel():
            raise BuildCancelled()

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self._pending = flowables  # the live list: split tables go back into it
        self.check_cancel()
        super().handle_flowable(flowables)

    def afterPage(self) -> None:
        if self._progress is None or not self.total_units:
            return
        remaining = sum(_weight(f) for f in self._pending)
        # Repeated header rows make the estimate wobble: keep it monotonic and
        # below 100 % until the file is really written.
        done = min(max(self._done, self.total_units - remaining), self.total_units - 1)
        self._done = done
        self._progress(done, self.total_units)


def build_pdf(
    out: str | Path | BinaryIO,
    info: PageInfo,
    story: list[Flowable],
    *,
    landscape: bool = False,
    **options: Unpack[Progress],
) -> None:
    """Write ``story`` as an A4 PDF with the station's header and footer.

    ``out`` is a path or a binary stream. A path is written through a temporary
    file beside it and renamed, so a failed or cancelled build (``BuildCancelled``)
    never leaves a half-written file. ``progress(done, total)`` is called per
    page; ``should_cancel()`` is polled per flowable and per page.
    """
    font = register_fonts()
    should_cancel = options.get("should_cancel")
    # reportlab shares font subsetting state between documents and is not
    # thread-safe: one build at a time, but a waiting build can still cancel.
    while not _build_lock.acquire(timeout=0.1):
        if should_cancel is not None and should_cancel():
            raise BuildCancelled()
    try:
        _build(out, info, story, font, landscape, options)
    finally:
        _build_lock.release()


def _build(
    out: str | Path | BinaryIO,
    info: PageInfo,
    story: list[Flowable],
    font: str,
    landscape: bool,
    options: Progress,
) -> None:
    buffer = io.BytesIO()
    doc = _DocTemplate(buffer, info, font, landscape, options)
    progress = options.get("progress")

    # reportlab consumes the list it builds from; an empty story would give a
    # PDF with no pages, which viewers reject: print one page with just the frame.
    flowables = list(story) or [Spacer(1, 1)]
    doc.total_units = sum(_weight(f) for f in flowables)
    if progress is not None:
        progress(0, doc.total_units)

    def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, info=info, font=font, check_cancel=doc.check_cancel, **kwargs)

    doc.build(flowables, canvasmaker=canvasmaker)
    doc.check_cancel()
    data = buffer.getvalue()

    if isinstance(out, str | Path):
        write_finished(Path(out), data)
    else:
        out.write(data)
    if progress is not None:
        progress(doc.total_units, doc.total_units)
