"""What the volunteer printouts share: words more than one of them uses, a paragraph
of plain text, and the page header of a printout."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from station_app.core import clock
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.pdf import (
    PageInfo,
)

Out = str | Path | BinaryIO

# --- words more than one printout uses ----------------------------------------------

COL_NO = QT_TRANSLATE_NOOP("VolunteersReport", "No.")
COL_TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "Team")
COL_ROLE = QT_TRANSLATE_NOOP("VolunteersReport", "Role")
COL_KIND = QT_TRANSLATE_NOOP("VolunteersReport", "Kind")
COL_HOURS = QT_TRANSLATE_NOOP("VolunteersReport", "Hours")
TOTAL = QT_TRANSLATE_NOOP("VolunteersReport", "Total")


def p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def page_info(station_name: str, title: str, operator: str) -> PageInfo:
    return PageInfo(
        station_name=station_name,
        title=title,
        operator=operator,
        printed_at=clock.now().replace(second=0),
    )
