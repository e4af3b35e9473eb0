"""Every printout of the program, with rare characters in every kind of name: 李𠮷 (𠮷 is
CJK extension B) and 欧阳䶮 (䶮, extension A) are members, volunteers and a caller; a unit,
a community, a room, a campaign, a gift item, a team, an activity, a booking, the station
and the operator carry 𠮷 or 䶮 too. Each printout is built as ``station-app print`` builds
it (the command's own handler, or the same ``print_*``/``build_*`` function) in Chinese,
and its extracted text must hold every expected name whole: no □, no character dropped.
Every font must be embedded. The door sheets must not name the private booking's caller.

One demo station for the module; the glyph check finds its fallback font through
fontconfig (fonts-hanazono on Linux, SimSun-ExtB on Windows)."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from station_app import demo
from station_app.cli import build_parser
from station_app.core.cli_print import printing_actor
from station_app.core.db import Database
from station_app.core.migrate import upgrade_to_head
from station_app.core.pdf.glyphs import _fallbacks, use_fallback_fonts
from station_app.members.cli import cmd_print_receipt

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

STATION = "𠮷安街道总工会服务站"
OPERATOR = "上官䶮"
LI, OUYANG = "李𠮷", "欧阳䶮"
UNIT = "𠮷利电子有限公司"
COMMUNITY = "䶮山社区"
CAMPAIGN = "䶮𠮷春节送温暖"
ITEM = "𠮷祥大米"
TEAM = "𠮷星志愿服务队"
ACTIVITY = "𠮷祥社区义诊"
ROOM = "䶮阁会议室"
TALK = "𠮷他兴趣班"  # the public booking's title
PRIVATE = "䶮家私事"  # the private booking's title, never on a door sheet


@dataclass
class Station:
    db: Database
    ids: dict[str, object]
    pdfs: dict[str, Path] = field(default_factory=dict)


def _one(db: Database, sql: str, **params: object) -> tuple:  # type: ignore[type-arg]
    with db.read() as s:
        row = s.execute(text(sql), params).first()
    assert row is not None, sql
    return tuple(row)


def _rename(db: Database) -> dict[str, object]:
    """The demo's records that feed each printout, renamed (and the station too)."""
    ids: dict[str, object] = {}
    # Welfare: a handed-out allocation (李𠮷) and another of the same campaign (欧阳䶮).
    (campaign,) = _one(
        db,
        "SELECT campaign_id FROM allocation WHERE NOT removed GROUP BY campaign_id"
        " HAVING count(handed_out_at) >= 1 AND count(*) >= 2 ORDER BY count(*) DESC, 1",
    )
    allocation, li = _one(
        db,
        "SELECT id, member_id FROM allocation WHERE campaign_id = :c AND NOT removed"
        " AND handed_out_at IS NOT NULL AND undone_at IS NULL ORDER BY id",
        c=campaign,
    )
    (ouyang,) = _one(
        db,
        "SELECT member_id FROM allocation WHERE campaign_id = :c AND member_id <> :m"
        " AND NOT removed ORDER BY id",
        c=campaign,
        m=li,
    )
    (item,) = _one(db, "SELECT item_id FROM campaign_item WHERE campaign_id = :c", c=campaign)
    # Volunteers: two who attended the same activity.
    activity, year = _one(
        db,
        "SELECT s.activity_id, strftime('%Y', s.starts_at) FROM assignment a"
        " JOIN shift s ON s.id = a.shift_id WHERE a.status = 'attended'"
        " GROUP BY s.activity_id HAVING count(DISTINCT a.volunteer_id) >= 2 ORDER BY 1",
    )
    with db.read() as s:
        volunteers = s.execute(
            text(
                "SELECT DISTINCT a.volunteer_id, v.member_id, v.team_id FROM assignment a"
                " JOIN shift s ON s.id = a.shift_id JOIN volunteer v ON v.id = a.volunteer_id"
                " WHERE s.activity_id = :a AND a.status = 'attended' ORDER BY 1 LIMIT 2"
            ),
            {"a": activity},
        ).all()
    # Rooms: a room's day with two bookings, one public, one private (a caller's).
    room, day = _one(
        db,
        "SELECT room_id, date(starts_at) FROM booking WHERE status <> 'cancelled'"
        " GROUP BY room_id, date(starts_at) HAVING count(*) >= 2 ORDER BY 2, 1",
    )
    with db.read() as s:
        public, private = s.scalars(
            text(
                "SELECT id FROM booking WHERE room_id = :r AND date(starts_at) = :d"
                " AND status <> 'cancelled' ORDER BY starts_at LIMIT 2"
            ),
            {"r": room, "d": day},
        ).all()
    (member_no,) = _one(db, "SELECT member_no FROM member WHERE id = :m", m=li)
    (unit,) = _one(db, "SELECT id FROM unit ORDER BY id")
    (community,) = _one(db, "SELECT id FROM community ORDER BY id")
    with db.transaction() as s:
        run = s.execute
        run(text("UPDATE station SET name = :n"), {"n": STATION})
        run(text("UPDATE member SET name = :n WHERE id = :m"), {"n": LI, "m": li})
        run(text("UPDATE member SET name = :n WHERE id = :m"), {"n": OUYANG, "m": ouyang})
        run(
            text("UPDATE member SET unit_id = :u, community_id = :c WHERE id IN (:a, :b)"),
            {"u": unit, "c": community, "a": li, "b": ouyang},
        )
        run(text("UPDATE unit SET name = :n WHERE id = :u"), {"n": UNIT, "u": unit})
        run(text("UPDATE community SET name = :n WHERE id = :c"), {"n": COMMUNITY, "c": community})
        run(text("UPDATE campaign SET name = :n WHERE id = :c"), {"n": CAMPAIGN, "c": campaign})
        run(text("UPDATE gift_item SET name = :n WHERE id = :i"), {"n": ITEM, "i": item})
        run(text("UPDATE activity SET title = :n WHERE id = :a"), {"n": ACTIVITY, "a": activity})
        for (volunteer, member, _team), name in zip(volunteers, (LI, OUYANG), strict=True):
            if member is None:
                run(
                    text("UPDATE volunteer SET name = :n WHERE id = :v"),
                    {"n": name, "v": volunteer},
                )
            else:
                run(text("UPDATE member SET name = :n WHERE id = :m"), {"n": name, "m": member})
        run(text("UPDATE team SET name = :n WHERE id = :t"), {"n": TEAM, "t": volunteers[0][2]})
        run(text("UPDATE room SET name = :n WHERE id = :r"), {"n": ROOM, "r": room})
        run(
            text("UPDATE booking SET private = :f, title = :t, requester_member_id = :m,"
                 " caller_name = '', caller_mobile = '' WHERE id = :b"),
            {"f": False, "t": TALK, "m": li, "b": public},
        )  # fmt: skip
        run(
            text("UPDATE booking SET private = :p, title = :t, requester_member_id = NULL,"
                 " caller_name = :c, caller_mobile = '13812345678' WHERE id = :b"),
            {"p": True, "t": PRIVATE, "c": OUYANG, "b": private},
        )  # fmt: skip
    ids.update(
        campaign=campaign, allocation=allocation, member_no=member_no, activity=activity,
        year=int(year), volunteer=volunteers[0][0], room=room, day=day, public=public,
        private=private,
    )  # fmt: skip
    return ids


# Each printout: its ``station-app print`` arguments (ids filled in from the station),
# the names its text must hold whole besides the station's and the operator's (header
# and footer of every page), and those it must not show.
@dataclass(frozen=True)
class Printout:
    args: Callable[[dict[str, object]], list[str]]
    names: tuple[str, ...]
    absent: tuple[str, ...] = ()


EVERYWHERE = (STATION, OPERATOR)
DOOR = (ROOM, TALK)
NOT_ON_DOORS = (OUYANG, PRIVATE)  # the private booking's caller and title
SIGN_OFF = (LI, OUYANG, UNIT, CAMPAIGN, ITEM)
ROSTER = (LI, OUYANG, TEAM, ACTIVITY)


def _handout(group: str | None) -> Callable[[dict[str, object]], list[str]]:
    by = ["--group", group] if group else []
    return lambda i: ["handout", "--campaign", str(i["campaign"]), *by]


PRINTOUTS: dict[str, Printout] = {
    "receipt": Printout(
        lambda i: ["receipt", "--member", str(i["member_no"])], (LI, UNIT, COMMUNITY)
    ),
    "unit-ledger": Printout(lambda i: ["unit-ledger"], (UNIT, COMMUNITY)),
    "handout": Printout(_handout(None), SIGN_OFF),
    "handout-by-community": Printout(_handout("community"), (*SIGN_OFF, COMMUNITY)),
    "handout-by-unit": Printout(_handout("unit"), SIGN_OFF),
    "campaign-summary": Printout(
        lambda i: ["campaign-summary", "--campaign", str(i["campaign"])],
        (CAMPAIGN, ITEM, COMMUNITY),
    ),
    "stock": Printout(lambda i: ["stock", "--from", "2000-01-01", "--to", "2099-12-31"], (ITEM,)),
    "gift-receipt": Printout(
        lambda i: ["gift-receipt", "--allocation", str(i["allocation"])],
        (LI, UNIT, CAMPAIGN, ITEM),
    ),
    "schedule-room-day": Printout(
        lambda i: ["schedule", "--date", str(i["day"]), "--room", str(i["room"])],
        DOOR,
        NOT_ON_DOORS,
    ),
    "schedule-room-week": Printout(
        lambda i: ["schedule", "--date", str(i["day"]), "--room", str(i["room"]), "--week"],
        DOOR,
        NOT_ON_DOORS,
    ),
    "schedule-all-rooms": Printout(
        lambda i: ["schedule", "--date", str(i["day"])], DOOR, NOT_ON_DOORS
    ),
    "booking-slip-caller": Printout(
        lambda i: ["booking-slip", "--booking", str(i["private"])], (OUYANG, ROOM)
    ),
    "booking-slip-member": Printout(
        lambda i: ["booking-slip", "--booking", str(i["public"])], (LI, ROOM, TALK)
    ),
    "roster": Printout(lambda i: ["roster", "--activity", str(i["activity"])], ROSTER),
    "roster-leader-copy": Printout(
        lambda i: ["roster", "--activity", str(i["activity"]), "--leader-copy"], ROSTER
    ),
    "certificate": Printout(
        lambda i: ["certificate", "--volunteer", str(i["volunteer"]), "--year", str(i["year"])],
        (LI, TEAM, ACTIVITY),
    ),
    "volunteer-summary": Printout(
        lambda i: ["volunteer-summary", "--year", str(i["year"])], (TEAM,)
    ),
    "annual-report": Printout(
        lambda i: ["annual-report", "--year", str(i["year"])], (COMMUNITY, ITEM, TEAM, ROOM)
    ),
}
# Not on the command line: built by the same functions as the desk's 打印 buttons.
EXTRA = {"room-usage": (ROOM,), "sample": ()}


def _build(station: Station, name: str, out: Path) -> None:
    ids = station.ids
    if name == "room-usage":
        from station_app.rooms.reports import print_usage_report

        day = dt.date.fromisoformat(str(ids["day"]))
        actor = printing_actor(argparse.Namespace(operator=OPERATOR), station.db)
        print_usage_report(station.db, actor, day.year, day.month, out)
        return
    if name == "sample":
        from station_app.core.pdf.sample import build_sample

        build_sample(out, station_name=STATION, operator=OPERATOR)
        return
    argv = ["print", *PRINTOUTS[name].args(ids), "--out", str(out)]
    args: argparse.Namespace = build_parser().parse_args(argv)
    handler = getattr(args, "print_handler", None) or cmd_print_receipt
    assert handler(args, station.db) == 0, name


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[Station]:  # type: ignore[no-untyped-def]
    if not any(0x20BB7 in cover and 0x4DAE in cover for _, cover in _fallbacks()):
        pytest.skip("no font on this PC covers 𠮷 and 䶮 (install fonts-hanazono)")
    from station_app.core import i18n
    from station_app.translators import load_translators, unload_translators

    folder = tmp_path_factory.mktemp("rare")
    path = folder / "station.db"
    upgrade_to_head(f"sqlite:///{path}", backup=False)
    db = Database(f"sqlite:///{path}")
    demo.fill(db, members=60, seed=3)
    built = Station(db, _rename(db))
    load_translators(qapp, "zh_CN")  # the printouts as the desk prints them
    patch = pytest.MonkeyPatch()
    patch.setenv("STATION_OPERATOR", OPERATOR)  # what --operator sets, on every printout
    try:
        for name in [*PRINTOUTS, *EXTRA]:
            built.pdfs[name] = folder / f"{name}.pdf"
            _build(built, name, built.pdfs[name])
    finally:
        patch.undo()
        unload_translators()
        i18n.install(lambda _context, text: text)
        use_fallback_fonts(None)
    yield built
    db.dispose()


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.mark.parametrize("name", [*PRINTOUTS, *EXTRA])
def test_no_name_loses_a_character(station: Station, name: str) -> None:
    pdf = station.pdfs[name]
    found = _text(pdf)
    expected = EVERYWHERE + (PRINTOUTS[name].names if name in PRINTOUTS else EXTRA[name])
    assert "□" not in found, (name, found)
    for whole in expected:
        assert whole in found, (name, whole, found)
    for hidden in PRINTOUTS[name].absent if name in PRINTOUTS else ():
        assert hidden not in found, (name, hidden)
    rows = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert row.split()[-5] == "yes", (name, row)  # embedded


def test_the_annual_reports_chart_keeps_the_team_name(station: Station) -> None:
    """A chart's axis label is drawn apart from the tables: the team's hours are in the
    table and on the chart's axis, 𠮷 in both (it was □ on the axis)."""
    assert _text(station.pdfs["annual-report"]).count(TEAM) >= 2
