"""Finding the person at the desk, and their state in the campaign.

An identifier matches whole or not at all: a full ID number, or a member number (typed,
or scanned from the QR code on the intake receipt). Anything else is a part of the
stored search column (name, pinyin, mobile tail, numbers) and may match many people.
:func:`count_matches` gives the true number of matches, so the desk can tell one person
from several; :func:`find_candidates` reads them a batch at a time, each with their
state: on the list, already served (when, by whom), taken off, or not eligible (why).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_id, mask_mobile, parse_resident_id, to_halfwidth
from station_app.core.search import normalize_query
from station_app.core.selects import columns
from station_app.core.text import clean_search
from station_app.members.queries import community_t, member_t, search_condition, unit_t, with_places
from station_app.members.types import Notice
from station_app.welfare.models import Campaign
from station_app.welfare.queries import allocation_t
from station_app.welfare.service import eligibility
from station_app.welfare.types import (
    NOT_ELIGIBLE,
    NOT_ON_LIST,
    ON_LIST,
    REMOVED,
    SERVED,
    EligibilityRule,
    HandoutCandidate,
    HandoutMatch,
)

# ID types whose numbers have the resident-ID form (typed or pasted whole at the desk).
RESIDENT_FORM_TYPES = ("resident_id", "hmt_permit", "foreign_pr")
FIND_LIMIT = 20


@dataclass(frozen=True)
class _Filter:
    where: tuple[ColumnElement[bool], ...]
    exact: bool  # by an identifier, never by a part of one


def _exact_id_number(query: str) -> str | None:
    """The normalised number when the query is a whole, valid ID number."""
    compact = normalize_query(query)
    if len(compact) not in (15, 18):
        return None
    if not (compact[:-1].isdigit() and (compact[-1].isdigit() or compact[-1] == "x")):
        return None
    try:
        return parse_resident_id(compact).number
    except ValidationError:
        return None


def _member_no_forms(query: str) -> list[str]:
    """How a typed or scanned member number may be stored (case as typed, or upper)."""
    typed = "".join(to_halfwidth(query).split())
    return list(dict.fromkeys((typed, typed.upper())))


def _filter(s: Session, query: str) -> _Filter | None:
    number = _exact_id_number(query)
    if number is not None:
        return _Filter(
            (member_t.c.id_type.in_(RESIDENT_FORM_TYPES), member_t.c.id_number == number), True
        )
    # A member number names one person even where it is also a part of other numbers.
    by_member_no = member_t.c.member_no.in_(_member_no_forms(query))
    if s.scalar(select(member_t.c.id).where(by_member_no).limit(1)) is not None:
        return _Filter((by_member_no,), True)
    condition = search_condition(member_t.c.search_text, query)
    return None if condition is None else _Filter((condition,), False)


def count_matches(s: Session, query: str) -> HandoutMatch:
    """How many members the query finds (all of them, not one batch)."""
    query = clean_search(query)
    if not normalize_query(query):
        return HandoutMatch(0, False)
    found = _filter(s, query)
    if found is None:
        return HandoutMatch(0, False)
    total = s.scalar(select(func.count()).select_from(member_t).where(*found.where)) or 0
    return HandoutMatch(int(total), found.exact)


def find_candidates(
    s: Session, campaign: Campaign, query: str, offset: int = 0, limit: int = FIND_LIMIT
) -> list[HandoutCandidate]:
    """Rows ``offset`` to ``offset + limit`` of the matches, those still to be served
    first (then the served, the rest, the taken off; by name within each)."""
    query = clean_search(query)
    if not normalize_query(query):
        return []
    found = _filter(s, query)
    if found is None:
        return []
    a = allocation_t
    order = case(
        (a.c.id.is_(None), 2),
        (a.c.removed.is_(True), 3),
        (a.c.handed_out_at.is_not(None), 1),
        else_=0,
    )
    stmt = (
        select(
            *columns(member_t, "id member_no name id_number mobile status"),
            unit_t.c.name.label("unit_name"),
            community_t.c.name.label("community_name"),
            a.c.id.label("allocation_id"),
            *columns(
                a,
                "removed removed_reason removed_at removed_by_name handed_out_at "
                "handed_out_by_name receipt_no proxy_name",
            ),
        )
        .select_from(
            with_places(member_t).outerjoin(
                a, and_(a.c.member_id == member_t.c.id, a.c.campaign_id == campaign.id)
            )
        )
        .where(*found.where)
        .order_by(order, member_t.c.name_pinyin, member_t.c.id)  # id: stable batches
        .offset(offset)
        .limit(limit)
    )
    rows = s.execute(stmt).all()
    return _candidates(s, campaign, rows, exact=found.exact)


def _candidates(
    s: Session, campaign: Campaign, rows: list[Any], exact: bool
) -> list[HandoutCandidate]:
    rule = EligibilityRule.from_json(campaign.rule)
    unlisted = [r.id for r in rows if r.allocation_id is None]
    left = [r.id for r in rows if r.allocation_id is not None and r.status != "active"]
    why = eligibility.why_not(s, rule, unlisted + left)
    warn: dict[int, tuple[Notice, ...]] = {}
    if campaign.warn_same_kind:
        waiting = [r.id for r in rows if r.handed_out_at is None and not r.removed]
        warn = eligibility.same_kind_served(s, campaign, waiting)
    is_open = campaign.status == "open"
    status_notice = _campaign_notice(campaign)
    out = []
    for r in rows:
        reasons: tuple[Notice, ...] = ()
        if r.allocation_id is None:
            reasons = why.get(r.id, ())
            state = NOT_ELIGIBLE if reasons else NOT_ON_LIST
            if not reasons:
                reasons = (_not_on_list_notice(campaign),)
        elif r.removed:
            state = REMOVED
            reasons = (
                Notice(
                    "removed",
                    QT_TRANSLATE_NOOP(
                        "Notices", "Taken off the list on {date} by {operator}: {reason}"
                    ),
                    params={
                        "date": r.removed_at.date().isoformat() if r.removed_at else "",
                        "operator": r.removed_by_name,
                        "reason": r.removed_reason,
                    },
                ),
            )
        elif r.handed_out_at is not None:
            state = SERVED
        else:
            state = ON_LIST
        warnings = warn.get(r.id, ())
        if state in (ON_LIST, SERVED) and r.status != "active":
            # On the frozen list, but has since left: the desk should know.
            warnings = (*(n for n in why.get(r.id, ()) if n.code == "not_active"), *warnings)
        if status_notice is not None:
            warnings = (status_notice, *warnings)
        out.append(
            HandoutCandidate(
                member_id=r.id,
                member_no=r.member_no,
                name=r.name,
                id_number=mask_id(r.id_number),
                mobile=mask_mobile(r.mobile) if r.mobile else "",
                unit_name=r.unit_name or "",
                community_name=r.community_name or "",
                state=state,
                allocation_id=r.allocation_id,
                handed_out_at=r.handed_out_at,
                handed_out_by=r.handed_out_by_name or "",
                receipt_no=r.receipt_no,
                proxy_name=r.proxy_name or "",
                reasons=reasons,
                warnings=warnings,
                exact=exact,
                campaign_open=is_open,
            )
        )
    return out


def _campaign_notice(campaign: Campaign) -> Notice | None:
    if campaign.status == "draft":
        return Notice(
            "campaign_draft",
            QT_TRANSLATE_NOOP("Notices", "The campaign has not been opened yet."),
        )
    if campaign.status == "closed":
        return Notice("campaign_closed", QT_TRANSLATE_NOOP("Notices", "The campaign is closed."))
    return None


def _not_on_list_notice(campaign: Campaign) -> Notice:
    if campaign.status == "draft":
        return Notice(
            "not_frozen",
            QT_TRANSLATE_NOOP(
                "Notices", "Meets the rule; the list is frozen when the campaign opens."
            ),
        )
    return Notice(
        "not_on_list",
        QT_TRANSLATE_NOOP(
            "Notices",
            "Meets the rule but was not on the list frozen on {date}; add them with a reason "
            "if they should receive the package.",
        ),
        params={"date": campaign.opened_at.date().isoformat() if campaign.opened_at else ""},
    )
