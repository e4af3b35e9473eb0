"""A campaign draft's rules: what the desk typed, cleaned and checked (name, kind,
dates, package, money, the eligibility rule), written onto the campaign row with its
package, and the snapshot the audit log keeps."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from station_app.core import clock, errors
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.text import clean_text
from station_app.members.service.validation import code_value, required_line
from station_app.welfare import queries
from station_app.welfare.models import CAMPAIGN_KINDS, Campaign, CampaignItem, GiftItem
from station_app.welfare.service import eligibility
from station_app.welfare.service.common import MAX_BUDGET, parse_money, quantity
from station_app.welfare.types import CampaignInput

MAX_NOTE = 2000


def clean_input(s: Session, inp: CampaignInput) -> CampaignInput:
    name = required_line(
        inp.name, "name", 100, QT_TRANSLATE_NOOP("Errors", "Please enter the campaign's name.")
    )
    kind = code_value(inp.kind, CAMPAIGN_KINDS, "kind")
    if kind is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please choose the kind of campaign."), field="kind"
        )
    if inp.starts_on is None or inp.ends_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the campaign's dates."), field="starts_on"
        )
    if inp.ends_on < inp.starts_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."),
            field="ends_on",
        )
    seen: set[int] = set()
    for line in inp.package:
        quantity(line.quantity, "package")
        if line.item_id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An item appears twice in the package."),
                field="package",
            )
        seen.add(line.item_id)
    if seen:
        items = dict(
            s.execute(select(GiftItem.id, GiftItem.active).where(GiftItem.id.in_(seen))).all()
        )
        if len(items) != len(seen):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This gift item is no longer on file."),
                field="package",
            )
    note = clean_text(inp.note, field="note", multiline=True, max_length=MAX_NOTE)
    return replace(
        inp,
        name=name,
        kind=kind,
        cash_amount=parse_money(inp.cash_amount, "cash_amount"),
        budget=parse_money(inp.budget, "budget", optional=True, maximum=MAX_BUDGET),
        rule=eligibility.clean_rule(s, inp.rule),
        note=note,
        package=tuple(inp.package),
    )


def snapshot(s: Session, c: Campaign | CampaignInput) -> dict[str, Any]:
    if isinstance(c, Campaign):
        package = [f"{p.name}×{p.quantity}" for p in queries.package_of(s, c.id)]
        rule = c.rule
    else:
        names = dict(s.execute(select(GiftItem.id, GiftItem.name)).all())
        package = [f"{names.get(p.item_id, p.item_id)}×{p.quantity}" for p in c.package]
        rule = c.rule.to_json()
    return {
        "name": c.name,
        "kind": c.kind,
        "starts_on": c.starts_on,
        "ends_on": c.ends_on,
        "budget": c.budget,
        "cash_amount": c.cash_amount,
        "rule": rule,
        "warn_same_kind": bool(c.warn_same_kind),
        "note": c.note,
        "package": "、".join(package),
    }


def apply(s: Session, campaign: Campaign, clean: CampaignInput) -> None:
    campaign.name = clean.name
    campaign.kind = clean.kind
    campaign.starts_on = clean.starts_on
    campaign.ends_on = clean.ends_on
    campaign.budget = clean.budget  # type: ignore[assignment]
    campaign.cash_amount = clean.cash_amount  # type: ignore[assignment]
    campaign.rule = clean.rule.to_json()
    campaign.warn_same_kind = bool(clean.warn_same_kind)
    campaign.note = clean.note
    campaign.updated_at = clock.now()
    s.flush()
    s.execute(delete(CampaignItem).where(CampaignItem.campaign_id == campaign.id))
    if clean.package:
        s.execute(
            insert(CampaignItem),
            [
                {"campaign_id": campaign.id, "item_id": p.item_id, "quantity": p.quantity}
                for p in clean.package
            ],
        )


def name_taken(name: str) -> ConflictError:
    return errors.name_taken(
        QT_TRANSLATE_NOOP("Errors", "A campaign named {name} already exists."), name
    )
