"""The desk at work, to be killed at any moment (``tests.faults.kill`` does).

    python -m tests.faults.worker DBFILE JOURNAL [--first import|open|handout]

Opens the database the way the program does (``open_database``: checks, upgrade,
daily copy), prints ``ready``, then loops, starting with ``--first``:

* ``import``: a sheet of 200 new members through the Excel import (one transaction);
* ``open``: a drill campaign created and opened (its list frozen in one transaction);
* ``handout``: hand-outs confirmed one by one, 25 in a row.

Each operation is journalled ``begin`` before it starts and ``done`` after its commit
(each line written and fsynced at once) and echoed on stdout, which the parent reads
to time its kill; stdout also says ``commit <op> <key> <n>`` just before each commit.
The worker never stops by itself before ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from tests.faults import journal as jr

HANDOUTS_IN_A_ROW = 25


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.worker")
    parser.add_argument("db", type=Path)
    parser.add_argument("journal", type=Path)
    parser.add_argument("--first", choices=jr.OPS, default=jr.IMPORT)
    parser.add_argument("--max-seconds", type=float, default=120.0)
    args = parser.parse_args(argv)
    journal = jr.JournalWriter(args.journal)
    journal.write("start", os.getpid(), f"{time.time():.6f}")
    keys = jr.next_keys(jr.read_journal(args.journal))

    from station_app.core.startup import open_database

    db = open_database("sqlite:///" + str(args.db.resolve()))
    desk = Desk(db, args.journal.parent / "sheets", journal, keys)
    print("ready", flush=True)
    deadline = time.monotonic() + args.max_seconds
    order = [jr.IMPORT, jr.OPEN, *([jr.HANDOUT] * HANDOUTS_IN_A_ROW)]
    step = order.index(args.first)
    while time.monotonic() < deadline:
        desk.do(order[step % len(order)])
        step += 1
    return 3  # never killed: the parent is gone or waited too long


class Desk:
    def __init__(self, db, sheets: Path, journal: jr.JournalWriter, keys: dict[str, int]):  # type: ignore[no-untyped-def]
        from sqlalchemy import event, select

        from station_app.core.actor import Actor
        from station_app.core.models import Operator
        from station_app.members.models import Community
        from station_app.welfare.models import GiftItem
        from station_app.welfare.service import CampaignService, HandoutService

        self.db = db
        self.sheets = sheets
        self.journal = journal
        self.keys = dict(keys)
        self.campaigns = CampaignService(db)
        self.handouts = HandoutService(db)
        with db.read() as s:
            admin = s.scalars(select(Operator).where(Operator.username == "admin")).one()
            self.actor = Actor(admin.id, admin.username, admin.display_name, admin.role)
            self.communities = dict(s.execute(select(Community.name, Community.id)).all())
            self.items = dict(s.execute(select(GiftItem.name, GiftItem.id)).all())
        sheets.mkdir(exist_ok=True)
        self.current = ""  # "<op> <key>" while an operation runs
        self.commits = 0
        self.commit_started = 0.0
        event.listen(db.engine, "commit", self._committing)

    def _committing(self, _conn: object) -> None:
        """Said just before SQLite commits, so the parent can aim a kill at the commit."""
        if self.current:
            self.commits += 1
            self.commit_started = time.time()
            print(f"commit {self.current} {self.commits}", flush=True)

    def _begin(self, op: str, key: int) -> None:
        print(self.journal.write("begin", op, key, f"{time.time():.6f}"), flush=True)
        self.current, self.commits = f"{op} {key}", 0

    def _done(self, op: str, key: int, **extra: object) -> None:
        now = time.time()
        words = [f"{k}={v}" for k, v in extra.items()]
        words.append(f"commit_s={now - self.commit_started:.6f}")  # the last commit's time
        self.current = ""
        print(self.journal.write("done", op, key, f"{now:.6f}", *words), flush=True)

    def do(self, op: str) -> None:
        if op == jr.IMPORT:
            self.import_batch()
        elif op == jr.OPEN:
            self.open_campaign()
        else:
            allocation = self._next_allocation()
            if allocation is None:  # nothing left to hand out: a new list first
                self.open_campaign()
                allocation = self._next_allocation()
            assert allocation is not None
            self.hand_out(allocation)

    # --- the operations ------------------------------------------------------------

    def import_batch(self) -> None:
        from openpyxl import Workbook

        from station_app.members.sheets import importer

        batch = self.keys[jr.IMPORT]
        self.keys[jr.IMPORT] += 1
        path = self.sheets / f"batch-{batch:05d}.xlsx"
        wb = Workbook()
        wb.active.append(jr.HEADERS)
        for row in jr.batch_rows(batch):
            wb.active.append(row)
        wb.save(path)
        self._begin(jr.IMPORT, batch)
        preview = importer.preview(self.db, importer.read_sheet(path))
        result = importer.apply(self.db, self.actor, preview)
        if (result.imported, result.duplicates, result.rejected) != (jr.BATCH_ROWS, 0, 0):
            raise SystemExit(f"batch {batch}: {result.summary_line()}")
        self._done(jr.IMPORT, batch, imported=result.imported)

    def open_campaign(self) -> None:
        import datetime as dt

        from station_app.welfare.types import CampaignInput, EligibilityRule, PackageLine

        number = self.keys[jr.OPEN]
        self.keys[jr.OPEN] += 1
        community = self.communities[jr.campaign_community(number)]
        today = dt.date.today()
        self._begin(jr.OPEN, number)
        campaign_id = self.campaigns.create(
            self.actor,
            CampaignInput(
                name=jr.campaign_name(number),
                kind="festival",
                starts_on=today,
                ends_on=today + dt.timedelta(days=30),
                package=tuple(PackageLine(self.items[name], qty) for name, _u, qty in jr.ITEMS),
                cash_amount="0.00",
                rule=EligibilityRule(community_ids=(community,)),
            ),
        )
        recipients = self.campaigns.open(self.actor, campaign_id)
        self._done(jr.OPEN, number, campaign=campaign_id, recipients=recipients)

    def hand_out(self, allocation_id: int) -> None:
        self._begin(jr.HANDOUT, allocation_id)
        result = self.handouts.confirm_handout(self.actor, allocation_id)
        self._done(jr.HANDOUT, allocation_id, receipt=result.receipt_no)

    def _next_allocation(self) -> int | None:
        from sqlalchemy import text

        with self.db.read() as s:
            return s.execute(
                text(
                    "SELECT a.id FROM allocation AS a JOIN campaign AS c ON c.id = a.campaign_id "
                    "WHERE c.status = 'open' AND c.name LIKE :drill "
                    "AND a.handed_out_at IS NULL AND NOT a.removed ORDER BY a.id LIMIT 1"
                ),
                {"drill": jr.campaign_name(0)[:4] + "%"},
            ).scalar()


if __name__ == "__main__":
    sys.exit(main())
