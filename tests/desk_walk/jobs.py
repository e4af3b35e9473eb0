"""The four daily jobs as the desk clerk does them, keys only (see walker.py)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from station_app.core.db import Database
from station_app.core.ids import random_resident_id
from station_app.core.search import name_keys
from station_app.main_window import MainWindow
from station_app.members.models import Member, Unit
from station_app.welfare.models import Allocation, Campaign
from station_app.widgets.pdf_preview import PdfPreviewDialog
from tests.desk_walk.walker import Script, Walk


def modal(kind: type[QWidget] | None = None) -> QWidget | None:
    widget = QApplication.activeModalWidget()
    if widget is None or (kind is not None and not isinstance(widget, kind)):
        return None
    return widget


def previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]


def open_preview() -> PdfPreviewDialog | None:
    shown = [w for w in previews() if w.isVisible()]
    return shown[0] if shown else None


def print_receipt(walk: Walk, printed: Path) -> Script:
    """The preview is up: Ctrl+P prints (to the test's file); it closes by itself, or
    one Esc closes it."""
    yield open_preview
    yield lambda: QApplication.focusWidget() is not None and open_preview().isActiveWindow()
    yield walk.key("Ctrl+P")
    # The job runs off the UI thread: done when the file is there and no job is running.
    yield lambda: printed.exists() and (open_preview() is None or open_preview().print_task is None)
    yield lambda: printed.stat().st_size > 0
    if open_preview() is not None:
        yield walk.key("Esc")
    yield lambda: open_preview() is None


def register(walk: Walk, window: MainWindow, db: Database, printed: Path) -> Script:
    rng = random.Random(15)
    with db.read() as s:
        unit_id, unit_name = s.execute(select(Unit.id, Unit.name).order_by(Unit.id)).first()
    initials = name_keys(unit_name)[-1]
    id_number = random_resident_id(rng, dt.date(1988, 6, 1), "F")
    name = "周晓梅"
    yield walk.setup("Ctrl+1")
    yield walk.key("Ctrl+N")
    form = None

    def form_open() -> bool:
        nonlocal form
        form = modal()
        return form is not None and type(form).__name__ == "MemberFormDialog"

    yield form_open
    yield walk.type(name)
    yield walk.key("Tab")  # ID type
    yield walk.key("Tab")  # ID number
    yield walk.type(id_number)
    yield walk.key("Alt+U")  # the unit (its label's Alt-letter)
    yield walk.type(initials)
    yield lambda: QApplication.activePopupWidget() is not None
    yield walk.key("Return")
    yield lambda: form.unit.unit_id() is not None
    assert form.unit.unit_id() == unit_id, (form.unit.unit_id(), unit_id)
    yield walk.key("Ctrl+Return")
    yield lambda: form.registered
    yield walk.key("Ctrl+P")
    yield from print_receipt(walk, printed)
    with db.read() as s:
        found = s.execute(select(Member.unit_id).where(Member.name == name)).all()
    assert found == [(unit_id,)], found


def gift(walk: Walk, window: MainWindow, db: Database, printed: Path) -> Script:
    """The campaign is open, the desk's auto-print is on (its remembered choice)."""
    with db.read() as s:
        allocation_id, member_id, id_number = s.execute(
            select(Allocation.id, Member.id, Member.id_number)
            .join(Member, Member.id == Allocation.member_id)
            .join(Campaign, Campaign.id == Allocation.campaign_id)
            .where(
                Campaign.status == "open",
                Allocation.handed_out_at.is_(None),
                Allocation.removed.is_(False),
                Member.id_type == "resident_id",
            )
            .order_by(Allocation.campaign_id, Allocation.id)
        ).first()
    yield walk.setup("Ctrl+2")  # the tab is built when first shown
    page = window.tabs.widget(1).handout_page
    yield lambda: page.search.hasFocus()
    yield walk.scan(id_number)
    yield lambda: page.selected() is not None and page.selected().member_id == member_id
    yield walk.key("Return")
    yield from print_receipt(walk, printed)
    with db.read() as s:
        served = s.scalar(select(Allocation.receipt_no).where(Allocation.id == allocation_id))
    assert served, "not handed out"


def next_tuesday() -> dt.date:
    from station_app.core import clock

    today = clock.today()
    return today + dt.timedelta(days=(1 - today.weekday()) % 7 or 7)


def booking(walk: Walk, window: MainWindow, db: Database, printed: Path) -> Script:
    """A caller books the mediation room for next Tuesday 14:00–15:00, private."""
    from station_app.rooms.models import Booking, Room

    with db.read() as s:
        room_id, room_name = s.execute(
            select(Room.id, Room.name).where(Room.kind == "mediation", Room.active)
        ).first()
    day = next_tuesday()
    caller, mobile = "钱女士", "13912345678"
    yield walk.setup("Ctrl+3")
    yield walk.key("Ctrl+N")  # opens on the date
    yield lambda: type(modal()).__name__ == "BookingDialog"
    yield walk.type(f"{day:%m%d}")
    yield walk.key("Tab")  # the start
    yield walk.type("1400")
    yield walk.key("Tab")  # the end
    yield walk.type("1500")
    yield walk.key("Alt+R")  # the room, by its first characters
    yield walk.type(room_name[:2])
    yield walk.key("Alt+L")  # a caller: the name's field
    yield walk.type(caller)
    yield walk.key("Tab")
    yield walk.type(mobile)
    yield walk.key("Ctrl+Return")
    yield lambda: modal() is None
    with db.read() as s:
        rows = s.execute(
            select(Booking.room_id, Booking.starts_at, Booking.ends_at, Booking.private).where(
                Booking.caller_name == caller, Booking.caller_mobile == mobile
            )
        ).all()
    expected = (
        room_id,
        dt.datetime.combine(day, dt.time(14)),
        dt.datetime.combine(day, dt.time(15)),
        True,
    )
    assert rows == [expected], rows


def volunteer(walk: Walk, window: MainWindow, db: Database, printed: Path) -> Script:
    """A volunteer onto a shift of the upcoming activity the tab opens on."""
    from station_app.volunteers.models import Assignment

    yield walk.setup("Ctrl+4")  # the tab is built when first shown
    page = window.tabs.widget(3).activities_page
    yield lambda: page.panel.candidate_model.rowCount() > 0
    shift = page.current_shift()
    assert shift is not None, "no shift chosen"
    model = page.panel.candidate_model
    rows = [model.row(i) for i in range(model.rowCount())]
    candidate = next(r for r in rows if r.free and r.available and not r.on_shift)
    with db.read() as s:
        before = s.scalar(
            select(Assignment.id).where(
                Assignment.shift_id == shift.id, Assignment.volunteer_id == candidate.volunteer_id
            )
        )
    assert before is None
    yield lambda: page.panel.candidate_search.hasFocus()
    yield walk.type(candidate.name)
    yield walk.key("Return")

    def assigned() -> bool:
        with db.read() as s:
            return (
                s.scalar(
                    select(Assignment.id).where(
                        Assignment.shift_id == shift.id,
                        Assignment.volunteer_id == candidate.volunteer_id,
                    )
                )
                is not None
            )

    yield assigned
