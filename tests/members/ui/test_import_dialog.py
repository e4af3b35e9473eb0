"""The import dialog with pytest-qt: file -> columns -> preview -> import -> result, all
work off the UI thread, waited for by signals (never sleeps), threads finished."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from station_app.context import DeskContext
from station_app.members.service import CommunityService, UnitService
from station_app.members.sheets.types import DUPLICATE, INVALID, VALID, ImportResult
from station_app.members.types import UnitInput
from station_app.members.ui import excel_actions
from station_app.members.ui.import_dialog import ImportDialog, PreviewModel
from tests.members.data.sheets import MEMBER_HEADERS, MEMBER_ROWS, expected, write_xlsx


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS, title="会员花名册")


@pytest.fixture
def street_ctx(empty_ctx: DeskContext) -> DeskContext:
    """The communities and units the sheet names."""
    communities, units = CommunityService(empty_ctx.db), UnitService(empty_ctx.db)
    west = communities.add_community(empty_ctx.actor, "太平桥西里社区")
    east = communities.add_community(empty_ctx.actor, "太平桥东里社区")
    units.add_unit(empty_ctx.actor, UnitInput(name="北京华信科技有限公司", community_id=west))
    units.add_unit(empty_ctx.actor, UnitInput(name="北京鼎泰物业管理有限公司", community_id=east))
    return empty_ctx


def _wait_idle(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)


def _open(qtbot, ctx: DeskContext, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pages.currentChanged, timeout=60_000):
        dialog.load_file(path)  # goes to the work page at once ...
    _wait_idle(qtbot, dialog)  # ... and on to the columns when the file is read
    return dialog


def test_file_columns_preview_import_result(qtbot, street_ctx: DeskContext, sheet: Path) -> None:
    dialog = _open(qtbot, street_ctx, sheet)
    assert dialog.pages.currentIndex() == dialog.PAGE_COLUMNS
    assert dialog.columns_table.rowCount() == len(MEMBER_HEADERS)
    assert dialog.mapping()[1] == "name" and 0 not in dialog.mapping()  # 序号 left out
    assert "17 rows read" in dialog.columns_hint.text()

    dialog.next_button.click()
    _wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == dialog.PAGE_PREVIEW
    preview = dialog.preview
    assert preview is not None
    model = dialog.proxy.sourceModel()
    assert isinstance(model, PreviewModel) and model.rowCount() == len(MEMBER_ROWS)
    # Rows with errors are shown first, red, with their reason.
    assert dialog.proxy.rowCount() == preview.invalid
    first = dialog.proxy.index(0, PreviewModel.REASON)
    assert first.data()
    assert first.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"
    dialog.show_combo.setCurrentIndex(0)
    assert dialog.proxy.rowCount() == len(MEMBER_ROWS)
    statuses = {model.status_of(r) for r in range(model.rowCount())}
    assert statuses == {VALID, DUPLICATE, INVALID}
    assert "To import:" in dialog.counts_label.text()
    assert dialog.proxy.index(0, PreviewModel.STATUS).data() == "Will be imported"
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=60_000) as signal:
        dialog.import_button.click()
    _wait_idle(qtbot, dialog)
    result = signal.args[0]
    assert isinstance(result, ImportResult)
    assert dialog.pages.currentIndex() == dialog.PAGE_RESULT
    assert result.imported == preview.valid and result.rejected == preview.invalid
    assert result.error_workbook_path is not None and result.error_workbook_path.exists()
    assert dialog.open_errors_button.isVisible()
    assert str(result.error_workbook_path) in dialog.result_label.text()
    assert dialog.result_counts["imported"].text() == str(result.imported)


def test_unknown_column_is_mapped_in_the_column_step(
    qtbot, empty_ctx: DeskContext, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    from tests.members.data.sheets import WANG_KUN

    wb = Workbook()
    wb.active.append(["职工", "身份证号"])
    wb.active.append(["王堃", WANG_KUN])
    wb.save(tmp_path / "odd.xlsx")
    dialog = _open(qtbot, empty_ctx, tmp_path / "odd.xlsx")
    assert "not recognised" in dialog.columns_hint.text()
    dialog.next_button.click()  # no name column yet: refused with a sentence, nothing runs
    assert dialog.pages.currentIndex() == dialog.PAGE_COLUMNS and dialog.task is None
    dialog.set_mapping(0, "name")
    dialog.next_button.click()
    _wait_idle(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.valid == 1


def test_cancel_keeps_the_ui_responsive_and_saves_nothing(
    qtbot, street_ctx: DeskContext, sheet: Path
) -> None:
    dialog = _open(qtbot, street_ctx, sheet)
    dialog.next_button.click()
    _wait_idle(qtbot, dialog)
    # Block the import in its thread until the UI has pressed Cancel.
    from station_app.members.sheets import importer

    original = importer.apply
    gate = __import__("threading").Event()

    def slow_apply(db, actor, preview, progress=None, should_cancel=None, **kw):  # type: ignore[no-untyped-def]
        gate.wait(30)
        return original(db, actor, preview, progress, should_cancel, **kw)

    importer.apply = slow_apply  # type: ignore[assignment]
    try:
        dialog.import_button.click()
        assert dialog.pages.currentIndex() == dialog.PAGE_WORK and dialog.is_working()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # UI answers
        assert not dialog.cancel_button.isEnabled()
        gate.set()
        _wait_idle(qtbot, dialog)
    finally:
        importer.apply = original  # type: ignore[assignment]
    assert dialog.pages.currentIndex() == dialog.PAGE_PREVIEW
    from station_app.members.service import MemberService

    assert MemberService(street_ctx.db).count_members() == 0


def test_closing_while_working_stops_the_thread(qtbot, empty_ctx: DeskContext, sheet: Path) -> None:
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.load_file(sheet)
    dialog.reject()  # waits for the (cancelled) read; no thread is left running
    assert dialog.task is None


def test_excel_actions_import_opens_the_dialog_on_a_chosen_file(
    qtbot, empty_ctx: DeskContext, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = excel_actions.import_members(parent, empty_ctx)
    _wait_idle(qtbot, dialog)
    assert dialog.sheet is not None and dialog.pages.currentIndex() == dialog.PAGE_COLUMNS
    dialog.reject()


def test_export_with_progress_and_template(
    qtbot, admin_ctx: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    out = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list = []
    task = excel_actions.export_members(parent, admin_ctx, None, on_done=done.append, joined=None)
    assert task is not None
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    assert done[0].rows == 500 and done[0].full_ids  # the patched question answered Yes
    assert (tmp_path / "export.xlsx").exists()
    template = tmp_path / "模板"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    assert excel_actions.save_member_template(parent, admin_ctx) == tmp_path / "模板.xlsx"
    assert message_boxes[-1][0] == "information"


def test_desk_export_is_masked_without_asking(
    qtbot, desk_ctx: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "d.xlsx"), "")
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list = []
    task = excel_actions.export_members(parent, desk_ctx, None, on_done=done.append, joined=None)
    assert task is not None
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    assert not done[0].full_ids and not [m for m in message_boxes if m[0] == "question"]


def test_print_receipt_opens_the_preview(qtbot, admin_ctx: DeskContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from station_app.widgets.pdf_preview import PdfPreviewDialog

    opened: list[Path] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self.pdf_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    job = excel_actions.print_receipt(parent, admin_ctx, 1)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes().startswith(b"%PDF")


def test_a_receipt_for_a_member_no_longer_there_is_a_warning_not_a_build(
    qtbot, admin_ctx: DeskContext, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    assert excel_actions.print_receipt(parent, admin_ctx, 999_999) is None
    assert [kind for kind, _title, _text in message_boxes] == ["warning"]


def test_expected_counts_are_consistent() -> None:
    assert sum(expected(MEMBER_ROWS)) == len(MEMBER_ROWS)


def test_export_of_members_who_joined_in_a_period(
    qtbot, desk_ctx: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    from station_app.members.service import MemberService
    from station_app.members.types import MemberFilter

    first, last = dt.date(2024, 1, 1), dt.date(2024, 6, 30)
    expected = MemberService(desk_ctx.db).count_members(
        MemberFilter(joined_from=first, joined_to=last)
    )
    assert 0 < expected < 500
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.xlsx"), "")
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list = []
    task = excel_actions.export_members(
        parent, desk_ctx, None, on_done=done.append, joined=(first, last)
    )
    assert task is not None
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    assert done[0].rows == expected
    rows = list(load_workbook(tmp_path / "p.xlsx").active.iter_rows(values_only=True))
    joined = [r[10] for r in rows[1:]]
    assert len(joined) == expected and all(first <= d.date() <= last for d in joined)
