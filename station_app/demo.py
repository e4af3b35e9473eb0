"""Realistic synthetic data for demos, tests, benchmarks and screenshots.

Sets up a station with two operators, then runs each feature's own generator in
turn: members first (:mod:`station_app.members.demo`: communities, units, members,
in one transaction), then bookings, welfare and volunteers, which need people.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from station_app.core import audit, clock
from station_app.core.accounts import AccountService
from station_app.core.actor import CLI_ACTOR, ROLE_DESK, Actor
from station_app.core.db import Database
from station_app.core.models import Operator
from station_app.core.passwords import hash_password
from station_app.core.station import StationProfile, StationService
from station_app.members.demo import fill_members
from station_app.members.models import Member


@dataclass(frozen=True)
class DemoSummary:
    communities: int
    units: int
    units_with_union: int
    members: int
    bookings: int = 0


def ensure_station(db: Database) -> Actor:
    """A demo database needs a station and someone to log in as."""
    stations = StationService(db)
    if not stations.needs_setup():
        return CLI_ACTOR
    actor = stations.set_up(
        StationProfile(
            name="太平桥街道总工会服务站",
            address="北京市丰台区太平桥西里38号",
            phone="010-63330000",
            member_no_prefix="TPQ",
        ),
        "admin",
        "王建华",
        "admin123",
    )
    with db.transaction() as s:
        s.add(
            Operator(
                username="desk",
                display_name="李晓燕",
                role=ROLE_DESK,
                password_hash=hash_password("desk123"),
                created_at=clock.now(),
            )
        )
        audit.record(s, actor, "create", "operator", "desk", after={"role": ROLE_DESK})
    return actor


def fill(
    db: Database,
    members: int = 2000,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    rng = random.Random(seed)
    say = progress or (lambda _text: None)
    ensure_station(db)
    profile = StationService(db).profile()
    member_prefix = profile.member_no_prefix if profile else "HY"
    with db.transaction() as s:
        made = fill_members(s, rng, members, member_prefix, say)
        audit.record(
            s,
            CLI_ACTOR,
            "demo_fill",
            "database",
            note=f"members={members} units={made.units_added} seed={seed}",
        )
    bookings = 0
    if made.members:  # campaigns and rosters need people
        say("bookings")
        bookings = _fill_features(db, rng)
        say("welfare")
        from station_app.welfare.demo import fill_welfare

        fill_welfare(db, rng, hand_out=min(300, members // 10), progress=say)
        say("volunteers")
        from station_app.volunteers.demo import fill_volunteers

        # The reports speak of 500+ volunteers and 80+ activities a year.
        volunteers = min(600, max(20, members // 5))
        fill_volunteers(db, volunteers=volunteers, activities=100, seed=seed, progress=say)
    return DemoSummary(
        len(made.community_ids), made.units, made.units_with_union, made.members, bookings
    )


def _fill_features(db: Database, rng: random.Random) -> int:
    """Each feature's own generator, fed with a sample of the members just made."""
    from station_app.rooms.demo import fill_bookings

    with db.read() as s:
        sample = list(s.scalars(select(Member.id).where(Member.status == "active").limit(500)))
    # The administrator (past sessions need one), named as 经办人 on the slips.
    admin = AccountService(db).actor_named("admin") or CLI_ACTOR
    return fill_bookings(db, admin, rng, sample)
