"""Volunteer use cases, one job per module; the services are one import away here.

* :mod:`.teams` — the brigade and its community squads, leaders (administrators)
* :mod:`.skills` — the editable skill list (administrators)
* :mod:`.volunteers` — add (member or non-member), edit, record, list
* :mod:`.activities` — service activities and their shifts
* :mod:`.assignments` — candidates, assign / take off, status, 全部到岗, hours
* :mod:`.views` — activities by month, rosters, histories, team and year totals
* :mod:`.certificates` — 志愿服务记录证明 data and its numbered issue

Printouts are in :mod:`.reports`, the hours spreadsheet in :mod:`.exports`.
"""

from station_app.volunteers.activities import ActivityService
from station_app.volunteers.assignments import AssignmentService
from station_app.volunteers.certificates import CertificateService
from station_app.volunteers.errors import AlreadyVolunteer, VolunteerClash
from station_app.volunteers.skills import SkillService
from station_app.volunteers.teams import TeamService
from station_app.volunteers.views import VolunteerViews
from station_app.volunteers.volunteers import VolunteerService

__all__ = [
    "ActivityService",
    "AlreadyVolunteer",
    "AssignmentService",
    "CertificateService",
    "SkillService",
    "TeamService",
    "VolunteerClash",
    "VolunteerService",
    "VolunteerViews",
]
