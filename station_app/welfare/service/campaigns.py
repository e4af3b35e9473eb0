"""Campaigns (慰问活动): draft, package, rule, preview, open (freeze the list), later
additions and removals with a reason, close. One transaction per use case."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, DateTime, String, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from station_app.core import audit, clock, records
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.models import Member
from station_app.members.service.store import missing_member
from station_app.members.types import Notice
from station_app.welfare import queries
from station_app.welfare.models import (
    Allocation,
    Campaign,
    CampaignItem,
)
from station_app.welfare.queries import allocation_t
from station_app.welfare.service import campaign_rules, eligibility
from station_app.welfare.service.common import (
    actor_name,
    load_campaign,
    missing_allocation,
    per_item,
    reason_line,
    require_status,
    still_due,
)
from station_app.welfare.types import (
    CampaignInput,
    CampaignPreview,
    CampaignRecord,
    CampaignRow,
    EligibilityRule,
    PackageItem,
    PreviewLine,
)


class ShortfallError(ConflictError):
    """Opening refused: not enough stock or budget for everyone eligible. An
    administrator may open anyway (a partial plan: hand out while stock lasts)."""

    def __init__(self, text: str, preview: CampaignPreview, **params: Any) -> None:
        super().__init__(text, **params)
        self.preview = preview


def _already_listed(name: str) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "{name} is already on this campaign's list."), name=name
    )


def compute_preview(
    s: Session, campaign: Campaign, recipients: int, package: Sequence[PackageItem]
) -> CampaignPreview:
    """Figures for ``recipients`` people receiving ``package`` (stock as of now)."""
    on_hand = queries.on_hand(s, (p.item_id for p in package))
    lines = tuple(
        PreviewLine(
            **per_item(p),
            needed=recipients * p.quantity,
            on_hand=on_hand.get(p.item_id, 0),
            unit_value=p.unit_value,
            cost=p.unit_value * recipients * p.quantity,
        )
        for p in package
    )
    rule = EligibilityRule.from_json(campaign.rule)
    same_kind = eligibility.same_kind_count(s, campaign, rule) if campaign.warn_same_kind else 0
    return CampaignPreview(
        eligible=recipients,
        lines=lines,
        items_cost=sum((line.cost for line in lines), Decimal("0.00")),
        cash_total=campaign.cash_amount * recipients,
        budget=campaign.budget,
        already_served_same_kind=same_kind,
    )


class CampaignService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- drafts ----------------------------------------------------------------------

    def create(self, actor: Actor, inp: CampaignInput) -> int:
        with self.db.transaction() as s:
            clean = campaign_rules.clean_input(s, inp)
            records.name_free(s, Campaign, clean.name, campaign_rules.name_taken)
            now = clock.now()
            campaign = Campaign(status="draft", created_at=now, opened_by_name="")
            with records.refusing_duplicates(s, lambda: campaign_rules.name_taken(clean.name)):
                s.add(campaign)
                campaign_rules.apply(s, campaign, clean)
            audit.record(
                s, actor, "create", "campaign", campaign.id, after=campaign_rules.snapshot(s, clean)
            )
            return campaign.id

    def update(self, actor: Actor, campaign_id: int, inp: CampaignInput) -> bool:
        """Edits a draft (name, dates, package, rule, money); False when nothing changed."""
        with self.db.transaction() as s:
            campaign = load_campaign(s, campaign_id, for_update=True)
            require_status(campaign, "draft")
            clean = campaign_rules.clean_input(s, inp)
            records.name_free(s, Campaign, clean.name, campaign_rules.name_taken, campaign_id)
            before, after = campaign_rules.snapshot(s, campaign), campaign_rules.snapshot(s, clean)
            if before == after:
                return False
            campaign_rules.apply(s, campaign, clean)
            audit.record(s, actor, "update", "campaign", campaign_id, before=before, after=after)
            return True

    def delete_draft(self, actor: Actor, campaign_id: int) -> None:
        with self.db.transaction() as s:
            campaign = load_campaign(s, campaign_id, for_update=True)
            require_status(campaign, "draft")
            before = campaign_rules.snapshot(s, campaign)
            s.execute(delete(CampaignItem).where(CampaignItem.campaign_id == campaign_id))
            s.delete(campaign)
            audit.record(s, actor, "delete", "campaign", campaign_id, before=before)

    # --- reading ---------------------------------------------------------------------

    def get(self, campaign_id: int) -> CampaignRecord:
        with self.db.read() as s:
            c = load_campaign(s, campaign_id)
            return records.record_of(
                CampaignRecord,
                c,
                rule=EligibilityRule.from_json(c.rule),
                package=queries.package_of(s, c.id),
            )

    def list_campaigns(self, status: str | None = None) -> list[CampaignRow]:
        """Newest first, with how many are on each list and how many were served."""
        stmt = queries.campaign_rows_select()
        if status is not None:
            stmt = stmt.where(Campaign.status == status)
        with self.db.read() as s:
            return [CampaignRow(*row) for row in s.execute(stmt)]

    def preview(self, campaign_id: int) -> CampaignPreview:
        """Before opening: who the rule takes today, stock needed vs on hand, cost vs
        budget. For an open or closed campaign: the same figures for its frozen list."""
        with self.db.read() as s:
            campaign = load_campaign(s, campaign_id)
            package = queries.package_of(s, campaign_id)
            if campaign.status == "draft":
                rule = EligibilityRule.from_json(campaign.rule)
                recipients = eligibility.eligible_count(s, rule)
            else:
                recipients = int(
                    s.scalar(
                        select(func.count())
                        .select_from(allocation_t)
                        .where(
                            allocation_t.c.campaign_id == campaign_id,
                            allocation_t.c.removed.is_(False),
                        )
                    )
                    or 0
                )
            return compute_preview(s, campaign, recipients, package)

    # --- opening and closing ---------------------------------------------------------

    def open(self, actor: Actor, campaign_id: int, *, accept_shortfall: bool = False) -> int:
        """发放: freezes the list (one ``INSERT ... SELECT`` of everyone the rule takes)
        and returns its length. Refused on a shortfall of stock or budget unless an
        administrator accepts it (``accept_shortfall``): a partial plan."""
        with self.db.transaction() as s:
            campaign = load_campaign(s, campaign_id, for_update=True)
            require_status(campaign, "draft")
            package = queries.package_of(s, campaign_id)
            if not package and not campaign.cash_amount:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The package is empty: add at least one item or a cash amount."
                    ),
                    field="package",
                )
            rule = EligibilityRule.from_json(campaign.rule)
            preview = compute_preview(s, campaign, eligibility.eligible_count(s, rule), package)
            if preview.eligible == 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "No member meets this campaign's rule: the list would be empty."
                    )
                )
            if preview.has_shortfall:
                if not accept_shortfall:
                    raise ShortfallError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "There is not enough stock or budget for all {count} recipients. "
                            "Receive more stock or change the plan; an administrator may "
                            "open it anyway as a partial plan.",
                        ),
                        preview,
                        count=preview.eligible,
                    )
                require_admin(actor)
            now = clock.now()
            who = actor_name(actor)
            member_t = Member.__table__
            columns = [
                "campaign_id", "member_id", "added_at", "added_by_name", "added_reason",
                "removed", "removed_reason", "removed_by_name", "handed_out_by_name",
                "proxy_name", "proxy_mobile", "proxy_relationship", "undone_by_name",
            ]  # fmt: skip
            frozen = select(
                literal(campaign_id),
                member_t.c.id,
                literal(now, DateTime),
                literal(who, String),
                *(literal(v, t) for v, t in (("", String), (False, Boolean))),
                *(literal("", String) for _ in range(7)),
            ).where(*eligibility.rule_conditions(rule))
            s.execute(insert(allocation_t).from_select(columns, frozen))
            # (rowcount of INSERT ... SELECT is -1 on psycopg: count what landed.)
            count = int(
                s.scalar(
                    select(func.count())
                    .select_from(allocation_t)
                    .where(allocation_t.c.campaign_id == campaign_id)
                )
                or 0
            )
            campaign.status = "open"
            campaign.opened_at = now
            campaign.opened_by_name = who
            campaign.updated_at = now
            shortfalls = {line.name: line.shortfall for line in preview.lines if line.short}
            audit.record(
                s,
                actor,
                "open",
                "campaign",
                campaign_id,
                before={"status": "draft"},
                after={
                    "status": "open",
                    "recipients": count,
                    "partial_plan": preview.has_shortfall,
                    "stock_shortfall": shortfalls,
                    "total_cost": preview.total_cost,
                    "budget": preview.budget,
                },
            )
            return count

    def close(self, actor: Actor, campaign_id: int) -> None:
        """已结束: no more hand-outs or changes to the list."""
        with self.db.transaction() as s:
            campaign = load_campaign(s, campaign_id, for_update=True)
            require_status(campaign, "open")
            a = allocation_t
            planned, served = s.execute(
                select(func.count(), func.count(a.c.handed_out_at)).where(
                    a.c.campaign_id == campaign_id, a.c.removed.is_(False)
                )
            ).one()
            now = clock.now()
            campaign.status = "closed"
            campaign.closed_at = now
            campaign.updated_at = now
            audit.record(
                s,
                actor,
                "close",
                "campaign",
                campaign_id,
                before={"status": "open"},
                after={"status": "closed", "planned": planned, "served": served},
            )

    # --- the list after opening -----------------------------------------------------

    def add_recipient(
        self, actor: Actor, campaign_id: int, member_id: int, reason: str
    ) -> tuple[int, tuple[Notice, ...]]:
        """Puts a member on an open campaign's list, with the reason (audited). Returns
        the allocation and, for a member outside the rule, why they are outside it."""
        reason = reason_line(
            reason,
            QT_TRANSLATE_NOOP("Errors", "Please enter why this member is added to the list."),
        )
        with self.db.transaction() as s:
            campaign = load_campaign(s, campaign_id)
            require_status(campaign, "open")
            member = records.get(s, Member, member_id, missing_member)
            rule = EligibilityRule.from_json(campaign.rule)
            outside = eligibility.why_not(s, rule, [member_id]).get(member_id, ())
            now, who = clock.now(), actor_name(actor)
            existing = s.scalar(
                select(Allocation).where(
                    Allocation.campaign_id == campaign_id, Allocation.member_id == member_id
                )
            )
            if existing is not None and not existing.removed:
                raise _already_listed(member.name)
            if existing is not None:  # back on the list after a removal
                existing.removed = False
                existing.removed_reason = ""
                existing.removed_at = None
                existing.removed_by_name = ""
                existing.added_reason = reason
                existing.added_at = now
                existing.added_by_name = who
                allocation = existing
                s.flush()
            else:
                allocation = Allocation(
                    campaign_id=campaign_id,
                    member_id=member_id,
                    added_at=now,
                    added_by_name=who,
                    added_reason=reason,
                )
                with records.refusing_duplicates(s, lambda: _already_listed(member.name)):
                    s.add(allocation)
                    s.flush()
            audit.record(
                s,
                actor,
                "add_recipient",
                "allocation",
                allocation.id,
                after={
                    "campaign_id": campaign_id,
                    "member_id": member_id,
                    "member_no": member.member_no,
                    "outside_rule": [n.code for n in outside],
                },
                note=reason,
            )
            return allocation.id, outside

    def remove_recipient(self, actor: Actor, allocation_id: int, reason: str) -> None:
        """Takes someone off an open campaign's list, with the reason (audited). A
        recipient already served must have the hand-out undone first."""
        reason = reason_line(
            reason,
            QT_TRANSLATE_NOOP("Errors", "Please enter why this member is removed from the list."),
        )
        with self.db.transaction() as s:
            allocation = s.get(Allocation, allocation_id)
            if allocation is None or allocation.removed:
                raise missing_allocation()
            campaign = load_campaign(s, allocation.campaign_id)
            require_status(campaign, "open")
            now = clock.now()
            result = s.execute(
                allocation_t.update()
                .where(*still_due(allocation_id))
                .values(
                    removed=True,
                    removed_reason=reason,
                    removed_at=now,
                    removed_by_name=actor_name(actor),
                )
            )
            if result.rowcount != 1:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This recipient has already received the package; undo the hand-out "
                        "before removing them.",
                    )
                )
            audit.record(
                s,
                actor,
                "remove_recipient",
                "allocation",
                allocation_id,
                after={"campaign_id": allocation.campaign_id, "member_id": allocation.member_id},
                note=reason,
            )
