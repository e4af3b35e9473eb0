"""Exporting the member list to .xlsx: masked by default, audited every time.

ID numbers and mobiles are masked (``110106********123X``, ``138****5678``) unless
full values are asked for, which only an administrator may do; every export leaves
an audit row saying who exported how many members and whether full values were in
it. The sheet uses the import's headers and words, so an export with full values can
be imported elsewhere. Rows stream from the database in batches into a streaming
writer: 100,000 members take seconds and little memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from station_app.core import audit
from station_app.core.accounts import require_admin
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.text import clean_search
from station_app.core.xlsx_writer import XlsxWriter
from station_app.members.models import Community, Member, Unit
from station_app.members.queries import member_conditions
from station_app.members.sheets.columns import (
    GENDER_LABELS,
    HARDSHIP_LABELS,
    ID_TYPE_LABELS,
    NO,
    OUTDOOR_LABELS,
    STATUS_LABELS,
    YES,
)
from station_app.members.sheets.types import CancelFn, ExportCancelled, ExportResult, ProgressFn
from station_app.members.types import MemberFilter

BATCH = 2_000
SHEET_NAME = "会员"

# (header, width): the import reads every one of these headers back.
EXPORT_COLUMNS: tuple[tuple[str, float], ...] = (
    ("会员号", 15),
    ("姓名", 10),
    ("性别", 6),
    ("证件类型", 12),
    ("身份证号", 21),
    ("出生日期", 12),
    ("手机号", 14),
    ("固定电话", 16),
    ("工作单位", 30),
    ("社区", 16),
    ("入会日期", 12),
    ("状态", 8),
    ("困难职工", 9),
    ("户外劳动者", 11),
    ("农民工", 7),
    ("劳模", 6),
    ("备注", 30),
)
EXPORT_HEADERS = tuple(header for header, _width in EXPORT_COLUMNS)

_m = Member.__table__
_u = Unit.__table__
_c = Community.__table__


def _select(f: MemberFilter) -> Any:
    return (
        select(
            _m.c.member_no,
            _m.c.name,
            _m.c.gender,
            _m.c.id_type,
            _m.c.id_number,
            _m.c.birth_date,
            _m.c.mobile,
            _m.c.landline,
            _u.c.name,
            _c.c.name,
            _m.c.joined_on,
            _m.c.status,
            _m.c.hardship_level,
            _m.c.outdoor_kind,
            _m.c.migrant_worker,
            _m.c.model_worker,
            _m.c.notes,
        )
        .select_from(
            _m.outerjoin(_u, _m.c.unit_id == _u.c.id).outerjoin(_c, _m.c.community_id == _c.c.id)
        )
        .where(*member_conditions(f))
        .order_by(_m.c.member_no)
    )


def _sheet_row(row: Any, full: bool) -> tuple[Any, ...]:
    (no, name, gender, id_type, id_number, birth, mobile, landline, unit, community, joined,
     status, hardship, outdoor, migrant, model, notes) = row  # fmt: skip
    return (
        no,
        name,
        GENDER_LABELS.get(gender, gender),
        ID_TYPE_LABELS.get(id_type, id_type),
        id_number if full else mask_id(id_number),
        birth,
        mobile if full or not mobile else mask_mobile(mobile),
        landline,
        unit,
        community,
        joined,
        STATUS_LABELS.get(status, status),
        HARDSHIP_LABELS.get(hardship, "") if hardship else NO,
        OUTDOOR_LABELS.get(outdoor, "") if outdoor else NO,
        YES if migrant else NO,
        YES if model else NO,
        notes,
    )


def _describe(f: MemberFilter) -> str:
    parts = [
        f"{key}={value}"
        for key, value in (
            ("query", clean_search(f.query)),  # as searched, no hidden characters
            ("community_id", f.community_id),
            ("unit_id", f.unit_id),
            ("status", f.status),
            ("category", f.category),
            ("joined_from", f.joined_from),
            ("joined_to", f.joined_to),
        )
        if value not in (None, "")
    ]
    return ", ".join(parts) or "all members"


def export_members(
    db: Database,
    actor: Actor,
    path: str | Path,
    member_filter: MemberFilter | None = None,
    *,
    full_ids: bool = False,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ExportResult:
    """Writes the (filtered) member list to ``path``; raises ``PermissionDenied`` when a
    desk operator asks for full values and ``ExportCancelled`` (no file) on cancel."""
    if full_ids:
        require_admin(actor)
    f = member_filter or MemberFilter()
    path = Path(path)
    with db.read() as s:
        total = s.execute(
            select(func.count()).select_from(_m).where(*member_conditions(f))
        ).scalar_one()
    if progress is not None:
        progress(0, max(total, 1))

    def rows() -> Iterator[tuple[Any, ...]]:
        done = 0
        with db.read() as s:
            result = s.execute(_select(f).execution_options(yield_per=BATCH))
            for batch in result.partitions():
                if should_cancel is not None and should_cancel():
                    raise ExportCancelled()
                for row in batch:
                    yield _sheet_row(row, full_ids)
                done += len(batch)
                if progress is not None:
                    progress(min(done, max(total, 1) - 1), max(total, 1))

    widths = [width for _header, width in EXPORT_COLUMNS]
    with XlsxWriter(path) as book:
        written = book.add_sheet(SHEET_NAME, EXPORT_HEADERS, rows(), widths=widths)
        if should_cancel is not None and should_cancel():
            raise ExportCancelled()
    full = "yes" if full_ids else "no"
    note = f"rows={written}; full_ids={full}; filter: {_describe(f)}"
    audit.record_export(db, actor, path, "member", note)
    if progress is not None:
        progress(max(total, 1), max(total, 1))
    return ExportResult(path, written, full_ids)
