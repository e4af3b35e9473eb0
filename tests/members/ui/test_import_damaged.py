"""The import dialog with a damaged file: the sentence on the file page, no message
box, no crash dialog; a good file chosen next goes on as usual."""

from __future__ import annotations

from pathlib import Path

from station_app.context import DeskContext
from station_app.members.ui.import_dialog import ImportDialog
from tests.members.data.sheets import MEMBER_HEADERS, MEMBER_ROWS, write_xlsx


def _read(qtbot, dialog: ImportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)


def test_damaged_workbook_is_a_sentence_in_the_dialog(
    qtbot, empty_ctx: DeskContext, tmp_path: Path, message_boxes
) -> None:
    good = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    data = good.read_bytes()
    damaged = tmp_path / "坏的.xlsx"
    damaged.write_bytes(data[: len(data) // 2])
    big5 = tmp_path / "繁體.csv"
    big5.write_bytes("姓名,身份證號\n王小明,1\n".encode("big5"))
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()

    _read(qtbot, dialog, damaged)
    assert dialog.pages.currentIndex() == dialog.PAGE_FILE and dialog.sheet is None
    assert dialog.file_error.isVisible()
    assert "坏的.xlsx is damaged and cannot be read" in dialog.file_error.text()
    assert message_boxes == []  # neither a warning nor a crash dialog

    _read(qtbot, dialog, big5)
    assert "cannot read the text encoding" in dialog.file_error.text()

    _read(qtbot, dialog, good)
    assert dialog.pages.currentIndex() == dialog.PAGE_COLUMNS and not dialog.file_error.isVisible()
    assert message_boxes == []
