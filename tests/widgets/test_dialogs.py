"""The small dialog pieces: the OK/Save and Cancel row, running a dialog for what it
saved, the Yes/No question that defaults to No."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from station_app.widgets.dialogs import OK, SAVE, accept_buttons, ask_yes, run_dialog


def test_the_first_button_runs_the_check_and_cancel_rejects(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    checked: list[bool] = []
    box = accept_buttons(dialog, lambda: checked.append(True), button=SAVE, text="Save draft")
    assert box.button(SAVE).text() == "Save draft"
    box.button(SAVE).click()
    assert checked == [True] and dialog.result() == 0  # the check decides, not the button
    box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    plain = QDialog()
    qtbot.addWidget(plain)
    plain_box = accept_buttons(plain)
    plain_box.button(OK).click()
    assert plain.result() == QDialog.DialogCode.Accepted


def test_run_dialog_gives_what_was_saved_or_none(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for code, expected in ((QDialog.DialogCode.Accepted, 7), (QDialog.DialogCode.Rejected, None)):
        dialog = QDialog()  # not qtbot's: run_dialog deletes it
        monkeypatch.setattr(dialog, "exec", lambda code=code: code)
        with qtbot.waitSignal(dialog.destroyed, timeout=1000):
            assert run_dialog(dialog, lambda _d: 7) == expected


def test_run_dialog_reads_a_list_edited_in_place_however_it_closed(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Rejected)  # Esc
    with qtbot.waitSignal(dialog.destroyed, timeout=1000):
        assert run_dialog(dialog, lambda _d: True, accepted_only=False) is True


def test_the_question_defaults_to_no(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[object] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(default)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not ask_yes(None, "Close campaign", "Close it?")
    assert asked == [QMessageBox.StandardButton.No]
