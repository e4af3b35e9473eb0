"""The one way a tab prints: read the data now, build the PDF off the UI thread,
show the preview (widgets/pdf_build.py, widgets/pdf_preview.py).

Reading is one quick use case on the UI thread (it may number a certificate or refuse
with a sentence); a refusal is shown in a message box titled ``title`` and nothing is
built. The build is the feature's Qt-free report function.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from station_app.core.errors import DeskError
from station_app.widgets.pdf_build import PdfBuildJob, build_and_preview

if TYPE_CHECKING:  # reportlab loads with the first build, not with the tabs
    from station_app.core.pdf import CancelFn, ProgressFn

T = TypeVar("T")
Build = Callable[[Path, T, "ProgressFn", "CancelFn"], None]  # (out, data, progress, cancel)


def preview_pdf(
    parent: QWidget,
    title: str,
    read: Callable[[], T],
    build: Build[T],
    name: str | Callable[[T], str] | None = None,
) -> PdfBuildJob | None:
    """Read, then build and preview; ``name`` (text, or made from the data) titles the
    preview and the file, ``title`` when not given. None when the read was refused."""
    try:
        data = read()
    except DeskError as error:
        QMessageBox.warning(parent, title, error.message())
        return None
    shown = name(data) if callable(name) else name or title

    def run(out: Path, progress: ProgressFn, should_cancel: CancelFn) -> None:
        build(out, data, progress, should_cancel)

    return build_and_preview(parent, shown, run)


def signed_by(report: Callable[..., Any], operator: str) -> Build[Any]:
    """A feature report ``report(out, data, operator, progress=, should_cancel=)`` as
    a build for :func:`preview_pdf`."""

    def build(out: Path, data: Any, progress: ProgressFn, should_cancel: CancelFn) -> None:
        report(out, data, operator, progress=progress, should_cancel=should_cancel)

    return build


__all__ = ["preview_pdf", "signed_by"]
