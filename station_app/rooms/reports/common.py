"""What the rooms printouts share: the output type, a paragraph of escaped text, and
the page header's data (station, title, operator, time)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from station_app.core import clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.pdf import PageInfo
from station_app.core.station import StationService

Out = str | Path | BinaryIO

_FULL_WIDTH = 174 * mm  # A4 minus the template's margins


def _p(text: str, style) -> Paragraph:  # type: ignore[no-untyped-def]
    return Paragraph(escape(text), style)


def _page_info(db: Database, actor: Actor, title: str) -> PageInfo:
    profile = StationService(db).profile()
    return PageInfo(
        station_name=profile.name if profile else "",
        title=title,
        operator=actor.display_name,
        printed_at=clock.now(),
    )
