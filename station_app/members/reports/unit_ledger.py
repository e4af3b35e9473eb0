"""单位台账: the units the station keeps, one line each — name, credit code, community,
union status, founding date, chair, head count, members registered here, the staff
member responsible and the last contact. A4 landscape, the header row on every page.
Labels are English source text (context ``UnitLedger``), translated when printed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.pdf import BuildOptions, build_report, data_table, para, title_block
from station_app.core.station import StationProfile
from station_app.members import labels
from station_app.members.service import UnitLedgerService
from station_app.members.types import LedgerRow, UnitFilter

CONTEXT = "UnitLedger"
TITLE = QT_TRANSLATE_NOOP("UnitLedger", "Unit ledger")
HEADERS = (
    QT_TRANSLATE_NOOP("UnitLedger", "No."),
    QT_TRANSLATE_NOOP("UnitLedger", "Unit"),
    QT_TRANSLATE_NOOP("UnitLedger", "Credit code"),
    QT_TRANSLATE_NOOP("UnitLedger", "Community"),
    QT_TRANSLATE_NOOP("UnitLedger", "Union"),
    QT_TRANSLATE_NOOP("UnitLedger", "Founded on"),
    QT_TRANSLATE_NOOP("UnitLedger", "Union chair"),
    QT_TRANSLATE_NOOP("UnitLedger", "Employees"),
    QT_TRANSLATE_NOOP("UnitLedger", "Members here"),
    QT_TRANSLATE_NOOP("UnitLedger", "Staff member"),
    QT_TRANSLATE_NOOP("UnitLedger", "Last contact"),
)
# The credit code on one line: 18 characters, wide letters (M, W) among them, need 42 mm.
WIDTHS = [w * mm for w in (9, 44, 42, 26, 18, 20, 16, 14, 15, 16, 41)]
SUMMARY = QT_TRANSLATE_NOOP(
    "UnitLedger", "{total} units, {founded} with a union, {members} members registered here."
)
FILTERED = QT_TRANSLATE_NOOP("UnitLedger", "Chosen: {filter}")
EMPTY = QT_TRANSLATE_NOOP("UnitLedger", "No unit matches.")


def t(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class LedgerData:
    station_name: str
    rows: list[LedgerRow]
    filter_text: str = ""  # what was chosen, in words ("" all units)


def last_contact_text(row: LedgerRow) -> str:
    if row.contacted_on is None:
        return ""
    parts = [row.contacted_on.isoformat(), labels.contact_kind_label(row.contact_kind)]
    if row.contact_note:
        parts.append(row.contact_note)
    return " ".join(parts)


def ledger_cells(row: LedgerRow) -> list[object]:
    """A line as the printout and the export show it (after the running number)."""
    return [
        row.name,
        row.uscc,
        row.community,
        labels.union_status_label(row.union_status),
        row.union_founded_on.isoformat() if row.union_founded_on else "",
        row.union_chair,
        "" if row.employee_count is None else row.employee_count,
        row.member_count,
        row.staff,
        last_contact_text(row),
    ]


def ledger_story(data: LedgerData) -> list[Flowable]:
    founded = sum(1 for r in data.rows if r.union_status in ("own", "joint"))
    members = sum(r.member_count for r in data.rows)
    story: list[Flowable] = [title_block(t(TITLE))]
    if data.filter_text:
        story.append(para(t(FILTERED).format(filter=data.filter_text), "body"))
    story.append(
        para(t(SUMMARY).format(total=len(data.rows), founded=founded, members=members), "body")
    )
    if not data.rows:
        story.append(para(t(EMPTY), "body"))
        return story
    story.append(
        data_table(
            [t(h) for h in HEADERS],
            [[i, *ledger_cells(r)] for i, r in enumerate(data.rows, 1)],
            WIDTHS,
            align_right={0, 7, 8},
        )
    )
    return story


def build_unit_ledger(
    out: str | Path | BinaryIO, data: LedgerData, operator: str, **options: Unpack[BuildOptions]
) -> None:
    build_report(
        out, ledger_story(data), data.station_name, t(TITLE), operator, landscape=True, **options
    )


def ledger_data(
    db: Database, station: StationProfile, f: UnitFilter | None = None, filter_text: str = ""
) -> LedgerData:
    return LedgerData(station.name, UnitLedgerService(db).ledger(f), filter_text)


def print_unit_ledger(
    db: Database,
    actor: Actor,
    station: StationProfile,
    out: str | Path | BinaryIO,
    f: UnitFilter | None = None,
    filter_text: str = "",
    **options: Unpack[BuildOptions],
) -> LedgerData:
    """Reads the ledger and writes it to ``out``."""
    data = ledger_data(db, station, f, filter_text)
    build_unit_ledger(out, data, actor.display_name, **options)
    return data
