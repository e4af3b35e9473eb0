"""What a tab needs to work: the database and who is at the desk."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.station import StationProfile


@dataclass
class DeskContext:
    db: Database
    actor: Actor
    station: StationProfile
