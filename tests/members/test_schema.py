"""What the database itself guards for members and units, and migration 0002."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from station_app import schema
from station_app.core.db import Database, make_engine
from station_app.core.migrate import alembic_config, current_revision, upgrade_to_head
from station_app.members.models import Member, name_sort_key
from tests.members.conftest import NOW, rid, uscc

ID_A, ID_B = rid("11010619900307121"), rid("11010619851120234")

MEMBER_SQL = (
    "INSERT INTO member (member_no, name, id_type, id_number, gender, mobile, landline,"
    " joined_on, status, status_note, migrant_worker, model_worker, notes, search_text,"
    " created_at, updated_at{extra_cols}) VALUES (:no, :name, :id_type, :id_number, 'M', '',"
    " '', '2027-01-05', 'active', '', false, false, '', '', :t, :t{extra_vals})"
)


def _member(s, no: str, id_number: str, id_type: str = "resident_id", **extra: object) -> None:  # type: ignore[no-untyped-def]
    s.execute(
        text(
            MEMBER_SQL.format(
                extra_cols="".join(f", {k}" for k in extra),
                extra_vals="".join(f", :{k}" for k in extra),
            )
        ),
        {"no": no, "name": "张伟", "id_type": id_type, "id_number": id_number, "t": NOW, **extra},
    )


def _unit(s, name: str, code: str | None, **extra: object) -> None:  # type: ignore[no-untyped-def]
    cols = "".join(f", {k}" for k in extra)
    vals = "".join(f", :{k}" for k in extra)
    s.execute(
        text(
            "INSERT INTO unit (name, uscc, address, contact_name, contact_phone, union_status,"
            f" union_name, union_chair, search_text, created_at, updated_at{cols}) VALUES"
            f" (:name, :uscc, '', '', '', 'none', '', '', '', :t, :t{vals})"
        ),
        {"name": name, "uscc": code, "t": NOW, **extra},
    )


def _refused(db: Database, write) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError), db.transaction() as s:
        write(s)


def test_the_database_refuses_duplicates_written_past_the_service(db: Database) -> None:
    with db.transaction() as s:
        _member(s, "TPQ202700001", ID_A)
        _unit(s, "北京华信科技有限公司", uscc("91110106MA01ABCD2"))
    _refused(db, lambda s: _member(s, "TPQ202700002", ID_A))  # same ID number
    _refused(db, lambda s: _member(s, "TPQ202700001", ID_B))  # same member number
    _refused(db, lambda s: _unit(s, "北京华信科技有限公司", None))  # same unit name
    _refused(db, lambda s: _unit(s, "另一家", uscc("91110106MA01ABCD2")))  # same credit code
    with db.transaction() as s:  # the same number under another ID type is someone else
        _member(s, "TPQ202700003", ID_A, id_type="passport")
        _unit(s, "没有代码的单位甲", None)  # several units may have no credit code
        _unit(s, "没有代码的单位乙", None)
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM member")).scalar() == 2
        assert s.execute(text("SELECT count(*) FROM unit")).scalar() == 3


def test_the_database_refuses_unknown_codes(db: Database) -> None:
    _refused(db, lambda s: _member(s, "T1", ID_A, id_type="driving_licence"))
    _refused(db, lambda s: _member(s, "T1", ID_A, hardship_level="extreme"))
    _refused(db, lambda s: _member(s, "T1", ID_A, outdoor_kind="pilot"))
    _refused(db, lambda s: _unit(s, "甲", None, employee_count=-1))
    with db.transaction() as s:
        _member(s, "T1", ID_A, hardship_level="severe", outdoor_kind="taxi")
        _unit(s, "甲", None, employee_count=0)


def test_bulk_inserts_get_a_sort_key_without_asking(db: Database) -> None:
    """Demo data and imports insert dictionaries without ``name_pinyin``."""
    with db.transaction() as s:
        s.execute(
            insert(Member),
            [
                dict(member_no=f"T{i}", name=name, id_type="resident_id", id_number=number,
                     gender="M", joined_on=dt.date(2027, 1, 5), search_text="")
                for i, (name, number) in enumerate((("单丽", ID_A), ("曾国藩", ID_B)))
            ],
        )  # fmt: skip
    with db.read() as s:
        keys = s.execute(select(Member.name, Member.name_pinyin).order_by(Member.id)).all()
    assert [tuple(k) for k in keys] == [("单丽", "shanli"), ("曾国藩", "zengguofan")]
    assert name_sort_key("𠮷祥") == "xiang" and name_sort_key("𠮷") == "𠮷"


MEMBER_TABLES = {"community", "unit", "member", "unit_contact"}


def _table_of(diff: Any) -> str:
    """The table an autogenerate difference is about (modify_* come as lists)."""
    if isinstance(diff, list):
        return _table_of(diff[0])
    kind, target = diff[0], diff[1]
    if kind.endswith("_table"):
        return target.name
    if kind.endswith(("_column",)) or kind.startswith("modify_"):
        return diff[2]  # (kind, schema, table name, ...)
    if kind.endswith("_fk"):
        return target.parent.name
    return target.table.name  # indexes and constraints


def test_member_models_match_the_migrations(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), schema.metadata
        )
    assert [d for d in diff if _table_of(d) in MEMBER_TABLES] == []


def _downgrade(url: str, target: str) -> None:
    config = alembic_config()
    engine = make_engine(url, for_migrations=True)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = conn
            command.downgrade(config, target)
            conn.commit()
    finally:
        engine.dispose()


def test_upgrade_from_0001_fills_sort_keys_and_keeps_every_row(db: Database) -> None:
    db.dispose()
    _downgrade(db.url, "0001")
    with db.transaction() as s:
        assert current_revision(s.connection()) == "0001"
        s.execute(text("INSERT INTO community (name, sort_order) VALUES ('太平桥西里社区', 1)"))
        _unit(s, "北京华信科技有限公司", uscc("91110106MA01ABCD2"), community_id=1)
        _member(s, "TPQ202700001", ID_A, unit_id=1, community_id=1)
        _member(s, "TPQ202700002", ID_B)
        s.execute(text("UPDATE member SET name = '单丽' WHERE member_no = 'TPQ202700002'"))
    db.dispose()
    upgrade_to_head(db.url, backup=False)
    with db.read() as s:
        members = s.execute(
            text("SELECT member_no, name_pinyin, unit_id FROM member ORDER BY member_no")
        ).all()
        units = s.execute(text("SELECT name, name_pinyin FROM unit")).all()
        assert current_revision(s.connection()) != "0001"
    assert [tuple(m) for m in members] == [
        ("TPQ202700001", "zhangwei", 1),
        ("TPQ202700002", "shanli", None),
    ]
    assert [tuple(u) for u in units] == [("北京华信科技有限公司", "beijinghuaxinkejiyouxiangongsi")]
    # The constraints of 0001 survived SQLite's table copy.
    _refused(db, lambda s: _member(s, "TPQ202700003", ID_A))
    _refused(db, lambda s: _member(s, "TPQ202700001", rid("11010119700101001")))
    _refused(db, lambda s: _unit(s, "北京华信科技有限公司", None))
    if db.is_sqlite:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
