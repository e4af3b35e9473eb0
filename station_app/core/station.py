"""The station's profile and the first-start set-up (profile + first administrator)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import select

from station_app.core import audit
from station_app.core.accounts import new_operator, require_admin
from station_app.core.actor import ROLE_ADMIN, Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.models import Operator, Station
from station_app.core.text import clean_text

_PREFIX = re.compile(r"^[A-Z]{1,6}$")

# The columns' sizes (core/models.py Station).
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


class StationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def profile(self) -> StationProfile | None:
        with self.db.read() as s:
            row = s.get(Station, 1)
            if row is None:
                return None
            return StationProfile(row.name, row.address, row.phone, row.member_no_prefix)

    def needs_setup(self) -> bool:
        with self.db.read() as s:
            has_station = s.get(Station, 1) is not None
            has_admin = s.scalar(select(Operator.id).where(Operator.role == ROLE_ADMIN).limit(1))
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
        with self.db.transaction() as s:
            if s.get(Station, 1) is not None or s.scalar(select(Operator.id).limit(1)):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "This database has already been set up.")
                )
            s.add(Station(id=1, **asdict(profile)))
            s.add(admin)
            s.flush()
            actor = Actor(admin.id, admin.username, admin.display_name, admin.role)
            audit.record(s, actor, "setup", "station", 1, after=asdict(profile))
            audit.record(
                s,
                actor,
                "create",
                "operator",
                admin.id,
                after={"username": admin.username, "role": ROLE_ADMIN},
            )
            return actor

    def update_profile(self, actor: Actor, profile: StationProfile) -> None:
        require_admin(actor)
        profile = validate_profile(profile)
        with self.db.transaction() as s:
            row = s.get_one(Station, 1)
            before = StationProfile(row.name, row.address, row.phone, row.member_no_prefix)
            for key, value in asdict(profile).items():
                setattr(row, key, value)
            audit.record(
                s, actor, "update", "station", 1, before=asdict(before), after=asdict(profile)
            )
