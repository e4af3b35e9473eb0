"""The desk's one save dialog for exports: Documents, the kind's filter, the suffix."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from station_app.widgets.save_path import ask_save_path, documents


def test_the_suffix_is_added_and_the_suggestion_is_in_documents(
    qapp, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str]] = []

    def dialog(_parent, _title, suggested, file_filter):  # type: ignore[no-untyped-def]
        asked.append((suggested, file_filter))
        return str(tmp_path / "名单.2026"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert ask_save_path(None, "导出", "会员名单.xlsx") == tmp_path / "名单.2026.xlsx"
    workbook = QCoreApplication.translate("SavePath", "Excel workbook (*.xlsx)")
    assert asked == [(str(documents() / "会员名单.xlsx"), workbook)]
    assert ask_save_path(None, "导出", "b.ics", ".ics") == tmp_path / "名单.2026.ics"


def test_cancelled_is_none(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert ask_save_path(None, "导出", "a.xlsx") is None
    with pytest.raises(KeyError):  # a kind of file the desk does not save
        ask_save_path(None, "导出", "a.doc", ".doc")
