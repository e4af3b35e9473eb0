"""Plain values in and out of the volunteer services (no ORM objects, no Qt).

Inputs are what a form holds; rows are what lists show; records are one thing in
full. Mobiles and ID numbers in rows are masked unless a field says otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from station_app.members.types import Notice
from station_app.volunteers.models import AVAILABLE_ALWAYS

__all__ = ["Notice", "shift_hours"]

_HUNDREDTH = Decimal("0.01")


def shift_hours(starts_at: dt.datetime, ends_at: dt.datetime) -> Decimal:
    """A shift's length in hours, to the hundredth (2 h 20 min -> 2.33)."""
    minutes = int((ends_at - starts_at).total_seconds() // 60)
    return (Decimal(minutes) / 60).quantize(_HUNDREDTH)


# --- teams and skills --------------------------------------------------------------------


@dataclass(frozen=True)
class TeamInput:
    name: str
    parent_id: int | None = None  # None: the brigade itself (志愿者服务大队)
    community_id: int | None = None
    leader_volunteer_id: int | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class TeamRow:
    id: int
    name: str
    parent_id: int | None
    parent_name: str | None
    community_id: int | None
    community_name: str | None
    leader_volunteer_id: int | None
    leader_name: str | None
    active: bool
    sort_order: int
    volunteers: int  # active volunteers in the team itself


@dataclass(frozen=True, slots=True)
class SkillRow:
    id: int
    name: str
    sort_order: int
    active: bool
    volunteers: int  # active volunteers with this skill


# --- volunteers --------------------------------------------------------------------------


@dataclass(frozen=True)
class VolunteerInput:
    """A member (``member_id``) or a non-member (``name``, ``id_number``, ``mobile``).

    On edit, ``id_number`` or ``mobile`` None keeps the stored value (forms show them
    masked); the member of a volunteer never changes.
    """

    team_id: int
    member_id: int | None = None
    name: str = ""
    id_type: str = "resident_id"
    id_number: str | None = ""
    gender: str | None = None  # derived from a resident ID; needed for other papers
    mobile: str | None = ""
    skill_ids: tuple[int, ...] = ()
    availability: int = AVAILABLE_ALWAYS
    joined_on: dt.date | None = None  # default today
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class VolunteerSaved:
    volunteer_id: int
    changed: bool = True
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class VolunteerRecord:
    id: int
    member_id: int | None
    member_no: str | None
    name: str
    gender: str | None
    id_type: str | None
    id_number: str  # masked unless revealed
    mobile: str  # masked unless revealed
    team_id: int
    team_name: str
    skill_ids: tuple[int, ...]
    skills: tuple[str, ...]
    availability: int
    joined_on: dt.date
    active: bool
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime
    masked: bool


@dataclass(frozen=True, slots=True)
class VolunteerRow:
    """One line of the volunteer list (mobile masked)."""

    id: int
    member_id: int | None
    member_no: str | None
    name: str
    mobile: str
    team_id: int
    team_name: str
    skills: str  # "宣传、急救"
    availability: int
    joined_on: dt.date
    active: bool


@dataclass(frozen=True)
class VolunteerFilter:
    query: str = ""  # name, pinyin, initials, mobile, ID number, member number
    team_id: int | None = None  # this team and its squads
    skill_id: int | None = None
    active: bool | None = True  # None: everyone


@dataclass(frozen=True, slots=True)
class MemberChoice:
    """A member offered when adding a volunteer (``volunteer_id`` if already one)."""

    member_id: int
    member_no: str
    name: str
    mobile: str  # masked
    community_name: str | None
    status: str
    volunteer_id: int | None


# --- activities and shifts ---------------------------------------------------------------


@dataclass(frozen=True)
class ActivityInput:
    title: str
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str = ""
    team_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class ShiftInput:
    starts_at: dt.datetime
    ends_at: dt.datetime
    role: str = ""
    places: int = 1


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    title: str
    kind: str
    place: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    team_id: int | None
    team_name: str | None
    description: str
    shifts: int
    places: int  # needed, all shifts
    filled: int  # assignments not cancelled
    attended: int


@dataclass(frozen=True, slots=True)
class ShiftRow:
    id: int
    activity_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    role: str
    places: int
    filled: int  # assignments not cancelled
    attended: int

    @property
    def hours(self) -> Decimal:
        return shift_hours(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class SaveResult:
    id: int
    notices: tuple[Notice, ...] = ()


# --- assigning ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateFilter:
    team_id: int | None = None  # this team and its squads
    skill_id: int | None = None
    available_only: bool = False  # usual availability covers the shift
    free_only: bool = False  # no other shift at that time
    query: str = ""


@dataclass(frozen=True, slots=True)
class CandidateRow:
    volunteer_id: int
    name: str
    team_id: int
    team_name: str
    skills: str
    mobile: str  # masked
    hours_this_year: Decimal  # attended hours in the shift's year
    free: bool  # no other live shift overlapping this one
    available: bool  # usual availability covers the shift
    on_shift: bool  # already on this shift (not cancelled)


@dataclass(frozen=True)
class AssignResult:
    assignment_id: int
    overridden: bool
    notices: tuple[Notice, ...] = ()


# --- views -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RosterLine:
    assignment_id: int
    volunteer_id: int
    name: str
    team_name: str
    mobile: str  # masked, except on the leader's copy
    status: str
    hours: Decimal
    hours_reason: str
    override_reason: str | None


@dataclass(frozen=True)
class RosterShift:
    shift: ShiftRow
    lines: tuple[RosterLine, ...]  # not cancelled, by name
    cancelled: int


@dataclass(frozen=True)
class Roster:
    """排班表 of one activity."""

    station_name: str
    activity: ActivityRow
    shifts: tuple[RosterShift, ...]
    leader_name: str | None  # the organising team's leader
    leader_copy: bool  # mobiles in full

    @property
    def overrides(self) -> int:
        return sum(1 for s in self.shifts for line in s.lines if line.override_reason)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    assignment_id: int
    activity_id: int
    activity_title: str
    kind: str
    place: str
    shift_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    role: str
    status: str
    hours: Decimal
    hours_reason: str
    override_reason: str | None


@dataclass(frozen=True, slots=True)
class YearHours:
    year: int
    attended: int  # shifts attended
    hours: Decimal


@dataclass(frozen=True)
class VolunteerHistory:
    volunteer_id: int
    name: str
    rows: tuple[HistoryRow, ...]  # newest first
    years: tuple[YearHours, ...]  # newest first

    @property
    def total_hours(self) -> Decimal:
        return sum((y.hours for y in self.years), Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class TeamTotals:
    team_id: int
    team_name: str
    parent_id: int | None
    volunteers: int  # active volunteers on file
    volunteers_served: int  # attended at least once in the year
    attendances: int
    hours: Decimal


@dataclass(frozen=True, slots=True)
class KindTotals:
    kind: str
    activities: int  # held (at least one attendance)
    attendances: int
    hours: Decimal


@dataclass(frozen=True)
class YearSummary:
    """The figures the annual report quotes."""

    station_name: str
    year: int
    activities_planned: int
    activities_held: int  # with at least one volunteer attended
    volunteers_on_file: int  # active at the time of printing
    volunteers_served: int  # attended at least once
    attendances: int  # 服务人次
    hours: Decimal
    by_team: tuple[TeamTotals, ...]
    by_kind: tuple[KindTotals, ...]


# --- certificates ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CertificateLine:
    day: dt.date
    activity_title: str
    kind: str
    role: str
    hours: Decimal


@dataclass(frozen=True)
class CertificateData:
    """志愿服务记录证明: what is printed, ID number already masked."""

    number: str
    station_name: str
    issued_on: dt.date
    volunteer_id: int
    name: str
    gender: str | None
    id_number: str  # masked
    team_name: str
    joined_on: dt.date
    first_day: dt.date
    last_day: dt.date
    lines: tuple[CertificateLine, ...]
    total_hours: Decimal  # = sum of the attended assignments' hours
    issuer: str = ""  # who issued it (a person, or the station)
    station_phone: str = ""  # for verification
    asked_until: dt.date | None = None  # the period asked for ran on past the issue date
    replaces: str = ""  # the number of the certificate this one replaced

    @property
    def qr_text(self) -> str:
        return (
            f"{self.number}|{self.first_day:%Y-%m-%d}~{self.last_day:%Y-%m-%d}"
            f"|{len(self.lines)}|{self.total_hours}|{self.station_name}"
        )


@dataclass(frozen=True, slots=True)
class HoursLine:
    """One attended assignment, for the hours spreadsheet."""

    assignment_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    activity_title: str
    kind: str
    role: str
    volunteer_id: int
    name: str
    member_no: str | None
    team_name: str
    hours: Decimal
    hours_reason: str
    override_reason: str | None
