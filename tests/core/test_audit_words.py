"""The audit log viewer on a demo station, in Chinese: no code value (``booked``,
``mediation``, ``festival`` …) and no key=value note left in English."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import station_app.schema  # noqa: F401 - every table on the metadata: records are named
from station_app.audit_words import AUDIT_WORDS
from station_app.core.accounts import AccountService
from station_app.core.audit_fields import field_label
from station_app.core.audit_log import AuditFilter, AuditLogService
from station_app.core.db import Database
from station_app.translators import load_translators, unload_translators

# Lower-case Latin words: codes. Numbers with a Latin prefix (TPQ2016…, LQ2026…) are not.
CODE_WORD = re.compile(r"[a-z][a-z_]+")


def test_demo_station_audit_entries_have_no_code_words(
    qapp, filled_station: Path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "station.db"
    shutil.copyfile(filled_station, copy)
    db = Database(f"sqlite:///{copy}")
    load_translators(qapp, "zh_CN")
    try:
        admin = AccountService(db).login("admin", "admin123")
        entries = AuditLogService(db, AUDIT_WORDS).entries(admin, AuditFilter())
        username = field_label("username")
        left = {
            (entry.entity, entry.action, part)
            for entry in entries
            for part in entry.details.split("; ")
            if not part.startswith(username) and CODE_WORD.search(part)
        }
        # who did it: a person's name or 命令行 ("Command line" stayed English)
        operators = {entry.operator for entry in entries if re.search("[A-Za-z]", entry.operator)}
    finally:
        unload_translators()
        db.dispose()
    assert len(entries) > 100
    assert sorted(left) == []
    assert operators == set()
