"""Reading and writing one member row inside a use case's transaction: the checks
against what is on file (unit, community, duplicates), numbering, the audit snapshot.

Shared by intake and edit (:mod:`station_app.members.service.members`) and by imports, which
run many rows in one transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select

from station_app.core import clock, records
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.models import Station
from station_app.core.search import search_text
from station_app.core.serials import format_serial, next_value
from station_app.core.station import StationProfile
from station_app.members.errors import DuplicateMember
from station_app.members.models import Community, Member, Unit, name_sort_key
from station_app.members.service.communities import check_choice
from station_app.members.service.validation import CleanMember
from station_app.members.types import Notice

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MEMBER_SERIES = "member"
DEFAULT_PREFIX = StationProfile.member_no_prefix  # "HY" until the station sets its own
# Named alike on CleanMember and Member; unit and community are placed apart.
_PERSON_FIELDS = "name id_type id_number gender birth_date mobile landline"
_MEMBERSHIP_FIELDS = "joined_on hardship_level outdoor_kind migrant_worker model_worker notes"


def member_search_text(member_no: str, name: str, mobile: str, id_number: str) -> str:
    return search_text(name=name, member_no=member_no, mobile=mobile, id_number=id_number)


def missing_member() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "This member is no longer on file; it may have been removed.")
    )


# --- checks inside the transaction -------------------------------------------------------


def place(
    s: Session, clean: CleanMember, keep_community: int | None = None
) -> tuple[int | None, int | None]:
    """(unit_id, community_id): both must exist; the community defaults to the unit's
    (even a retired one: it is the unit's, not a new choice). A retired community may
    not be chosen, unless the member already had it (``keep_community``)."""
    community_id = clean.community_id
    check_choice(s, community_id, keep_community)
    if clean.unit_id is not None:
        unit_community = s.execute(
            select(Unit.community_id).where(Unit.id == clean.unit_id)
        ).first()
        if unit_community is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The chosen unit is no longer on file."),
                field="unit_id",
            )
        if community_id is None:
            community_id = unit_community[0]
    return clean.unit_id, community_id


def _id_holder(s: Session, id_type: str, id_number: str, exclude_id: int | None) -> Row | None:
    stmt = select(Member.id, Member.name, Member.member_no, Member.status).where(
        Member.id_type == id_type, Member.id_number == id_number
    )
    if exclude_id is not None:
        stmt = stmt.where(Member.id != exclude_id)
    return s.execute(stmt).first()


def _duplicate(holder: Row) -> DuplicateMember:
    params: dict[str, Any] = {"name": holder.name, "member_no": holder.member_no}
    if holder.status == "active":
        text = QT_TRANSLATE_NOOP(
            "Errors", "This ID number is already registered to {name} (member no. {member_no})."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "This ID number belongs to {name} (member no. {member_no}), who is no longer an "
            "active member; open the record to reinstate them.",
        )
    return DuplicateMember(text, existing_member_id=holder.id, **params)


def refuse_duplicate_id(s: Session, clean: CleanMember, exclude_id: int | None) -> None:
    holder = _id_holder(s, clean.id_type, clean.id_number, exclude_id)
    if holder is not None:
        raise _duplicate(holder)


def same_name_and_mobile(s: Session, clean: CleanMember, exclude_id: int | None) -> list[Notice]:
    if not clean.mobile:
        return []
    stmt = select(Member.id, Member.member_no).where(
        Member.name == clean.name, Member.mobile == clean.mobile
    )
    if exclude_id is not None:
        stmt = stmt.where(Member.id != exclude_id)
    return [
        Notice(
            "same_name_and_mobile",
            QT_TRANSLATE_NOOP(
                "Notices",
                "{name} with the same mobile number is already on file as member no. "
                "{member_no}; please check this is not the same person.",
            ),
            field="mobile",
            params={"name": clean.name, "member_no": row.member_no, "member_id": row.id},
        )
        for row in s.execute(stmt.order_by(Member.id))
    ]


def next_member_no(s: Session, year: int) -> str:
    """Prefix + join year + 5-digit sequence; numbers already taken (imports) are skipped."""
    prefix = s.scalar(select(Station.member_no_prefix).where(Station.id == 1)) or DEFAULT_PREFIX
    while True:
        member_no = format_serial(prefix, year, next_value(s, MEMBER_SERIES, year))
        if s.scalar(select(Member.id).where(Member.member_no == member_no)) is None:
            return member_no


def snapshot(
    s: Session,
    member_no: str,
    fields: Member | CleanMember,
    unit_id: int | None,
    community_id: int | None,
) -> dict[str, Any]:
    """What the audit log keeps of a member (unit and community by name), from the stored
    row or from the cleaned form before it is applied."""
    unit_name = s.scalar(select(Unit.name).where(Unit.id == unit_id)) if unit_id else None
    community_name = (
        s.scalar(select(Community.name).where(Community.id == community_id))
        if community_id
        else None
    )
    return {
        "member_no": member_no,
        **records.values(fields, _PERSON_FIELDS),
        "unit": unit_name or "",
        "community": community_name or "",
        **records.values(fields, _MEMBERSHIP_FIELDS),
    }


def stored_snapshot(s: Session, member: Member) -> dict[str, Any]:
    return snapshot(s, member.member_no, member, member.unit_id, member.community_id)


def apply_clean(
    member: Member, clean: CleanMember, unit_id: int | None, community_id: int | None
) -> None:
    records.assign(member, clean, f"{_PERSON_FIELDS} {_MEMBERSHIP_FIELDS}")
    member.name_pinyin = name_sort_key(clean.name)
    member.unit_id = unit_id
    member.community_id = community_id
    member.search_text = member_search_text(
        member.member_no, clean.name, clean.mobile, clean.id_number
    )
    member.updated_at = clock.now()


def save_row(s: Session, member: Member, clean: CleanMember, exclude_id: int | None) -> None:
    """Writes the row in a savepoint: if another desk saved the same ID number a moment
    ago, the database refuses and the desk still learns whose it is."""

    def refusal() -> Exception:
        refuse_duplicate_id(s, clean, exclude_id)  # names whose number it is
        return conflict_meanwhile()

    with records.refusing_duplicates(s, refusal):
        s.add(member)
        s.flush()


def conflict_meanwhile() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another desk saved a conflicting record at the same moment. Nothing was changed; "
            "please try again.",
        )
    )
