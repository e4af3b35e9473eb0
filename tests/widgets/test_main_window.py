from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

from station_app.context import DeskContext
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.main_window import MainWindow
from station_app.settings import AppSettings
from tests.widgets.windows import make_window


def test_four_tabs_and_shortcuts(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.tabs.count() == 5
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
    for index in (3, 1, 0, 2):
        qtbot.keyClick(window, keys[index], Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index
    assert "太平桥街道总工会服务站" in window.windowTitle()
    assert "王管理" in window.user_label.text()


def test_geometry_is_remembered(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    # The offscreen screen is 800 px wide, narrower than the tabs' minimum, so the
    # restored width is clamped to the screen: compare the height.
    window.resize(window.width(), 560)
    window.close()
    assert settings.window_geometry is not None
    profile = StationService(sqlite_db).profile()
    again = MainWindow(DeskContext(sqlite_db, window.context.actor, profile), settings, tmp_path)
    qtbot.addWidget(again)
    assert again.height() == 560


def test_switch_user_asks_for_login(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    with qtbot.waitSignal(window.switch_user_requested, timeout=2000):
        window.switch_user()
    assert not window.isVisible()


def test_desk_staff_see_no_admin_settings(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    from station_app.dialogs.settings_dialog import SettingsDialog

    window = make_window(qtbot, sqlite_db, settings, tmp_path, desk=True)
    dialog = SettingsDialog(window.context, settings, window)
    qtbot.addWidget(dialog)
    assert dialog.profile_page is None and dialog.operators_page is None
    assert dialog.tabs.count() == 1


def test_admin_settings_change_profile_and_add_operator(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    from station_app.dialogs.settings_dialog import SettingsDialog

    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    dialog = SettingsDialog(window.context, settings, window)
    qtbot.addWidget(dialog)
    page = dialog.profile_page
    page.inputs["member_no_prefix"].setText("1")
    assert not page.save()
    assert page.errors.text("member_no_prefix")
    page.inputs["member_no_prefix"].setText("TQ")
    page.inputs["name"].setText("太平桥街道工会服务站")
    assert page.save()
    assert StationService(sqlite_db).profile().name == "太平桥街道工会服务站"

    ops = dialog.operators_page
    ops.new_username.setText("zhao")
    ops.new_name.setText("赵敏")
    ops.new_password.setText("short")
    ops.add_operator()
    assert ops.new_errors.text("password")
    ops.new_password.setText("longenough")
    ops.add_operator()
    assert [row.username for row in ops.rows] == ["admin", "zhao"]
    ops.table.selectRow(1)
    ops.toggle_active()
    assert not ops.rows[1].active
    dialog.language_page.combo.setCurrentIndex(1)
    dialog.close_and_save()
    assert settings.language == "en"


def test_about_shows_version_and_locations(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    from station_app import __version__
    from station_app.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(sqlite_db.display_location, str(tmp_path), None)
    qtbot.addWidget(dialog)
    text = dialog.findChild(type(dialog.children()[1]), "about_text").text()
    assert __version__ in text and sqlite_db.display_location in text and str(tmp_path) in text


def test_each_tab_shown_takes_the_typing_where_the_desk_types_first(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    with qtbot.waitActive(window):
        window.activateWindow()
    members = window.tabs.widget(0)
    assert members.members_page.search.hasFocus()
    # (the hand-out search box, disabled without an open campaign: tests/welfare/ui)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    rooms = window.tabs.widget(2)  # built when first shown
    assert rooms.grid.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    volunteers = window.tabs.widget(3)
    assert volunteers.activities_page.activity_view.hasFocus()  # no activity chosen yet
    volunteers.pages.setCurrentWidget(volunteers.volunteers_page)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert volunteers.volunteers_page.search.hasFocus()
    members.show_communities()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert members.communities_page.new_name.hasFocus()


def test_no_two_alt_keys_on_the_rooms_tab_clash_with_the_menus(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)  # an administrator
    rooms = window.build_tab(2)
    menus = [a.text() for a in window.menuBar().actions()]
    buttons = [b.text() for b in rooms.findChildren(QAbstractButton) if "&" in b.text()]
    keys = [QKeySequence.mnemonic(text).toString() for text in menus + buttons]
    assert QKeySequence.mnemonic(rooms.holidays_button.text()).toString() == "Alt+L"
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == ["Alt+T"]  # Tools/Today: known


def test_every_menu_item_has_its_own_alt_letter(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)  # an administrator: all items
    for menu_action in window.menuBar().actions():
        items = [a for a in menu_action.menu().actions() if not a.isSeparator()]
        keys = [QKeySequence.mnemonic(a.text()).toString() for a in items]
        assert all(keys), [a.text() for a in items]
        assert len(set(keys)) == len(keys), keys
    tools = window.menuBar().actions()[1].menu()
    assert window.audit_action in tools.actions()
    assert QKeySequence.mnemonic(window.audit_action.text()).toString() == "Alt+A"
