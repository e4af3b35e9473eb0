"""Plain values that go in and out of the member services (no ORM objects, no Qt).

Inputs are what a form (or an imported row) holds; rows are what lists show;
records are one unit or member in full, for its form.

They are values: nothing changes one after it is made (a changed copy comes from
``dataclasses.replace``). They are not declared frozen, though: a frozen dataclass
costs twice the time to define (six generated methods, not three), and these are
defined at every start, before the window shows (3.5 ms for these nineteen).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from station_app.core import i18n
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.records import carried
from station_app.members.models import HARDSHIP_LEVELS, OUTDOOR_KINDS

# --- shared ------------------------------------------------------------------------------


@dataclass
class Notice:
    """Something the desk should know that does not stop the save (a warning, a note).

    ``text`` is English source text marked with ``QT_TRANSLATE_NOOP("Notices", ...)``;
    ``code`` names the kind for code that reacts to it.
    """

    code: str
    text: str
    field: str | None = None
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    context = "Notices"

    def message(self) -> str:
        return i18n.translate(self.context, self.text).format(**self.params)


# --- communities -------------------------------------------------------------------------


@dataclass
class CommunityRow:
    id: int
    name: str
    sort_order: int
    retired: bool = False  # kept on old records, not offered for new ones


@dataclass
class CommunityAdded:
    """One name of :meth:`CommunityService.add_communities`: added now, or already
    there (possibly under its full name: 太平桥西里 is 太平桥西里社区)."""

    name: str  # as on file
    id: int
    added: bool
    retired: bool = False


# --- units -------------------------------------------------------------------------------

UNION_FOUNDED = "founded"  # filter value: own or joint union


@dataclass
class UnitInput:
    name: str
    uscc: str = ""  # "" = the unit has none
    community_id: int | None = None
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    employee_count: int | None = None
    union_status: str = "none"  # none / own / joint
    union_founded_on: dt.date | None = None
    union_name: str = ""
    union_chair: str = ""


@dataclass
class UnitRecord:
    id: int
    name: str
    uscc: str
    community_id: int | None
    community_name: str
    address: str
    contact_name: str
    contact_phone: str
    employee_count: int | None
    union_status: str
    union_founded_on: dt.date | None
    union_name: str
    union_chair: str
    created_at: dt.datetime
    updated_at: dt.datetime

    def as_input(self) -> UnitInput:
        return carried(self, UnitInput)


@dataclass(slots=True)
class UnitRow:
    """One line of the unit list (column keys: ``UNIT_SORT_KEYS``)."""

    id: int
    name: str
    uscc: str | None
    community_name: str | None
    union_status: str
    union_founded_on: dt.date | None
    union_chair: str
    employee_count: int | None
    contact_name: str
    contact_phone: str
    member_count: int  # active members
    staff_name: str = ""  # the staff member responsible (包干人员)
    last_contact_on: dt.date | None = None  # the day of the newest contact note


NOBODY = 0  # staff filter value: units nobody is responsible for yet


@dataclass
class UnitFilter:
    query: str = ""  # name, full pinyin, pinyin initials, credit code
    community_id: int | None = None
    union_status: str | None = None  # none / own / joint / UNION_FOUNDED
    staff_operator_id: int | None = None  # an operator's id, or NOBODY


@dataclass
class ContactInput:
    """A note of a contact with a unit: the day, what happened (``CONTACT_KINDS``)."""

    contacted_on: dt.date
    kind: str
    note: str = ""


@dataclass
class ContactRow:
    id: int
    contacted_on: dt.date
    kind: str
    note: str
    operator: str


@dataclass
class LedgerRow:
    """One line of the unit ledger (台账)."""

    name: str
    uscc: str
    community: str
    union_status: str
    union_founded_on: dt.date | None
    union_chair: str
    employee_count: int | None
    member_count: int  # active members registered here
    staff: str  # the staff member responsible ("" nobody)
    contacted_on: dt.date | None  # the last contact
    contact_kind: str
    contact_note: str


@dataclass
class UnionCounts:
    """ "已建会 N 家 / 单位 M 家"."""

    founded: int
    total: int


# --- members -----------------------------------------------------------------------------

CATEGORY_HARDSHIP = "hardship"
CATEGORY_OUTDOOR = "outdoor"
CATEGORY_MIGRANT = "migrant_worker"
CATEGORY_MODEL = "model_worker"
CATEGORY_WOMEN = "women"
# Filter values: any hardship / one level, any outdoor worker / one kind, the flags.
MEMBER_CATEGORIES: tuple[str, ...] = (
    CATEGORY_HARDSHIP,
    *(f"{CATEGORY_HARDSHIP}_{level}" for level in HARDSHIP_LEVELS),
    CATEGORY_OUTDOOR,
    *(f"{CATEGORY_OUTDOOR}_{kind}" for kind in OUTDOOR_KINDS),
    CATEGORY_MIGRANT,
    CATEGORY_MODEL,
    CATEGORY_WOMEN,
)


@dataclass
class MemberInput:
    """The intake form. On edit, ``id_number``/``mobile``/``joined_on`` None keep what is
    stored (a desk operator's form only ever sees the ID number and mobile masked)."""

    name: str
    id_number: str | None
    id_type: str = "resident_id"
    gender: str | None = None  # "M" / "F"; derived from a resident ID
    birth_date: dt.date | None = None  # derived from a resident ID
    mobile: str | None = ""
    landline: str = ""
    unit_id: int | None = None
    community_id: int | None = None  # default: the unit's community
    joined_on: dt.date | None = None  # intake default: today
    hardship_level: str | None = None
    outdoor_kind: str | None = None
    migrant_worker: bool = False
    model_worker: bool = False
    notes: str = ""


@dataclass
class RegisterResult:
    member_id: int
    member_no: str
    id_number: str  # as stored (a 15-digit number comes back converted)
    notices: tuple[Notice, ...] = ()


@dataclass
class SaveResult:
    changed: bool
    notices: tuple[Notice, ...] = ()


@dataclass
class MemberRecord:
    id: int
    member_no: str
    name: str
    id_type: str
    id_number: str
    gender: str
    birth_date: dt.date | None
    mobile: str
    landline: str
    unit_id: int | None
    unit_name: str
    community_id: int | None
    community_name: str
    joined_on: dt.date
    status: str
    status_changed_on: dt.date | None
    status_note: str
    hardship_level: str | None
    outdoor_kind: str | None
    migrant_worker: bool
    model_worker: bool
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime
    masked: bool  # id_number and mobile are masked

    def as_input(self) -> MemberInput:
        """For the edit form; masked values come back as None ("keep")."""
        if not self.masked:
            return carried(self, MemberInput)
        return carried(self, MemberInput, id_number=None, mobile=None)


@dataclass(slots=True)
class MemberRow:
    """One line of the member list (column keys: ``MEMBER_SORT_KEYS``)."""

    id: int
    member_no: str
    name: str
    gender: str
    id_type: str
    id_number: str
    mobile: str
    unit_name: str | None
    community_name: str | None
    status: str
    joined_on: dt.date
    hardship_level: str | None
    outdoor_kind: str | None
    migrant_worker: bool
    model_worker: bool

    def masked(self) -> MemberRow:
        """ID number and mobile as tables show them (``110106********123X``)."""
        return replace(
            self,
            id_number=mask_id(self.id_number),
            mobile=mask_mobile(self.mobile) if self.mobile else "",
        )


@dataclass
class MemberFilter:
    query: str = ""  # name, pinyin, initials, mobile, ID (tail or full), member number
    community_id: int | None = None
    unit_id: int | None = None
    status: str | None = None  # active / transferred / withdrawn
    category: str | None = None  # one of MEMBER_CATEGORIES
    joined_from: dt.date | None = None  # joined on or after (days inclusive)
    joined_to: dt.date | None = None  # joined on or before


@dataclass
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass
class HistoryRow:
    """One line of a member's history, from the audit log."""

    at: dt.datetime
    operator: str  # display name (user name if the account is gone)
    action: str  # create / update / transfer_out / withdraw / reinstate
    changes: tuple[FieldChange, ...]
    note: str
