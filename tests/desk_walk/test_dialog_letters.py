"""Every dialog the desk reaches from a tab's buttons or the menus, in Chinese: each
Alt-letter (the ``&`` of a label's or a button's text, "姓名(&N)") is taken once in
the dialog, and a field's label carries one that puts the cursor in its field.

The dialogs are found by walking: every button of every page (with a row chosen in
each list, so Edit and Delete are enabled) and every menu entry is pressed; a dialog
that opens is looked at and closed instead of run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.main_window import MainWindow
from station_app.settings import AppSettings
from station_app.translators import load_translators
from station_app.widgets.form_errors import alt_letter


def _texts(dialog: QDialog) -> Iterator[tuple[str, QWidget]]:
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text(), widget
        elif isinstance(widget, QGroupBox):
            yield widget.title(), widget
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield widget.tabText(index), widget


def is_field(widget: QWidget | None) -> bool:
    """A widget the desk types in or chooses with (a value shown in a label is not)."""
    if widget is None or isinstance(widget, QLabel):
        return False
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def letter_problems(dialog: QDialog) -> list[str]:
    """What is wrong with the dialog's Alt-letters, one sentence each (none: fine)."""
    name = type(dialog).__name__
    problems = []
    letters: Counter[str] = Counter()
    owners: dict[str, list[str]] = {}
    for text, widget in _texts(dialog):
        letter = alt_letter(text)
        if letter:
            letters[letter] += 1
            owners.setdefault(letter, []).append(text)
        if isinstance(widget, QLabel) and text:
            if is_field(widget.buddy()) and not letter:
                problems.append(f"{name}: label {text!r} has a field but no Alt-letter")
            if letter and widget.buddy() is None:
                problems.append(f"{name}: label {text!r} has an Alt-letter but no field")
    for letter, count in letters.items():
        if count > 1:
            problems.append(f"{name}: Alt+{letter} taken {count} times: {owners[letter]}")
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            shown = isinstance(label, QLabel) and label.isVisibleTo(dialog) and label.text()
            if shown and label.buddy() is None:  # type: ignore[union-attr]
                problems.append(f"{name}: form label {label.text()!r} has no field")
    return problems


class Seen:
    """The dialogs met so far and what is wrong in each; a dialog's own buttons are
    pressed too (not its OK/Cancel row), for the dialogs it opens in turn."""

    def __init__(self) -> None:
        self.dialogs: dict[str, list[str]] = {}
        self.depth = 0

    def look(self, dialog: QDialog) -> None:
        name = type(dialog).__name__
        if name in self.dialogs:
            return
        self.dialogs[name] = letter_problems(dialog)
        if self.depth < 2:
            self.depth += 1
            try:
                dialog.show()
                press_everything(dialog, dialog)
            finally:
                self.depth -= 1


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    """Dialogs are looked at and closed (rejected) instead of run; file and input
    questions are answered with nothing."""
    seen = Seen()

    def exec_(dialog: QDialog) -> int:
        seen.look(dialog)
        if shiboken6.isValid(dialog):  # a button of its own may have closed it
            dialog.reject()
        return QDialog.DialogCode.Rejected

    def open_(dialog: QDialog) -> None:
        exec_(dialog)

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QDialog, "open", open_)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (0, False)))
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: no))
    return seen


# The walk must reach at least these (it finds more: previews, ledgers, date ranges …).
REACHED = {
    "MemberFormDialog", "MemberRecordDialog", "StatusChangeDialog", "UnitFormDialog",
    "CampaignDialog", "ItemDialog", "MovementDialog", "LedgerDialog", "BookingDialog",
    "RoomsDialog", "HolidaysDialog", "VolunteerDialog", "TeamDialog", "ActivityDialog",
    "HoursDialog", "SettingsDialog", "PasswordDialog", "BackupDialog", "RestoreDialog",
    "AuditLogDialog", "CheckDialog", "AboutDialog", "ExportDialog",
}  # fmt: skip


def _window(qtbot, station_db: Database, tmp_path: Path, user: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    load_translators(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    actor = AccountService(station_db).login(user, password)
    profile = StationService(station_db).profile()
    assert profile is not None
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    main = MainWindow(DeskContext(station_db, actor, profile), settings, tmp_path)
    qtbot.addWidget(main)
    main.show()
    return main


def press_everything(page: QWidget, top: QWidget) -> None:
    """A row chosen in each list (and opened: double-click, Enter), then each button
    of ``page`` pressed (those of a dialog's OK/Cancel row left alone)."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QHeaderView) or not view.isVisibleTo(top):
            continue
        if model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            view.doubleClicked.emit(model.index(0, 0))
            view.activated.emit(model.index(0, 0))
    pressed: set[str] = set()
    for button in page.findChildren(QAbstractButton):
        if not shiboken6.isValid(button):  # an earlier press rebuilt that part
            continue
        key = button.text()
        if isinstance(button.parent(), QDialogButtonBox) or key in pressed:
            continue
        if not isinstance(button, QPushButton | QToolButton) or not button.isEnabled():
            continue
        if not button.isVisibleTo(top):
            continue
        pressed.add(key)
        menu = button.menu()
        if menu is None:
            button.click()
        for action in menu.actions() if menu is not None else []:
            if action.isEnabled() and not action.isSeparator():
                action.trigger()
        QApplication.processEvents()


def _walk_tabs(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.current_tab()
        pages = tab.findChild(QTabWidget)
        for page_index in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(page_index)
            page = pages.currentWidget() if pages is not None else tab
            press_everything(page, window)


def _walk_menus(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.isSeparator() or action.shortcut().toString() in ("Ctrl+L", "Ctrl+Q"):
                continue
            action.trigger()
            QApplication.processEvents()


def test_every_dialog_takes_each_alt_letter_once(qtbot, seen: Seen, station_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for user, password in (("desk", "desk123"), ("admin", "admin123")):
        window = _window(qtbot, station_db, tmp_path, user, password)
        _walk_tabs(window)
        _walk_menus(window)
        window.close()
    missed = REACHED - set(seen.dialogs)
    assert not missed, f"the walk no longer reaches {sorted(missed)}"
    problems = [p for found in seen.dialogs.values() for p in found]
    assert not problems, "\n".join(problems)
