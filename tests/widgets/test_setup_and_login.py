import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from station_app.core.accounts import AccountService
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.dialogs.login_dialog import LoginDialog
from station_app.dialogs.setup_wizard import SetupWizard
from tests.conftest import set_up_station


def _fill(page, **values: str) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        page.inputs[name].setText(value)


def test_setup_wizard_creates_station_and_admin(qtbot, sqlite_db: Database) -> None:
    wizard = SetupWizard(StationService(sqlite_db))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill(wizard.profile_page, name="太平桥街道总工会服务站", member_no_prefix="tpq")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    _fill(
        wizard.admin_page,
        username="admin",
        display_name="王建华",
        password="secret123",
        confirm="secret123",
    )
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.actor is not None and wizard.actor.is_admin
    profile = StationService(sqlite_db).profile()
    assert profile is not None and profile.member_no_prefix == "TPQ"


def test_setup_wizard_shows_errors_beside_fields_and_saves_nothing(
    qtbot, sqlite_db: Database
) -> None:
    wizard = SetupWizard(StationService(sqlite_db))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill(wizard.profile_page, name="", member_no_prefix="TPQ")
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    assert wizard.profile_page.errors.text("name")
    _fill(wizard.profile_page, name="服务站")
    wizard.next()
    _fill(
        wizard.admin_page,
        username="admin",
        display_name="王",
        password="secret123",
        confirm="different",
    )
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.actor is None
    assert wizard.admin_page.errors.text("confirm")
    assert StationService(sqlite_db).needs_setup()


def test_login_dialog_refuses_wrong_password_then_accepts(qtbot, sqlite_db: Database) -> None:
    set_up_station(sqlite_db)
    dialog = LoginDialog(AccountService(sqlite_db), "太平桥街道总工会服务站", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and dialog.error.isVisible()
    assert "4" in dialog.error.text()  # tries left
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "secret123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_login_loads_the_desk_while_the_password_is_checked(qtbot, sqlite_db: Database) -> None:
    """``meanwhile`` runs at each try, in the UI thread (the check itself is on a worker:
    tests/core/test_accounts.py); a wrong password still gets its sentence."""
    set_up_station(sqlite_db)
    seen: list[str] = []

    def meanwhile() -> None:
        seen.append(threading.current_thread().name)

    dialog = LoginDialog(AccountService(sqlite_db), "服务站", "admin", meanwhile=meanwhile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and dialog.error.isVisible()
    qtbot.keyClicks(dialog.password, "secret123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.result() == LoginDialog.DialogCode.Accepted
    assert seen == [threading.main_thread().name] * 2


def test_a_desk_that_cannot_load_ahead_still_logs_in(
    qtbot, sqlite_db: Database, caplog, monkeypatch
) -> None:
    """A module missing from a broken build: logged, and the login goes on (the window's
    own import says it again, where the crash hook shows it)."""
    import station_app.app as app_module
    import station_app.main_window as main_window

    def missing() -> None:
        raise ImportError("No module named 'station_app.members.ui.tab'")

    set_up_station(sqlite_db)
    monkeypatch.setattr(main_window, "load_first_tab", missing)
    dialog = LoginDialog(
        AccountService(sqlite_db), "服务站", "admin", meanwhile=app_module._load_desk
    )
    qtbot.addWidget(dialog)
    dialog.password.setText("secret123")
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert "could not be loaded ahead" in caplog.text


def test_setup_wizard_by_keyboard_errors_go_with_the_edit_and_focus_the_field(
    qtbot, sqlite_db: Database
) -> None:
    wizard = SetupWizard(StationService(sqlite_db))
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    wizard.next()
    page = wizard.profile_page
    page.inputs["member_no_prefix"].setFocus()
    qtbot.keyClicks(page.inputs["member_no_prefix"], "TPQ")
    qtbot.keyClick(page.inputs["member_no_prefix"], Qt.Key.Key_Return)  # no name: refused
    assert wizard.currentPage() is page and page.errors.text("name")
    assert page.inputs["name"].hasFocus()  # the cursor where the correction goes
    qtbot.keyClicks(page.inputs["name"], "station")
    assert page.errors.text("name") == ""  # filled: the sentence went
    qtbot.keyClick(page.inputs["name"], Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.admin_page
    admin = wizard.admin_page.inputs
    for name, value in (("username", "admin"), ("display_name", "wang")):
        qtbot.keyClicks(admin[name], value)
    qtbot.keyClicks(admin["password"], "abc")
    qtbot.keyClicks(admin["confirm"], "abc")
    admin["confirm"].setFocus()
    qtbot.keyClick(admin["confirm"], Qt.Key.Key_Return)  # too short: refused
    assert wizard.actor is None and wizard.admin_page.errors.text("password")
    assert admin["password"].hasFocus() and admin["password"].selectedText() == "abc"
    qtbot.keyClicks(admin["password"], "secret123")
    assert wizard.admin_page.errors.text("password") == ""


def test_setup_wizard_fields_leave_the_buttons_alt_letters_alone(
    qtbot, sqlite_db: Database
) -> None:
    """Alt+N is 下一步 on every page: no field label may take N (nor B, F) from it."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    wizard = SetupWizard(StationService(sqlite_db))
    qtbot.addWidget(wizard)
    for page in (wizard.profile_page, wizard.admin_page):
        letters = [
            QKeySequence.mnemonic(label.text()).toString()
            for label in page.findChildren(QLabel)
            if label.buddy() is not None
        ]
        assert letters and all(letters), letters
        assert not {"Alt+N", "Alt+B", "Alt+F"} & set(letters), letters
        assert len(letters) == len(set(letters)), letters
