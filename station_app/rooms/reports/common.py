"""What the rooms printouts share: the page frame's data (station, title, operator,
time) read from the station's profile."""

from __future__ import annotations

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.pdf import PageInfo, page_info
from station_app.core.station import StationService


def station_page_info(db: Database, actor: Actor, title: str) -> PageInfo:
    profile = StationService(db).profile()
    return page_info(profile.name if profile else "", title, actor.display_name)
