"""Every figure of one period, each feature's part in one module, all by SQL
aggregates (a handful of statements per section, whatever the station's size).

What each figure counts (the tests count the same by plain SQL):

* units: ``total`` units on file by the period's end (entered by then, or with a union
  founded by then); ``with_union`` of them with a union founded by then (own or joint);
  ``founded`` unions founded in the period.
* members: ``total`` on the roll at the period's end (joined by then, and active or
  left after it); ``joined`` in the period; ``transferred`` / ``withdrawn`` in the
  period (``status_changed_on``); by community and by category of the roll at the end.
* welfare: ``campaigns`` not draft whose dates meet the period; ``packages`` hand-outs
  in the period (undone ones excluded), ``recipients`` distinct members served;
  ``cash`` the campaigns' cash per hand-out; ``goods`` the value of the stock issued in
  the period (the ledger, undos netted); stock per item at the period's end.
* rooms: ``sessions`` bookings starting in the period that are booked, checked in or
  completed (not cancelled, not no-shows); their hours per room; occupancy = those
  hours over the room's opening hours on the period's open days; ``no_shows``.
* volunteers: ``on_file`` active volunteers joined by the end; ``active`` volunteers
  with an attended shift in the period; ``activities`` and ``shifts`` starting in the
  period; ``attendances`` and ``hours`` of attended shifts, by team and community.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.members.models import Member
from station_app.overview.queries.members import member_figures, unit_figures
from station_app.overview.queries.rooms import room_figures
from station_app.overview.queries.volunteers import volunteer_figures
from station_app.overview.queries.welfare import welfare_figures
from station_app.overview.types import Period, Raw
from station_app.volunteers.models import Volunteer


def period_figures(s: Session, period: Period) -> Raw:
    raw: Raw = {}
    for part in (unit_figures, member_figures, welfare_figures, room_figures, volunteer_figures):
        raw.update(part(s, period))
    return raw


def first_day_on_file(s: Session) -> dt.date | None:
    """The earliest day anyone joined (members, volunteers): where the figures begin."""
    days = [
        s.scalar(select(func.min(Member.joined_on))),
        s.scalar(select(func.min(Volunteer.joined_on))),
    ]
    known = [day for day in days if day is not None]
    return min(known) if known else None
