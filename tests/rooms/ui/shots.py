"""Screenshots of the room bookings tab for docs/: ``python -m tests.rooms.ui.shots``.

A fresh database with a handful of bookings on Monday 2026-11-23 (a private one made
by the administrator, which the desk operator sees as "Booked" only; her own private
one in full), grabbed offscreen as the desk operator sees it at 10:40: the day view
(docs/rooms-day.png) and the mediation room's week (docs/rooms-week.png).
``--qm FILE`` loads an extra compiled catalog first (a catalog not yet merged).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parents[3] / "docs"
NOW = dt.datetime(2026, 11, 23, 10, 40)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--qm", type=Path, help="an extra .qm catalog to load")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="rooms-shots-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / name.lower())

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from station_app.app import create_app
    from station_app.context import DeskContext
    from station_app.core import clock
    from station_app.core.accounts import AccountService
    from station_app.core.actor import Actor
    from station_app.core.db import Database
    from station_app.core.ids import resident_id_check_char
    from station_app.core.migrate import upgrade_to_head
    from station_app.core.station import StationService
    from station_app.members.service import MemberService
    from station_app.members.types import MemberInput
    from station_app.rooms.service import BookingService
    from station_app.rooms.types import BookingInput
    from station_app.rooms.ui.tab import WEEK, RoomsTab
    from tests.conftest import set_up_station

    clock.now = lambda: NOW  # type: ignore[assignment]
    app = create_app()
    if args.qm:
        extra = QTranslator(app)
        if extra.load(str(args.qm)):
            app.installTranslator(extra)

    path = folder / "station.db"
    upgrade_to_head(f"sqlite:///{path}", backup=False)
    db = Database(f"sqlite:///{path}")
    admin = set_up_station(db)
    li = Actor(
        AccountService(db).add_operator(admin, "li", "李晓燕", "desk", "desk1234"),
        "li",
        "李晓燕",
        "desk",
    )
    members = MemberService(db)

    def member(name: str, first17: str, mobile: str) -> int:
        number = first17 + resident_id_check_char(first17)
        inp = MemberInput(name=name, id_number=number, mobile=mobile)
        return members.register(admin, inp).member_id

    zhang = member("张秀英", "11010619850312002", "13912345678")
    liu = member("刘建国", "11010619790512001", "13698765432")
    bookings = BookingService(db)
    today = NOW.date()

    def book(actor: Actor, room: int, start: str, end: str, day: int = 0, **kw: object) -> int:
        values: dict = dict(
            purpose="activity", caller_name="王女士", caller_mobile="13812345678", attendees=2
        )
        values.update(kw)
        date = today + dt.timedelta(days=day)
        inp = BookingInput(
            room_id=room,
            starts_at=dt.datetime.combine(date, dt.time.fromisoformat(start)),
            ends_at=dt.datetime.combine(date, dt.time.fromisoformat(end)),
            **values,
        )
        return bookings.book(actor, inp).id

    member_only = dict(caller_name="", caller_mobile="")
    mediation = book(
        admin,
        1,
        "09:00",
        "10:30",
        purpose="mediation",
        title="劳动报酬争议调解",
        requester_member_id=liu,
        handled_by="陈调解员",
        **member_only,
    )
    bookings.check_in(admin, mediation)
    book(
        li,
        2,
        "14:00",
        "15:00",
        purpose="counselling",
        title="情绪疏导面谈",
        requester_member_id=zhang,
        attendees=1,
        **member_only,
    )
    book(admin, 2, "11:00", "12:00", purpose="counselling", title="职工心理咨询", attendees=1)
    nursing = book(admin, 3, "09:30", "10:00", purpose="mother_baby", title="哺乳使用", attendees=1)
    bookings.complete(admin, nursing)
    book(li, 4, "13:30", "16:00", title="户外劳动者暖心驿站活动", attendees=40, handled_by="赵敏")
    meeting = book(
        admin, 4, "10:00", "11:30", purpose="meeting", title="社区联合工会例会", attendees=15
    )
    book(admin, 5, "15:00", "16:30", title="职工读书分享会", attendees=12)
    tidy = book(admin, 5, "09:00", "09:30", purpose="other", title="图书整理")
    bookings.no_show(admin, tidy)
    for day, start, end, title in (
        (1, "09:30", "11:00", "工伤待遇协商"),
        (2, "14:00", "16:00", "劳动合同纠纷调解"),
        (3, "10:00", "11:00", "欠薪调解回访"),
        (4, "15:00", "17:00", "集体协商预备会"),
    ):
        actor = admin if day % 2 else li
        book(actor, 1, start, end, day, purpose="mediation", title=title, attendees=3)

    profile = StationService(db).profile()
    assert profile is not None
    tab = RoomsTab(DeskContext(db, li, profile))
    tab.resize(1280, 760)
    tab.show()
    QApplication.processEvents()
    args.out.mkdir(exist_ok=True)
    tab.grid.setFocus()
    tab.grid.select_booking(meeting)
    QApplication.processEvents()
    tab.grab().save(str(args.out / "rooms-day.png"))
    tab.set_mode(WEEK)
    tab.room_combo.setCurrentIndex(tab.room_combo.findData(1))
    tab.refresh()
    tab.grid.select_range(2, dt.time(10, 0), dt.time(11, 30))
    QApplication.processEvents()
    tab.grab().save(str(args.out / "rooms-week.png"))
    print(args.out / "rooms-day.png")
    print(args.out / "rooms-week.png")
    tab.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
