"""Who a campaign is for: its rule as SQL, and why a given member falls outside it.

The same conditions drive the preview count, the frozen list (one ``INSERT ...
SELECT``) and the desk's "not eligible because ..." answer, so the three never
disagree. Member categories reuse the member list's filter conditions
(:func:`station_app.members.queries.member_conditions`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, FromClause, and_, case, func, or_, select
from sqlalchemy.orm import Session

from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.models import Community, Member, Unit
from station_app.members.queries import member_conditions
from station_app.members.types import MEMBER_CATEGORIES, MemberFilter, Notice
from station_app.welfare.models import Allocation, Campaign
from station_app.welfare.types import EligibilityRule

member_t = Member.__table__

STATUS, CATEGORY, COMMUNITY, UNIT, JOINED = "status", "category", "community", "unit", "joined"


def clean_rule(s: Session, rule: EligibilityRule) -> EligibilityRule:
    """Known categories, communities and units on file; duplicates dropped."""
    for category in rule.categories:
        if category not in MEMBER_CATEGORIES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown choice: {value}."),
                field="categories",
                value=category,
            )
    communities = tuple(dict.fromkeys(rule.community_ids))
    units = tuple(dict.fromkeys(rule.unit_ids))
    if communities:
        found = s.scalar(
            select(func.count()).select_from(Community).where(Community.id.in_(communities))
        )
        if found != len(communities):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The chosen community is no longer on file."),
                field="community_ids",
            )
    if units:
        found = s.scalar(select(func.count()).select_from(Unit).where(Unit.id.in_(units)))
        if found != len(units):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The chosen unit is no longer on file."),
                field="unit_ids",
            )
    return EligibilityRule(
        categories=tuple(dict.fromkeys(rule.categories)),
        community_ids=communities,
        unit_ids=units,
        joined_before=rule.joined_before,
    )


def rule_dimensions(
    rule: EligibilityRule, table: FromClause = member_t
) -> list[tuple[str, ColumnElement[bool]]]:
    """(name, condition) of each part of the rule; a member must pass all of them."""
    c = table.c
    parts: list[tuple[str, ColumnElement[bool]]] = [(STATUS, c.status == "active")]
    if rule.categories:
        any_of = [
            and_(*member_conditions(MemberFilter(category=category), table))
            for category in rule.categories
        ]
        parts.append((CATEGORY, or_(*any_of)))
    if rule.community_ids:
        parts.append((COMMUNITY, c.community_id.in_(rule.community_ids)))
    if rule.unit_ids:
        parts.append((UNIT, c.unit_id.in_(rule.unit_ids)))
    if rule.joined_before is not None:
        parts.append((JOINED, c.joined_on < rule.joined_before))
    return parts


def rule_conditions(
    rule: EligibilityRule, table: FromClause = member_t
) -> list[ColumnElement[bool]]:
    return [condition for _name, condition in rule_dimensions(rule, table)]


def eligible_ids_select(rule: EligibilityRule):  # type: ignore[no-untyped-def]
    return select(member_t.c.id).where(*rule_conditions(rule))


def eligible_count(s: Session, rule: EligibilityRule) -> int:
    stmt = select(func.count()).select_from(member_t).where(*rule_conditions(rule))
    return int(s.scalar(stmt) or 0)


def why_not(
    s: Session, rule: EligibilityRule, member_ids: Sequence[int]
) -> dict[int, tuple[Notice, ...]]:
    """For each member, the parts of the rule they fail (empty: eligible)."""
    if not member_ids:
        return {}
    parts = rule_dimensions(rule)
    checks = [case((condition, 1), else_=0).label(f"ok_{name}") for name, condition in parts]
    stmt = select(
        member_t.c.id,
        member_t.c.status,
        member_t.c.status_changed_on,
        member_t.c.joined_on,
        *checks,
    ).where(member_t.c.id.in_(list(member_ids)))
    out: dict[int, tuple[Notice, ...]] = {}
    for row in s.execute(stmt):
        mapping = row._mapping
        failed = [name for name, _ in parts if not mapping[f"ok_{name}"]]
        out[row.id] = tuple(_reason(name, rule, row) for name in failed)
    return out


def _reason(name: str, rule: EligibilityRule, row) -> Notice:  # type: ignore[no-untyped-def]
    changed = row.status_changed_on.isoformat() if row.status_changed_on else ""
    if name == STATUS and row.status == "transferred":
        return Notice(
            "not_active",
            QT_TRANSLATE_NOOP("Notices", "Not an active member: transferred out on {date}."),
            params={"date": changed},
        )
    if name == STATUS:
        return Notice(
            "not_active",
            QT_TRANSLATE_NOOP("Notices", "Not an active member: withdrew on {date}."),
            params={"date": changed},
        )
    if name == CATEGORY:
        return Notice(
            "category", QT_TRANSLATE_NOOP("Notices", "Not in the groups this campaign is for.")
        )
    if name == COMMUNITY:
        return Notice(
            "community",
            QT_TRANSLATE_NOOP("Notices", "Not in the communities this campaign covers."),
        )
    if name == UNIT:
        return Notice(
            "unit", QT_TRANSLATE_NOOP("Notices", "Not in the units this campaign covers.")
        )
    assert rule.joined_before is not None
    return Notice(
        "joined",
        QT_TRANSLATE_NOOP(
            "Notices", "Joined on {joined}; this campaign is for members who joined before {date}."
        ),
        params={"joined": row.joined_on.isoformat(), "date": rule.joined_before.isoformat()},
    )


# --- the optional same-kind rule ------------------------------------------------------------


def _year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)


def same_kind_served(
    s: Session, campaign: Campaign, member_ids: Iterable[int]
) -> dict[int, tuple[Notice, ...]]:
    """Members already served this year (the campaign's year) by another campaign of
    the same kind: a warning, never a refusal."""
    ids = list(member_ids)
    if not ids:
        return {}
    start, end = _year_bounds(campaign.starts_on.year)
    stmt = (
        select(Allocation.member_id, Campaign.name, Allocation.handed_out_at)
        .join(Campaign, Campaign.id == Allocation.campaign_id)
        .where(
            Allocation.member_id.in_(ids),
            Campaign.kind == campaign.kind,
            Campaign.id != campaign.id,
            Allocation.handed_out_at >= start,
            Allocation.handed_out_at < end,
        )
        .order_by(Allocation.handed_out_at)
    )
    out: dict[int, list[Notice]] = {}
    for member_id, name, at in s.execute(stmt):
        out.setdefault(member_id, []).append(
            Notice(
                "same_kind",
                QT_TRANSLATE_NOOP(
                    "Notices", "Already received from {campaign} on {date} this year."
                ),
                params={"campaign": name, "date": at.date().isoformat()},
            )
        )
    return {member_id: tuple(notices) for member_id, notices in out.items()}


def same_kind_count(s: Session, campaign: Campaign, rule: EligibilityRule) -> int:
    """How many eligible members were already served by a same-kind campaign this year."""
    start, end = _year_bounds(campaign.starts_on.year)
    served = (
        select(Allocation.member_id)
        .join(Campaign, Campaign.id == Allocation.campaign_id)
        .where(
            Campaign.kind == campaign.kind,
            Campaign.id != campaign.id,
            Allocation.handed_out_at >= start,
            Allocation.handed_out_at < end,
        )
    )
    stmt = (
        select(func.count())
        .select_from(member_t)
        .where(*rule_conditions(rule), member_t.c.id.in_(served))
    )
    return int(s.scalar(stmt) or 0)
