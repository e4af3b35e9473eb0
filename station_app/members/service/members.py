"""Member use cases: intake, edit, the record, the list. One transaction each.

Status changes and the history are done by :mod:`.lifecycle`; the rows themselves
are read and written by :mod:`.store`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from station_app.core import audit, clock, records
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.ids import mask_id, mask_mobile
from station_app.core.text import clean_search
from station_app.members.models import Community, Member, Unit
from station_app.members.queries import (
    member_count_select,
    member_ids_select,
    member_rows_select,
    member_select,
    member_t,
)
from station_app.members.service import lifecycle
from station_app.members.service.store import (
    apply_clean,
    missing_member,
    next_member_no,
    place,
    refuse_duplicate_id,
    same_name_and_mobile,
    save_row,
    snapshot,
    stored_snapshot,
)
from station_app.members.service.validation import CleanMember, clean_member
from station_app.members.types import (
    HistoryRow,
    MemberFilter,
    MemberInput,
    MemberRecord,
    MemberRow,
    Notice,
    RegisterResult,
    SaveResult,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A search matching 10x the rows wanted so far walks the sort order's index instead of
# collecting every match first; only for orders unrelated to what is typed (walking the
# name index for "wang" would pass every name from a to v first).
DENSE = 10
WALKABLE_ORDERS = ("id", "member_no", "joined_on", "status")
ROWS_PER_QUERY = 500


class MemberService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- intake and edit -------------------------------------------------------------

    def check(self, inp: MemberInput, member_id: int | None = None) -> tuple[Notice, ...]:
        """Validates without saving (the form before Save, the import preview): raises
        what :meth:`register`/:meth:`update` would raise, returns their notices."""
        with self.db.read() as s:
            keep = None
            if member_id is not None:
                inp = self._keep_stored(s, member_id, inp)
                keep = s.scalar(select(Member.community_id).where(Member.id == member_id))
            clean = clean_member(inp)
            place(s, clean, keep)
            refuse_duplicate_id(s, clean, member_id)
            return (*clean.notices, *same_name_and_mobile(s, clean, member_id))

    def register(self, actor: Actor, inp: MemberInput) -> RegisterResult:
        """Intake: validates, refuses a duplicate ID number, numbers the member, audits."""
        clean = clean_member(inp)
        with self.db.transaction() as s:
            return self.register_in(s, actor, clean)

    def register_in(self, s: Session, actor: Actor, clean: CleanMember) -> RegisterResult:
        """Intake inside the caller's transaction (imports: many rows, one transaction)."""
        unit_id, community_id = place(s, clean)
        refuse_duplicate_id(s, clean, None)
        notices = (*clean.notices, *same_name_and_mobile(s, clean, None))
        now = clock.now()
        member = Member(
            member_no=next_member_no(s, clean.joined_on.year),
            status="active",
            status_note="",
            created_at=now,
        )
        apply_clean(member, clean, unit_id, community_id)
        save_row(s, member, clean, None)
        after = {k: v for k, v in stored_snapshot(s, member).items() if v not in (None, "", False)}
        audit.record(s, actor, "create", "member", member.id, after=after)
        return RegisterResult(member.id, member.member_no, member.id_number, notices)

    def update(self, actor: Actor, member_id: int, inp: MemberInput) -> SaveResult:
        """Edit: the same checks as intake; the member number stays. ``id_number``,
        ``mobile`` or ``joined_on`` None keeps the stored value. No audit row when nothing
        changed."""
        with self.db.transaction() as s:
            member = records.get(s, Member, member_id, missing_member)
            clean = clean_member(self._keep_stored(s, member_id, inp))
            unit_id, community_id = place(s, clean, member.community_id)
            refuse_duplicate_id(s, clean, member_id)
            notices: tuple[Notice, ...] = clean.notices
            if (clean.name, clean.mobile) != (member.name, member.mobile):
                notices = (*notices, *same_name_and_mobile(s, clean, member_id))
            before = stored_snapshot(s, member)
            after = snapshot(s, member.member_no, clean, unit_id, community_id)
            if before == after:
                return SaveResult(False, notices)  # nothing to save, not even updated_at
            apply_clean(member, clean, unit_id, community_id)
            save_row(s, member, clean, member_id)
            audit.record(s, actor, "update", "member", member_id, before=before, after=after)
            return SaveResult(True, notices)

    @staticmethod
    def _keep_stored(s: Session, member_id: int, inp: MemberInput) -> MemberInput:
        """On edit, None keeps the stored ID number, mobile and join date."""
        if None not in (inp.id_number, inp.mobile, inp.joined_on):
            return inp
        stored = s.execute(
            select(Member.id_number, Member.mobile, Member.joined_on).where(Member.id == member_id)
        ).first()
        if stored is None:
            raise missing_member()
        return replace(
            inp,
            id_number=stored.id_number if inp.id_number is None else inp.id_number,
            mobile=stored.mobile if inp.mobile is None else inp.mobile,
            joined_on=stored.joined_on if inp.joined_on is None else inp.joined_on,
        )

    # --- the record ------------------------------------------------------------------

    def get(self, actor: Actor, member_id: int, reveal: bool = False) -> MemberRecord:
        """The record for its form: ID number and mobile masked, unless an administrator
        asks to ``reveal`` them (which the audit log records)."""
        return records.masked_or_revealed(self.db, actor, "member", member_id, reveal, self._record)

    @staticmethod
    def _record(s: Session, member_id: int, masked: bool) -> MemberRecord:
        row = s.execute(
            select(Member, Unit.name, Community.name)
            .outerjoin(Unit, Member.unit_id == Unit.id)
            .outerjoin(Community, Member.community_id == Community.id)
            .where(Member.id == member_id)
        ).first()
        m, unit_name, community_name = records.found(row, missing_member)
        return records.record_of(
            MemberRecord,
            m,
            id_number=mask_id(m.id_number) if masked else m.id_number,
            mobile=mask_mobile(m.mobile) if masked and m.mobile else m.mobile,
            unit_name=unit_name or "",
            community_name=community_name or "",
            masked=masked,
        )

    def find_by_member_no(self, member_no: str) -> int | None:
        with self.db.read() as s:
            number = clean_search(member_no).upper()
            return s.scalar(select(Member.id).where(Member.member_no == number))

    def find_by_id_number(self, id_number: str) -> int | None:
        """The member holding this (normalised) ID number, of any kind of document."""
        with self.db.read() as s:
            number = clean_search(id_number).upper()
            return s.scalar(select(Member.id).where(Member.id_number == number).limit(1))

    # --- the list --------------------------------------------------------------------
    # Core selects on a connection (db.connect): the first screen shows the list without
    # loading the ORM (core/rows.py).

    def list_members(
        self,
        f: MemberFilter | None = None,
        order_by: str = "member_no",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = 200,
        masked: bool = False,
        matches: int | None = None,
    ) -> list[MemberRow]:
        """One batch of the member list, sorted by a ``MEMBER_SORT_KEYS`` column.

        ``masked=True`` gives rows as a desk operator may see them. ``matches`` (the
        count the list shows anyway) lets a search with many matches walk the sort order
        instead of collecting every match first, which is faster for early batches.
        """
        dense = (
            matches is not None
            and limit is not None
            and order_by in WALKABLE_ORDERS
            and matches >= DENSE * (offset + limit)
        )
        stmt = member_select(f, order_by, descending, dense=dense).offset(offset).limit(limit)
        with self.db.connect() as s:
            rows = [MemberRow(*row) for row in s.execute(stmt)]
        return [row.masked() for row in rows] if masked else rows

    def member_ids(
        self, f: MemberFilter | None = None, order_by: str = "member_no", descending: bool = False
    ) -> list[int]:
        """Every matching member's id in list order: the cheap spine of a table model
        (its length is the count; rows come from :meth:`member_rows` as they are shown)."""
        with self.db.connect() as s:
            return list(s.execute(member_ids_select(f, order_by, descending)).scalars())

    def member_rows(self, ids: Sequence[int], masked: bool = False) -> list[MemberRow]:
        """The rows of these members in the order given (ids no longer on file are left
        out)."""
        found: dict[int, MemberRow] = {}
        with self.db.connect() as s:
            for start in range(0, len(ids), ROWS_PER_QUERY):
                chunk = ids[start : start + ROWS_PER_QUERY]
                for row in s.execute(member_rows_select(chunk)):
                    found[row.id] = MemberRow(*row)
        rows = [found[i] for i in ids if i in found]
        return [row.masked() for row in rows] if masked else rows

    def count_members(self, f: MemberFilter | None = None) -> int:
        with self.db.connect() as s:
            return s.execute(member_count_select(f)).scalar_one()

    def newest_member_id(self) -> int:
        """The highest member id on file (0 with none): a list read in parts leaves out
        the members registered after its count, as a list read whole would."""
        with self.db.connect() as s:
            return s.scalar(select(func.max(member_t.c.id))) or 0

    # --- status changes and history (see lifecycle.py) -------------------------------

    def transfer_out(
        self, actor: Actor, member_id: int, destination: str, on: dt.date | None = None
    ) -> None:
        """转出: to another union (``destination``), on ``on`` (default today)."""
        lifecycle.transfer_out(self.db, actor, member_id, destination, on)

    def withdraw(
        self, actor: Actor, member_id: int, reason: str, on: dt.date | None = None
    ) -> None:
        """退会, with the reason the member gave."""
        lifecycle.withdraw(self.db, actor, member_id, reason, on)

    def reinstate(
        self, actor: Actor, member_id: int, on: dt.date | None = None, note: str = ""
    ) -> None:
        """恢复: a transferred or withdrawn member becomes active again."""
        lifecycle.reinstate(self.db, actor, member_id, on, note)

    def history(self, actor: Actor, member_id: int, reveal: bool = False) -> list[HistoryRow]:
        return lifecycle.member_history(self.db, actor, member_id, reveal)
