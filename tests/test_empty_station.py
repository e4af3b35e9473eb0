# ruff: noqa: E501  (sheet rows read better one row a line)
"""A new station from its first start, in the real window: setup wizard, log in, add
communities, import a units sheet and a members sheet (adding the community the members
sheet names that the station lacks, from the preview), register one member by hand,
save the receipt to a file, back up. Only the modal loops are stood in for: each
``exec`` is replaced by a function that works the real dialog's widgets, as the desk
would, and returns how it closed."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard

from station_app.app import open_database, sign_in
from station_app.core.db import Database
from station_app.core.search import name_keys
from station_app.dialogs.backup_dialog import BackupDialog
from station_app.dialogs.login_dialog import LoginDialog
from station_app.dialogs.setup_wizard import SetupWizard
from station_app.main_window import MainWindow
from station_app.members.service import MemberService, UnitService
from station_app.members.sheets.types import VALID
from station_app.members.ui.import_dialog import ImportDialog
from station_app.members.ui.member_form import MemberFormDialog
from station_app.members.ui.tab import MembersTab
from station_app.settings import AppSettings
from station_app.widgets.pdf_preview import PdfPreviewDialog
from tests.members.data.sheets import rid, uscc

WAIT_MS = 60_000
WEST, EAST, DONGGUANTOU = "太平桥西里社区", "太平桥东里社区", "东管头社区"
FENGZEYUAN, XINYUAN, CLINIC = (
    "北京丰泽园餐饮有限公司",
    "北京鑫源商贸有限公司",
    "太平桥社区卫生服务站",
)
NEWCOMER_ID = rid("11010619930415202")  # 刘芳, born 1993-04-15, female


def _units_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "单位名册"
    ws.append(["单位名称", "统一社会信用代码", "社区", "地址", "联系人", "联系电话", "职工人数",
               "建会情况", "建会日期", "工会名称", "工会主席"])  # fmt: skip
    ws.append([FENGZEYUAN, uscc("91110106MA01XY7K3"), WEST, "西城区太平桥大街12号", "马丽",
               "010-63331234", 35, "独立建会", dt.date(2020, 5, 1), f"{FENGZEYUAN}工会", "马丽"])  # fmt: skip
    ws.append([XINYUAN, uscc("91110102MA00C8QK1"), "太平桥东里", "西城区东里3号", "陈刚",
               "13911112222", 12, "未建会", None, None, None])  # fmt: skip
    ws.append([CLINIC, uscc("12110102400712345"), EAST, "", "", "", 20, "联合建会",
               dt.date(2021, 7, 1), None, None])  # fmt: skip
    wb.save(path)
    return path


def _members_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "会员花名册"
    ws.append(["序号", "姓名", "性别", "身份证号码", "联系电话", "工作单位", "所在社区", "入会时间",
               "困难职工", "户外劳动者", "备注"])  # fmt: skip
    rows = [
        ("王堃", "男", rid("11010619900307121"), "13812345678", FENGZEYUAN, "", "2024-03-05", "", ""),
        ("李喆", "女", rid("11010619851120234"), "13900001111", FENGZEYUAN, "", "2023/6/1", "", ""),
        ("赵赟", "女", rid("11010619880808010"), "13700001111", "", DONGGUANTOU, "2022-01-09",
         "深度", "快递员"),
        ("单丽", "女", rid("11010619920202022"), "13500001111", XINYUAN, "", "2020-10-01", "", ""),
        ("曾强", "男", rid("11010619800101001"), "13400001111", CLINIC, "", "2019-03-04", "", ""),
    ]  # fmt: skip
    for n, row in enumerate(rows, start=1):
        ws.append([n, *row, ""])
    wb.save(path)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _finish_wizard(qtbot):  # type: ignore[no-untyped-def]
    def run(wizard: SetupWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        profile = wizard.profile_page.inputs
        profile["name"].setText("太平桥街道总工会服务站")
        profile["address"].setText("西城区太平桥大街1号")
        profile["phone"].setText("010-66001234")
        profile["member_no_prefix"].setText("tpq")
        wizard.next()
        for name, value in (
            ("username", "wangjh"),
            ("display_name", "王建华"),
            ("password", "secret123"),
            ("confirm", "secret123"),
        ):
            wizard.admin_page.inputs[name].setText(value)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result()

    return run


def _log_in(qtbot):  # type: ignore[no-untyped-def]
    def run(dialog: LoginDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.username.text() == "wangjh"  # remembered from the wizard
        qtbot.keyClicks(dialog.password, "secret123")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        return dialog.result()

    return run


def _import_through(qtbot, page, button, path: Path, monkeypatch) -> ImportDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    button.click()
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_COLUMNS, timeout=WAIT_MS)
    dialog.next_button.click()
    _idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == dialog.PAGE_PREVIEW
    return dialog


def _idle(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)


def _finish_import(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.import_button.click()
    _idle(qtbot, dialog)
    assert dialog.result is not None and dialog.result.rejected == 0
    dialog.close_button.click()


def test_a_new_station_from_the_first_start_to_its_first_backup(
    qtbot, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    units_sheet = _units_sheet(tmp_path / "单位名册.xlsx")
    members_sheet = _members_sheet(tmp_path / "会员花名册.xlsx")
    url = f"sqlite:///{tmp_path / 'station.db'}"

    # First start: the file is created and the wizard asks for the station and an admin.
    db = open_database(url, daily=False)
    assert isinstance(db, Database)
    monkeypatch.setattr(SetupWizard, "exec", _finish_wizard(qtbot))
    first = sign_in(db, settings)
    assert first is not None and first.actor.is_admin
    # The next start asks to log in.
    monkeypatch.setattr(LoginDialog, "exec", _log_in(qtbot))
    context = sign_in(db, settings)
    assert context is not None and context.actor.username == "wangjh"
    window = MainWindow(context, settings, tmp_path)
    qtbot.addWidget(window)
    window.show()
    tab = window.tabs.widget(0)
    assert isinstance(tab, MembersTab)

    # Communities, on their page of the member tab.
    tab.show_communities()
    page = tab.communities_page
    page.new_name.setText(f"{WEST}、{EAST}")
    page.add_button.click()
    assert page.names() == [WEST, EAST]

    # The units sheet: every row matches a community now.
    tab.show_units()
    dialog = _import_through(
        qtbot, tab.units_page, tab.units_page.import_button, units_sheet, monkeypatch
    )
    assert dialog.preview is not None and dialog.preview.valid == 3
    assert dialog.missing_bar.isHidden()
    _finish_import(qtbot, dialog)
    assert tab.units_page.model.total() == 3

    # The members sheet names a community the station lacks: added from the preview.
    tab.show_members()
    dialog = _import_through(
        qtbot, tab.members_page, tab.members_page.import_button, members_sheet, monkeypatch
    )
    preview = dialog.preview
    assert preview is not None and preview.missing_communities == (DONGGUANTOU,)
    assert [r.status for r in preview.rows].count(VALID) == 4
    dialog.missing_bar.add_button.click()  # the question is answered Yes
    _idle(qtbot, dialog)
    assert dialog.preview.valid == 5 and dialog.missing_bar.isHidden()
    assert page.names() == [WEST, EAST, DONGGUANTOU]
    _finish_import(qtbot, dialog)
    assert tab.members_page.model.total() == 5

    # One member by hand, then the receipt saved as a file from the preview.
    receipt = tmp_path / "回执.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))

    def intake(form: MemberFormDialog) -> int:
        qtbot.addWidget(form)
        form.show()
        form.name.setText("刘芳")
        qtbot.keyClicks(form.id_number, NEWCOMER_ID)
        qtbot.keyClicks(form.mobile, "13600002222")
        form.unit.setFocus()
        qtbot.keyClicks(form.unit, min(name_keys(XINYUAN), key=len)[:5])
        qtbot.waitUntil(lambda: bool(form.unit.matches()), timeout=WAIT_MS)
        assert form.unit.choose_first_match() and form.unit.unit_name() == XINYUAN
        form.save_button.click()
        assert form.registered, form.banner_text()
        form.print_button.click()
        qtbot.waitUntil(lambda: form.findChild(PdfPreviewDialog) is not None, timeout=WAIT_MS)
        preview = form.findChild(PdfPreviewDialog)
        qtbot.waitUntil(preview.save_button.isEnabled, timeout=WAIT_MS)
        preview.save_button.click()
        preview.close_button.click()
        form.cancel_button.click()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MemberFormDialog, "exec", intake)
    tab.members_page.new_button.click()
    assert tab.members_page.model.total() == 6
    newcomer = tab.members_page.selected_row()
    assert newcomer is not None and newcomer.name == "刘芳"
    record = MemberService(db).get(context.actor, newcomer.id)
    assert (record.unit_name, record.community_name) == (XINYUAN, EAST)  # the unit's
    assert record.member_no.startswith("TPQ")
    assert receipt.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(receipt), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "刘芳" in text and record.member_no in text and "太平桥街道总工会服务站" in text

    # The first backup, from 文件 → 备份….
    copies: list[Path] = []

    def back_up(dialog: BackupDialog) -> int:
        dialog.show()
        dialog.backup_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
        assert dialog.last_done is not None
        copies.append(dialog.last_done.path)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(BackupDialog, "exec", back_up)
    window.open_backup()
    [copy] = copies
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT count(*) FROM member").fetchone()[0] == 6
        assert con.execute("SELECT count(*) FROM unit").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM community").fetchone()[0] == 3
    finally:
        con.close()
    assert UnitService(db).count_units() == 3
    assert not [m for m in message_boxes if m[0] in ("warning", "critical")], message_boxes
    window.close()
    db.dispose()
