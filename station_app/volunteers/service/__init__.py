"""Volunteer use cases, one job per module; the services are one import away here.

* :mod:`.teams` — the brigade and its community squads, leaders (administrators)
* :mod:`.skills` — the editable skill list (administrators)
* :mod:`.volunteers` — add (member or non-member), edit, the record, the list
* :mod:`.enrolment` — the checks behind adding and editing a volunteer
* :mod:`.activities` — service activities and their shifts
* :mod:`.assignments` — candidates, assign / take off, status, 全部到岗, hours
* :mod:`.certificates` — 志愿服务记录证明 data and its numbered issue
* :mod:`.rules` — clean and check what the desk typed
* :mod:`.overlap` — no double booking: the clash in a sentence, the database's refusal
* :mod:`.availability` — usual availability as one integer

Reads for lists and views are in :mod:`station_app.volunteers.queries`, printouts in
:mod:`station_app.volunteers.reports`, the hours spreadsheet in
:mod:`station_app.volunteers.sheets`.
"""

from station_app.volunteers.service.activities import ActivityService
from station_app.volunteers.service.assignments import AssignmentService
from station_app.volunteers.service.certificates import CertificateService
from station_app.volunteers.service.skills import SkillService
from station_app.volunteers.service.teams import TeamService
from station_app.volunteers.service.volunteers import VolunteerService

__all__ = [
    "ActivityService",
    "AssignmentService",
    "CertificateService",
    "SkillService",
    "TeamService",
    "VolunteerService",
]
