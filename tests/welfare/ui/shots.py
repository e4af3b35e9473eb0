"""Grab the welfare hand-out screen with demo data: ``python -m tests.welfare.ui.shots``.

Saves docs/welfare-handout.png (QT_QPA_PLATFORM=offscreen works)."""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parents[3] / "docs"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=DOCS)
    parser.add_argument("--members", type=int, default=600)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="welfare-shots-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / name.lower())

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from station_app import demo
    from station_app.app import create_app
    from station_app.context import DeskContext
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.startup import open_database
    from station_app.core.station import StationService
    from station_app.members.models import Member
    from station_app.welfare.demo import fill_welfare
    from station_app.welfare.models import Allocation, Campaign
    from station_app.welfare.ui.tab import WelfareTab

    app = create_app()
    db = open_database(f"sqlite:///{folder / 'demo.db'}")
    demo.fill(db, members=args.members)
    fill_welfare(db, random.Random(1), hand_out=120)
    with db.read() as s:
        campaign_id = s.scalar(select(Campaign.id).where(Campaign.status == "open"))
        served = s.execute(
            select(Member.name)
            .join(Allocation, Allocation.member_id == Member.id)
            .where(Allocation.campaign_id == campaign_id, Allocation.handed_out_at.is_not(None))
            .limit(1)
        ).scalar_one()
    profile = StationService(db).profile()
    assert profile is not None
    tab = WelfareTab(DeskContext(db, CLI_ACTOR, profile))
    tab.resize(1280, 760)
    tab.show()
    page = tab.handout_page
    page.select_campaign(campaign_id)
    page.search.set_text_now(served[0])  # a surname: several people, several states
    QApplication.processEvents()
    args.out.mkdir(exist_ok=True)
    out = args.out / "welfare-handout.png"
    tab.grab().save(str(out))
    print(out)
    tab.shutdown()
    tab.close()
    db.dispose()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
