"""A card reader or QR scanner in keyboard mode, on every tab of the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.db import Database
from station_app.core.ids import resident_id_check_char
from station_app.core.station import StationService
from station_app.main_window import MainWindow
from station_app.members.models import Member
from station_app.settings import AppSettings
from station_app.volunteers.models import Volunteer
from station_app.welfare.service import CampaignService, HandoutService
from tests.data_safety import filled_copy
from tests.widgets.scan_keys import scan

MEMBERS, WELFARE, ROOMS, VOLUNTEERS = range(4)


@pytest.fixture
def station(filled_station: Path, tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{filled_copy(filled_station, tmp_path)}")
    yield db
    db.dispose()


@pytest.fixture
def window(qtbot, station: Database, settings: AppSettings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    actor = AccountService(station).login("desk", "desk123")
    profile = StationService(station).profile()
    assert profile is not None
    win = MainWindow(DeskContext(station, actor, profile), settings, tmp_path)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    return win


def _show(qtbot, window: MainWindow, index: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1.value + index), Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == index


def _activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform has no window manager to give a closed dialog's focus
    back to the window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _when_modal(handle: Callable[[QWidget], None]) -> None:
    """``handle`` the modal dialog a scan opens (it runs inside the dialog's loop)."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, check)
            return
        handle(dialog)
        dialog.close()

    QTimer.singleShot(0, check)


def _member(db: Database) -> tuple[int, str, str]:
    with db.read() as s:
        row = s.execute(
            select(Member.id, Member.id_number, Member.member_no)
            .where(Member.id_type == "resident_id")
            .order_by(Member.id)
        ).first()
    assert row is not None
    return row.id, row.id_number, row.member_no


def test_member_tab_opens_the_record_or_starts_intake(
    qtbot, window: MainWindow, station: Database
) -> None:  # type: ignore[no-untyped-def]
    member_id, id_number, member_no = _member(station)
    _show(qtbot, window, MEMBERS)
    seen: list[tuple[str, object]] = []
    for count, number in enumerate((id_number, member_no), 1):
        _when_modal(lambda d: seen.append((type(d).__name__, getattr(d, "member_id", None))))
        _activate(qtbot, window)
        scan(number)
        qtbot.waitUntil(lambda n=count: len(seen) == n)
    assert seen == [("MemberRecordDialog", member_id)] * 2

    body = "11010219900307004"  # nobody on file holds it
    unknown = body + resident_id_check_char(body)
    forms: list[tuple[str, str]] = []
    _when_modal(lambda d: forms.append((d.id_number.text(), d.gender.currentText())))  # type: ignore[attr-defined]
    _activate(qtbot, window)
    scan(unknown)
    qtbot.waitUntil(lambda: len(forms) == 1)
    assert forms[0][0] == unknown

    _activate(qtbot, window)
    scan("TPQ209900001")  # no such member: said, nothing opens
    qtbot.waitUntil(lambda: "TPQ209900001" in window.statusBar().currentMessage())


def _due(db: Database) -> tuple[int, str]:
    """An open campaign's recipient not served yet: (campaign, ID number)."""
    cid = CampaignService(db).list_campaigns("open")[0].id
    handout = HandoutService(db)
    with db.read() as s:
        numbers = s.scalars(select(Member.id_number).where(Member.id_type == "resident_id")).all()
    for number in numbers:
        found = handout.find_for_handout(cid, number, limit=1)
        if found and found[0].can_hand_out:
            return cid, number
    raise AssertionError("no one is due in the demo campaign")


def test_gift_desk_selects_the_person_and_one_enter_hands_out(
    qtbot, window: MainWindow, station: Database
) -> None:  # type: ignore[no-untyped-def]
    cid, number = _due(station)
    _show(qtbot, window, ROOMS)  # from any tab: the welfare tab's own scan goes to the desk
    _show(qtbot, window, WELFARE)
    page = window.current_tab().handout_page  # type: ignore[attr-defined]
    page.select_campaign(cid)
    page.proxy_name.setFocus()  # a field that is not the search: it stays empty
    scan(number)
    qtbot.waitUntil(lambda: page.selected() is not None)
    assert page.proxy_name.text() == ""
    assert page.search.text() == number and page.search.hasFocus()
    served = page.selected().member_id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.last_result is not None
    assert page.selected().member_id == served and not page.selected().can_hand_out


def test_rooms_tab_books_for_the_scanned_member(
    qtbot, window: MainWindow, station: Database
) -> None:  # type: ignore[no-untyped-def]
    _member_id, id_number, _member_no = _member(station)
    _show(qtbot, window, ROOMS)
    tab = window.current_tab()
    scan(id_number)
    qtbot.waitUntil(lambda: tab.dialog is not None)  # type: ignore[attr-defined]
    dialog = tab.dialog  # type: ignore[attr-defined]
    assert dialog.member.chosen_id() is not None
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.date)  # the date is next
    dialog.close()


def test_volunteer_tab_finds_the_volunteer(qtbot, window: MainWindow, station: Database) -> None:  # type: ignore[no-untyped-def]
    with station.read() as s:
        row = s.execute(
            select(Volunteer.id, Member.member_no)
            .join(Member, Member.id == Volunteer.member_id)
            .where(Volunteer.active.is_(True))
        ).first()
    assert row is not None
    _show(qtbot, window, VOLUNTEERS)
    tab = window.current_tab()
    scan(row.member_no)
    page = tab.volunteers_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.search.text() == row.member_no)
    assert page.current_id() == row.id


def test_volunteer_tab_says_how_to_sign_up_a_member_who_is_none(
    qtbot, window: MainWindow, station: Database
) -> None:  # type: ignore[no-untyped-def]
    with station.read() as s:
        member_no = s.scalar(
            select(Member.member_no).where(
                Member.status == "active",
                Member.id.not_in(
                    select(Volunteer.member_id).where(Volunteer.member_id.is_not(None))
                ),
            )
        )
    assert member_no is not None
    _show(qtbot, window, VOLUNTEERS)
    scan(member_no)
    qtbot.waitUntil(lambda: member_no in window.statusBar().currentMessage())
    assert "Ctrl+N" in window.statusBar().currentMessage()  # the way to add them
