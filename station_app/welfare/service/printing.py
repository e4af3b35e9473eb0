"""Plain data for the welfare printouts and exports, read in one go per printout.

Totals of issued items come from the ledger itself (``stock_movement``), so a printed
total can only equal what the stock records say. ID numbers and mobiles are masked;
an administrator may export full values, which the audit log records.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import FromClause, func, select
from sqlalchemy.orm import Session

from station_app.core import audit
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.models import Station
from station_app.members.queries import community_t, member_t, unit_t, with_places
from station_app.welfare import queries
from station_app.welfare.models import Campaign, GiftItem
from station_app.welfare.queries import (
    allocation_counts,
    allocation_t,
    ledger_select,
    movement_t,
    package_of,
)
from station_app.welfare.service.common import load_campaign, per_item
from station_app.welfare.service.stock import StockService
from station_app.welfare.types import IssuedLine, LedgerRow, RecipientRow
from station_app.welfare.types.printouts import (
    GROUP_COMMUNITY,
    GROUP_UNIT,
    GROUPINGS,
    CampaignHeading,
    CampaignSummary,
    CommunityLine,
    HandoutSheet,
    ItemTotal,
    ReceiptData,
    SheetGroup,
    SheetRow,
    StockReport,
)


def _masked_mobile(value: str) -> str:
    return mask_mobile(value) if value else ""


def _recipients() -> FromClause:
    """A campaign's list with each person's member row, unit and community."""
    return with_places(allocation_t.join(member_t, member_t.c.id == allocation_t.c.member_id))


def _heading(s: Session, campaign: Campaign) -> CampaignHeading:
    return CampaignHeading(
        station_name=s.scalar(select(Station.name).where(Station.id == 1)) or "",
        name=campaign.name,
        kind=campaign.kind,
        status=campaign.status,
        starts_on=campaign.starts_on,
        ends_on=campaign.ends_on,
        package=package_of(s, campaign.id),
        cash_amount=campaign.cash_amount,
        budget=campaign.budget,
    )


def item_totals(s: Session, campaign: Campaign, planned: int) -> tuple[ItemTotal, ...]:
    """Per package item: planned, and issued with its value as the ledger has them."""
    m, a = movement_t, allocation_t
    # Grouped by the value each row was written with: the money is multiplied exactly
    # (Decimal) here, never summed as floats by SQLite.
    issued: dict[int, tuple[int, Decimal]] = {}
    for item_id, unit_value, qty in s.execute(
        select(m.c.item_id, m.c.unit_value, func.sum(m.c.quantity))
        .join(a, a.c.id == m.c.allocation_id)
        .where(a.c.campaign_id == campaign.id, m.c.kind == "issued")
        .group_by(m.c.item_id, m.c.unit_value)
    ):
        count, value = issued.get(item_id, (0, Decimal("0.00")))
        issued[item_id] = (count - int(qty), value - unit_value * int(qty))
    package = package_of(s, campaign.id)
    on_hand = queries.on_hand(s, (p.item_id for p in package))
    out = []
    for p in package:
        qty, value = issued.get(p.item_id, (0, Decimal("0.00")))
        out.append(
            ItemTotal(
                **per_item(p),
                planned=planned * p.quantity,
                issued=qty,
                issued_value=value,
                on_hand=on_hand.get(p.item_id, 0),
            )
        )
    return tuple(out)


class WelfarePrintData:
    def __init__(self, db: Database) -> None:
        self.db = db

    def handout_sheet(self, campaign_id: int, group_by: str | None = None) -> HandoutSheet:
        """发放签收表: everyone on the list (not removed), by name, optionally grouped."""
        if group_by is not None and group_by not in GROUPINGS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown choice: {value}."),
                field="group_by",
                value=group_by,
            )
        a = allocation_t
        with self.db.read() as s:
            campaign = load_campaign(s, campaign_id)
            if campaign.status == "draft":
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The campaign {name} has not been opened yet: its list is not frozen.",
                    ),
                    name=campaign.name,
                )
            if group_by == GROUP_COMMUNITY:
                key = [community_t.c.id]
                order = [
                    community_t.c.id.is_(None),
                    community_t.c.sort_order,
                    community_t.c.id,
                ]
                title = community_t.c.name
            elif group_by == GROUP_UNIT:
                key = [unit_t.c.id]
                order = [unit_t.c.id.is_(None), unit_t.c.name_pinyin, unit_t.c.id]
                title = unit_t.c.name
            else:
                key, order, title = [], [], None
            stmt = (
                select(
                    *(k.label("group_key") for k in key),
                    *([title.label("group_title")] if title is not None else []),
                    member_t.c.name,
                    unit_t.c.name.label("unit_name"),
                    member_t.c.id_number,
                    member_t.c.mobile,
                    a.c.handed_out_at,
                    a.c.proxy_name,
                    a.c.proxy_relationship,
                )
                .select_from(_recipients())
                .where(a.c.campaign_id == campaign_id, a.c.removed.is_(False))
                .order_by(*order, member_t.c.name_pinyin, member_t.c.name, member_t.c.id)
            )
            groups: list[SheetGroup] = []
            current: list[SheetRow] = []
            current_key: object = object()
            current_title: str | None = None
            for row in s.execute(stmt):
                row_key = row.group_key if key else None
                if row_key != current_key and current:
                    groups.append(SheetGroup(current_title, tuple(current)))
                    current = []
                current_key = row_key
                current_title = row.group_title if key else None
                current.append(
                    SheetRow(
                        name=row.name,
                        unit_name=row.unit_name or "",
                        id_number=mask_id(row.id_number),
                        mobile=_masked_mobile(row.mobile),
                        handed_out_on=row.handed_out_at.date() if row.handed_out_at else None,
                        proxy_name=row.proxy_name or "",
                        proxy_relationship=row.proxy_relationship or "",
                    )
                )
            if current or not groups:
                groups.append(SheetGroup(current_title, tuple(current)))
            planned, served, _removed = allocation_counts(s, campaign_id)
            return HandoutSheet(
                campaign=_heading(s, campaign),
                group_by=group_by,
                groups=tuple(groups),
                planned=planned,
                served=served,
                items=item_totals(s, campaign, planned),
                cash_issued=campaign.cash_amount * served,
            )

    def campaign_summary(self, campaign_id: int) -> CampaignSummary:
        """Served vs planned, items issued and their value, cash, by community."""
        a = allocation_t
        with self.db.read() as s:
            campaign = load_campaign(s, campaign_id)
            planned, served, removed = allocation_counts(s, campaign_id)
            rows = s.execute(
                select(
                    community_t.c.name,
                    func.count(),
                    func.count(a.c.handed_out_at),
                )
                .select_from(
                    a.join(member_t, member_t.c.id == a.c.member_id).outerjoin(
                        community_t, community_t.c.id == member_t.c.community_id
                    )
                )
                .where(a.c.campaign_id == campaign_id, a.c.removed.is_(False))
                .group_by(community_t.c.id, community_t.c.name, community_t.c.sort_order)
                .order_by(community_t.c.id.is_(None), community_t.c.sort_order, community_t.c.id)
            ).all()
            return CampaignSummary(
                campaign=_heading(s, campaign),
                opened_at=campaign.opened_at,
                closed_at=campaign.closed_at,
                planned=planned,
                served=served,
                removed=removed,
                items=item_totals(s, campaign, planned),
                cash_issued=campaign.cash_amount * served,
                by_community=tuple(
                    CommunityLine(name, int(p), int(sv), campaign.cash_amount * int(sv))
                    for name, p, sv in rows
                ),
            )

    def stock_report(self, start: dt.date, end: dt.date) -> StockReport:
        """Balances now, and the period's opening, movements and closing per item."""
        stock = StockService(self.db)
        lines = stock.period(start, end)
        with self.db.read() as s:
            name = s.scalar(select(Station.name).where(Station.id == 1)) or ""
            movements = [LedgerRow(*row) for row in s.execute(ledger_select(None, start, end))]
        return StockReport(
            station_name=name,
            start=start,
            end=end,
            lines=tuple(lines),
            movements=tuple(movements),
            balances=tuple(stock.balances()),
        )

    def receipt(self, allocation_id: int) -> ReceiptData:
        """领取凭证 of a hand-out (refused if the recipient has not been served)."""
        a = allocation_t
        with self.db.read() as s:
            row = s.execute(
                select(
                    a.c.campaign_id,
                    a.c.receipt_no,
                    a.c.handed_out_at,
                    a.c.handed_out_by_name,
                    a.c.proxy_name,
                    a.c.proxy_relationship,
                    a.c.proxy_mobile,
                    member_t.c.name,
                    member_t.c.member_no,
                    member_t.c.id_number,
                    unit_t.c.name.label("unit_name"),
                )
                .select_from(
                    a.join(member_t, member_t.c.id == a.c.member_id).outerjoin(
                        unit_t, unit_t.c.id == member_t.c.unit_id
                    )
                )
                .where(a.c.id == allocation_id)
            ).first()
            if row is None or row.receipt_no is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Nothing has been handed out to this recipient; no receipt."
                    )
                )
            campaign = load_campaign(s, row.campaign_id)
            issued = s.execute(
                select(GiftItem.id, GiftItem.name, GiftItem.unit, -movement_t.c.quantity)
                .join(GiftItem, GiftItem.id == movement_t.c.item_id)
                .where(
                    movement_t.c.receipt_no == row.receipt_no,
                    movement_t.c.kind == "issued",
                    movement_t.c.quantity < 0,
                )
                .order_by(GiftItem.id)
            ).all()
            station = s.get(Station, 1)
            return ReceiptData(
                station_name=station.name if station else "",
                station_phone=station.phone if station else "",
                campaign_name=campaign.name,
                receipt_no=row.receipt_no,
                member_name=row.name,
                member_no=row.member_no,
                id_number=mask_id(row.id_number),
                unit_name=row.unit_name or "",
                items=tuple(IssuedLine(*line) for line in issued),
                cash_amount=campaign.cash_amount,
                handed_out_at=row.handed_out_at,
                operator=row.handed_out_by_name,
                proxy_name=row.proxy_name,
                proxy_relationship=row.proxy_relationship,
                proxy_mobile=_masked_mobile(row.proxy_mobile),
            )

    def recipients(
        self, actor: Actor, campaign_id: int, *, reveal: bool = False, include_removed: bool = True
    ) -> list[RecipientRow]:
        """The list for the screen or the .xlsx export, masked. ``reveal`` (full ID
        numbers and mobiles) is for administrators and is written to the audit log."""
        if reveal:
            require_admin(actor)
        a = allocation_t
        stmt = (
            select(
                a.c.id,
                member_t.c.id,
                member_t.c.member_no,
                member_t.c.name,
                member_t.c.id_number,
                member_t.c.mobile,
                unit_t.c.name,
                community_t.c.name,
                a.c.added_reason,
                a.c.removed,
                a.c.removed_reason,
                a.c.handed_out_at,
                a.c.handed_out_by_name,
                a.c.receipt_no,
                a.c.proxy_name,
                a.c.proxy_mobile,
                a.c.proxy_relationship,
            )
            .select_from(_recipients())
            .where(a.c.campaign_id == campaign_id)
            .order_by(member_t.c.name_pinyin, member_t.c.name, member_t.c.id)
        )
        if not include_removed:
            stmt = stmt.where(a.c.removed.is_(False))
        session = self.db.transaction() if reveal else self.db.read()
        with session as s:
            load_campaign(s, campaign_id)
            rows = []
            for r in s.execute(stmt):
                values = list(r)
                values[6] = values[6] or ""
                values[7] = values[7] or ""
                if not reveal:
                    values[4] = mask_id(values[4])
                    values[5] = _masked_mobile(values[5])
                    values[15] = _masked_mobile(values[15])
                rows.append(RecipientRow(*values))
            if reveal:
                audit.record(
                    s,
                    actor,
                    "export_full",
                    "campaign",
                    campaign_id,
                    note=f"recipients id_number, mobile: {len(rows)} rows",
                )
            return rows

    def ledger(
        self,
        item_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> list[LedgerRow]:
        return StockService(self.db).ledger(item_id, start, end)
