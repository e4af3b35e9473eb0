"""志愿服务记录证明: the data of a certificate for one volunteer and a period, and its
issue (a gap-free number from the ``certificate`` series, a row in
``volunteer_certificate``, an audit row). The total is the sum of the hours of the
volunteer's attended assignments in the period, nothing else."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.core import audit, clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_id
from station_app.core.models import Station
from station_app.core.selects import columns
from station_app.core.serials import format_serial, next_value
from station_app.volunteers import queries
from station_app.volunteers.models import (
    CERTIFICATE_PREFIX,
    CERTIFICATE_SERIES,
    VolunteerCertificate,
)
from station_app.volunteers.queries import activity_t, assignment_t, hours, shift_t, volunteer_t
from station_app.volunteers.queries.views import station_name
from station_app.volunteers.queries.volunteers import one_volunteer
from station_app.volunteers.types import CertificateData, CertificateLine

UNNUMBERED = ""  # a preview carries no number


def year_period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


class CertificateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(self, volunteer_id: int, first: dt.date, last: dt.date) -> CertificateData:
        """What the certificate would say, without a number (nothing is saved)."""
        through = min(last, clock.today())
        with self.db.read() as s:
            data = _data(s, volunteer_id, first, through, UNNUMBERED)
        return replace(data, asked_until=last if last > through else None)

    def issue(
        self, actor: Actor, volunteer_id: int, first: dt.date, last: dt.date
    ) -> CertificateData:
        """Numbers and records the certificate; refused when the period holds no
        attended service (a certificate of nothing would waste a number).

        The period stops at the issue date when it runs on (shifts to come are not
        certified). Reissuing the same person and period gives the certificate already
        issued, number and all, unless the hours changed since: then a new number, and
        the old certificate is recorded as replaced by it."""
        if last < first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends before it begins."), field="last_day"
            )
        now = clock.now()
        through = min(last, now.date())
        with self.db.transaction() as s:
            data = _data(s, volunteer_id, first, through, UNNUMBERED)
            if not data.lines:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} has no attended service from {first} to {last}: there is "
                        "nothing to certify.",
                    ),
                    name=data.name,
                    first=first.isoformat(),
                    last=through.isoformat(),
                )
            earlier = _current(s, volunteer_id, first, last)
            if (
                earlier is not None
                and earlier.hours == data.total_hours
                and earlier.activities == len(data.lines)
            ):
                return _issued(s, earlier)
            number = format_serial(
                CERTIFICATE_PREFIX, now.year, next_value(s, CERTIFICATE_SERIES, now.year)
            )
            row = VolunteerCertificate(
                number=number,
                volunteer_id=volunteer_id,
                first_day=first,
                last_day=through,
                asked_until=last,
                activities=len(data.lines),
                hours=data.total_hours,
                issued_at=now,
                issued_by=actor.id,
                issued_by_name=actor.display_name[:40],
            )
            s.add(row)
            s.flush()
            if earlier is not None:
                earlier.replaced_by = number
                audit.record(
                    s,
                    actor,
                    "replace",
                    "volunteer_certificate",
                    earlier.id,
                    after={"replaced_by": number, "hours": data.total_hours},
                    note=f"{earlier.number} -> {number}",
                )
            audit.record(
                s,
                actor,
                "issue",
                "volunteer_certificate",
                row.id,
                after={
                    "number": number,
                    "volunteer_id": volunteer_id,
                    "first_day": first,
                    "last_day": through,
                    "hours": data.total_hours,
                },
            )
            return _issued(s, row)

    def issue_for_year(self, actor: Actor, volunteer_id: int, year: int) -> CertificateData:
        return self.issue(actor, volunteer_id, *year_period(year))


def _current(
    s: Session, volunteer_id: int, first: dt.date, asked_until: dt.date
) -> VolunteerCertificate | None:
    """The certificate in force for this person and the period asked for, if any."""
    c = VolunteerCertificate
    return s.scalars(
        select(c)
        .where(
            c.volunteer_id == volunteer_id,
            c.first_day == first,
            func.coalesce(c.asked_until, c.last_day) == asked_until,
            c.replaced_by.is_(None),
        )
        .order_by(c.id.desc())
        .limit(1)
        .with_for_update()
    ).first()


def _issued(s: Session, row: VolunteerCertificate) -> CertificateData:
    """What ``row`` certifies, as printed: its number, issue date, issuer and the
    certificate it replaced."""
    c = VolunteerCertificate
    replaces = s.scalar(select(c.number).where(c.replaced_by == row.number)) or ""
    data = _data(s, row.volunteer_id, row.first_day, row.last_day, row.number)
    asked = row.asked_until if row.asked_until and row.asked_until > row.last_day else None
    return replace(
        data,
        issued_on=row.issued_at.date(),
        issuer=row.issued_by_name or data.station_name,
        asked_until=asked,
        replaces=replaces,
    )


def _data(
    s: Session, volunteer_id: int, first: dt.date, last: dt.date, number: str
) -> CertificateData:
    person = one_volunteer(
        s,
        volunteer_id,
        queries.NAME,
        queries.GENDER,
        queries.ID_NUMBER,
        queries.team_t.c.name,
        volunteer_t.c.joined_on,
    )
    start = dt.datetime.combine(first, dt.time(0))
    after = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0))
    rows = s.execute(
        select(
            assignment_t.c.starts_at,
            *columns(activity_t, "title kind"),
            shift_t.c.role,
            assignment_t.c.hours,
        )
        .select_from(queries.on_shifts())
        .where(assignment_t.c.volunteer_id == volunteer_id, queries.attended_between(start, after))
        .order_by(assignment_t.c.starts_at, assignment_t.c.id)
    ).all()
    lines = tuple(CertificateLine(r[0].date(), r[1], r[2], r[3], hours(r[4])) for r in rows)
    return CertificateData(
        number=number,
        station_name=station_name(s),
        station_phone=s.scalar(select(Station.phone).where(Station.id == 1)) or "",
        issued_on=clock.today(),
        volunteer_id=volunteer_id,
        name=person[0],
        gender=person[1],
        id_number=mask_id(person[2]) if person[2] else "",
        team_name=person[3],
        joined_on=person[4],
        first_day=first,
        last_day=last,
        lines=lines,
        total_hours=sum((line.hours for line in lines), Decimal("0.00")),
    )
