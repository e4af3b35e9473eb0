"""The demo generator: realistic volunteer data the database accepts, twice over."""

from __future__ import annotations

from station_app import demo
from station_app.core.db import Database
from station_app.volunteers.demo import fill_volunteers
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import TeamService
from tests.volunteers.conftest import count


def test_demo_volunteers_fill_a_database_without_double_booking(db: Database) -> None:
    demo.fill(db, members=150, seed=5)  # includes the volunteers demo already
    before = count(db, "volunteer")
    assignments_before = count(db, "assignment")
    first = fill_volunteers(db, volunteers=40, activities=25, seed=5)
    second = fill_volunteers(db, volunteers=20, activities=25, seed=6)  # keeps clear of the first
    assert count(db, "volunteer") == before + 60
    added = count(db, "assignment") - assignments_before
    assert added == first.assignments + second.assignments > 0
    assert count(db, "volunteer", "member_id IS NULL") >= 1  # some neighbours, not members
    teams = TeamService(db).list_teams()
    assert len(teams) == 1 + 9 and all(t.leader_volunteer_id for t in teams if t.volunteers)
    summary = VolunteerViews(db).year_summary(2026)
    assert summary.volunteers_on_file > 0
