"""The station's profile and the first-start set-up (profile + first administrator).

Core on ``station_t`` (no ORM): the profile is read on the way to the first screen."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, insert, select, update

from station_app.core import audit
from station_app.core.accounts import add_operator_row, new_operator, require_admin
from station_app.core.actor import ROLE_ADMIN, Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.models import operator_t, station_t
from station_app.core.text import clean_text

_PREFIX = re.compile(r"^[A-Z]{1,6}$")

# The columns' sizes (core/models.py station_t).
NAME_LENGTH, ADDRESS_LENGTH, PHONE_LENGTH = 100, 200, 40


@dataclass(frozen=True)
class StationProfile:
    name: str
    address: str = ""
    phone: str = ""
    member_no_prefix: str = "HY"


def validate_profile(profile: StationProfile) -> StationProfile:
    name = clean_text(profile.name, field="name", max_length=NAME_LENGTH)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the station's name."), field="name"
        )
    prefix = clean_text(profile.member_no_prefix, field="member_no_prefix").upper()
    if not _PREFIX.match(prefix):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The member-number prefix must be 1 to 6 Latin letters, e.g. TPQ."
            ),
            field="member_no_prefix",
        )
    return StationProfile(
        name=name,
        address=clean_text(profile.address, field="address", max_length=ADDRESS_LENGTH),
        phone=clean_text(profile.phone, field="phone", max_length=PHONE_LENGTH),
        member_no_prefix=prefix,
    )


_STATION = station_t.c
_PROFILE = select(_STATION.name, _STATION.address, _STATION.phone, _STATION.member_no_prefix)


def _profile(s: Connection) -> StationProfile | None:
    row = s.execute(_PROFILE.where(_STATION.id == 1)).first()
    return None if row is None else StationProfile(*row)


class StationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def profile(self) -> StationProfile | None:
        with self.db.connect() as s:
            return _profile(s)

    def needs_setup(self) -> bool:
        with self.db.connect() as s:
            has_station = s.scalar(select(_STATION.id).where(_STATION.id == 1))
            has_admin = s.scalar(
                select(operator_t.c.id).where(operator_t.c.role == ROLE_ADMIN).limit(1)
            )
        return not (has_station and has_admin)

    def set_up(
        self,
        profile: StationProfile,
        admin_username: str,
        admin_display_name: str,
        admin_password: str,
    ) -> Actor:
        """First start: the station's profile and its first administrator, together."""
        profile = validate_profile(profile)
        admin = new_operator(admin_username, admin_display_name, ROLE_ADMIN, admin_password)
        with self.db.begin() as s:
            if _profile(s) is not None or s.scalar(select(operator_t.c.id).limit(1)):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "This database has already been set up.")
                )
            s.execute(insert(station_t).values(id=1, **asdict(profile)))
            admin_id = add_operator_row(s, admin)
            actor = Actor(admin_id, admin["username"], admin["display_name"], ROLE_ADMIN)
            audit.record(s, actor, "setup", "station", 1, after=asdict(profile))
            audit.record(
                s,
                actor,
                "create",
                "operator",
                admin_id,
                after={"username": admin["username"], "role": ROLE_ADMIN},
            )
            return actor

    def update_profile(self, actor: Actor, profile: StationProfile) -> None:
        require_admin(actor)
        profile = validate_profile(profile)
        with self.db.begin() as s:
            before = StationProfile(*s.execute(_PROFILE.where(_STATION.id == 1)).one())
            s.execute(update(station_t).where(station_t.c.id == 1).values(**asdict(profile)))
            audit.record(
                s, actor, "update", "station", 1, before=asdict(before), after=asdict(profile)
            )
