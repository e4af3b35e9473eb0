"""The desk hand-out: find the person (the queries live in :mod:`.finding`), confirm
(stock out + receipt number + who and when, one transaction), undo the same day, and the
campaign's live counters.

Two desks confirming the same recipient at once: the hand-out is claimed with
``UPDATE allocation ... WHERE handed_out_at IS NULL`` inside the transaction and the
row count decides; the loser's transaction rolls back whole (its receipt number
included) and it is told who served the member and when.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row, select, update
from sqlalchemy.orm import Session

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import mask_mobile, normalize_mobile
from station_app.core.selects import columns
from station_app.core.serials import format_serial, next_value
from station_app.members.service.validation import clean_line, required_line
from station_app.welfare import queries
from station_app.welfare.queries import allocation_counts, allocation_t, movement_t, package_of
from station_app.welfare.service import finding
from station_app.welfare.service.common import (
    REASON_LENGTH,
    RECEIPT_PREFIX,
    RECEIPT_SERIES,
    actor_name,
    load_campaign,
    missing_allocation,
    per_item,
    require_status,
    still_due,
)
from station_app.welfare.service.finding import FIND_LIMIT
from station_app.welfare.service.stock import add_movement, lock_items
from station_app.welfare.types import (
    CampaignCounters,
    HandoutCandidate,
    HandoutMatch,
    HandoutResult,
    IssuedLine,
    ItemCounter,
    Proxy,
)


class AlreadyServed(ConflictError):
    """The recipient was served already (perhaps a moment ago, at another desk)."""


def _served_error(at: dt.datetime, by: str, receipt_no: str | None) -> AlreadyServed:
    return AlreadyServed(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Already handed out on {time} by {operator} (receipt {receipt_no}). Nothing was "
            "changed.",
        ),
        time=at.strftime("%Y-%m-%d %H:%M"),
        operator=by,
        receipt_no=receipt_no or "",
    )


def _removed_error(removed_at: dt.datetime | None, reason: str) -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Errors", "This member was taken off the list on {date} ({reason}); nothing is due."
        ),
        date=removed_at.date().isoformat() if removed_at else "",
        reason=reason,
    )


def clean_proxy(proxy: Proxy | None) -> Proxy | None:
    """代领: the name is required, the mobile is checked when given."""
    if proxy is None:
        return None
    name = required_line(
        proxy.name,
        "proxy_name",
        60,
        QT_TRANSLATE_NOOP("Errors", "Please enter the name of the person collecting."),
    )
    mobile = ""
    if (proxy.mobile or "").strip():
        try:
            mobile = normalize_mobile(proxy.mobile)
        except ValidationError as error:
            raise ValidationError(error.text, field="proxy_mobile", **error.params) from None
    relationship = clean_line(proxy.relationship, "proxy_relationship", 20)
    return Proxy(name, mobile, relationship)


class HandoutService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- finding the person ----------------------------------------------------------

    def count_for_handout(self, campaign_id: int, query: str) -> HandoutMatch:
        """How many members the query finds, and whether by an identifier (see
        :mod:`.finding`): the desk hands out on Enter only to a single match."""
        with self.db.read() as s:
            load_campaign(s, campaign_id)
            return finding.count_matches(s, query)

    def find_for_handout(
        self, campaign_id: int, query: str, limit: int = FIND_LIMIT, offset: int = 0
    ) -> list[HandoutCandidate]:
        """Members matching a full ID number or member number (exact hit), a name,
        pinyin initials or a mobile tail, each with their state in this campaign; those
        still to be served come first. ``offset``/``limit``: one batch of them."""
        with self.db.read() as s:
            campaign = load_campaign(s, campaign_id)
            return finding.find_candidates(s, campaign, query, offset, limit)

    # --- handing out -----------------------------------------------------------------

    def confirm_handout(
        self, actor: Actor, allocation_id: int, proxy: Proxy | None = None
    ) -> HandoutResult:
        """Issues the package: stock movements, a receipt number, who and when, in one
        transaction. Short stock or a second desk: a sentence, and nothing changes."""
        proxy = clean_proxy(proxy)
        with self.db.transaction() as s:
            row = _allocation(
                s,
                allocation_id,
                "campaign_id member_id removed removed_at removed_reason handed_out_at "
                "handed_out_by_name receipt_no",
            )
            if row.handed_out_at is not None:
                raise _served_error(row.handed_out_at, row.handed_out_by_name, row.receipt_no)
            if row.removed:
                raise _removed_error(row.removed_at, row.removed_reason)
            campaign = load_campaign(s, row.campaign_id, for_share=True)
            require_status(campaign, "open")
            now = clock.now()
            receipt_no = format_serial(
                RECEIPT_PREFIX, now.year, next_value(s, RECEIPT_SERIES, now.year)
            )
            claimed = s.execute(
                update(allocation_t)
                .where(*still_due(allocation_id))
                .values(
                    handed_out_at=now,
                    handed_out_by=actor.id,
                    handed_out_by_name=actor_name(actor),
                    receipt_no=receipt_no,
                    proxy_name=proxy.name if proxy else "",
                    proxy_mobile=proxy.mobile if proxy else "",
                    proxy_relationship=proxy.relationship if proxy else "",
                    undone_at=None,
                    undone_by_name="",
                )
            )
            if claimed.rowcount != 1:
                # Another desk got there first (or removed them) since we looked.
                fresh = _allocation(
                    s,
                    allocation_id,
                    "handed_out_at handed_out_by_name receipt_no removed_at removed_reason",
                )
                if fresh.handed_out_at is not None:
                    raise _served_error(
                        fresh.handed_out_at, fresh.handed_out_by_name, fresh.receipt_no
                    )
                raise _removed_error(fresh.removed_at, fresh.removed_reason)
            package = package_of(s, campaign.id)
            items = lock_items(s, [p.item_id for p in package])
            short = [p for p in package if items[p.item_id].on_hand < p.quantity]
            if short:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Not enough stock for this package: {items}. Nothing was handed out; "
                        "receive more stock first.",
                    ),
                    items="、".join(
                        f"{p.name} {items[p.item_id].on_hand}/{p.quantity}{p.unit}" for p in short
                    ),
                )
            for p in package:
                add_movement(
                    s,
                    actor,
                    items[p.item_id],
                    "issued",
                    -p.quantity,
                    now.date(),
                    allocation_id=allocation_id,
                    receipt_no=receipt_no,
                )
            audit.record(
                s,
                actor,
                "handout",
                "allocation",
                allocation_id,
                after={
                    "campaign_id": campaign.id,
                    "member_id": row.member_id,
                    "receipt_no": receipt_no,
                    "items": "、".join(f"{p.name}×{p.quantity}" for p in package),
                    "cash_amount": campaign.cash_amount,
                    "proxy_name": proxy.name if proxy else "",
                    "proxy_mobile": mask_mobile(proxy.mobile) if proxy and proxy.mobile else "",
                    "proxy_relationship": proxy.relationship if proxy else "",
                },
            )
            return HandoutResult(
                allocation_id=allocation_id,
                receipt_no=receipt_no,
                handed_out_at=now,
                items=tuple(IssuedLine(p.item_id, p.name, p.unit, p.quantity) for p in package),
                cash_amount=campaign.cash_amount,
            )

    def undo_handout(self, actor: Actor, allocation_id: int, reason: str = "") -> None:
        """Takes back a hand-out made today: the stock returns (ledger rows under the same
        receipt number), the recipient is due again, the audit log keeps both."""
        reason = clean_line(reason, "reason", REASON_LENGTH)
        with self.db.transaction() as s:
            row = _allocation(s, allocation_id, "campaign_id member_id handed_out_at receipt_no")
            if row.handed_out_at is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Nothing has been handed out to this recipient; nothing to undo."
                    )
                )
            campaign = load_campaign(s, row.campaign_id, for_share=True)
            require_status(campaign, "open")
            today = clock.today()
            if row.handed_out_at.date() != today:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only today's hand-outs can be undone; this one was on {date}. An "
                        "administrator can correct the stock with a count.",
                    ),
                    date=row.handed_out_at.date().isoformat(),
                )
            receipt_no = row.receipt_no
            undone = s.execute(
                update(allocation_t)
                .where(allocation_t.c.id == allocation_id, allocation_t.c.receipt_no == receipt_no)
                .values(
                    handed_out_at=None,
                    handed_out_by=None,
                    handed_out_by_name="",
                    receipt_no=None,
                    proxy_name="",
                    proxy_mobile="",
                    proxy_relationship="",
                    undone_at=clock.now(),
                    undone_by_name=actor_name(actor),
                )
            )
            if undone.rowcount != 1:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Another desk changed this hand-out a moment ago; nothing was undone.",
                    )
                )
            issued = s.execute(
                select(movement_t.c.item_id, movement_t.c.quantity).where(
                    movement_t.c.receipt_no == receipt_no,
                    movement_t.c.kind == "issued",
                    movement_t.c.quantity < 0,
                )
            ).all()
            items = lock_items(s, [item_id for item_id, _ in issued])
            for item_id, qty in issued:
                add_movement(
                    s,
                    actor,
                    items[item_id],
                    "issued",
                    -qty,
                    today,
                    note=reason,
                    allocation_id=allocation_id,
                    receipt_no=receipt_no,
                )
            audit.record(
                s,
                actor,
                "undo_handout",
                "allocation",
                allocation_id,
                before={"receipt_no": receipt_no, "handed_out_at": row.handed_out_at},
                after={"receipt_no": None, "handed_out_at": None},
                note=reason,
            )

    # --- live figures ----------------------------------------------------------------

    def counters(self, campaign_id: int) -> CampaignCounters:
        """Planned / handed out / remaining, and stock left per package item."""
        with self.db.read() as s:
            load_campaign(s, campaign_id)
            planned, served, removed = allocation_counts(s, campaign_id)
            package = package_of(s, campaign_id)
            on_hand = queries.on_hand(s, (p.item_id for p in package))
        remaining = planned - served
        return CampaignCounters(
            planned=planned,
            served=served,
            removed=removed,
            items=tuple(
                ItemCounter(
                    **per_item(p),
                    on_hand=on_hand.get(p.item_id, 0),
                    needed_for_remaining=remaining * p.quantity,
                )
                for p in package
            ),
        )


def _allocation(s: Session, allocation_id: int, names: str) -> Row[Any]:
    """The named columns of the allocation (refused if it is gone)."""
    stmt = select(*columns(allocation_t, names)).where(allocation_t.c.id == allocation_id)
    return records.found(s.execute(stmt).first(), missing_allocation)
