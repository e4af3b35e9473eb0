"""Kill test: the desk is killed (SIGKILL) in the middle of imports, campaign openings
and hand-outs, again and again on the same database, and nothing confirmed is lost.

    python -m tests.faults.kill --runs 200 --seed 1 [--folder DIR]

The database is prepared once (demo data, two drill gift items with plenty of stock).
Each run starts ``tests.faults.worker`` and aims at one kind of operation (in turn,
sometimes at random; seeded): half of the kills come a random time after such an
operation began (spread over its usual duration, measured from the journal), half
right at its commit (the worker says ``commit`` just before SQLite writes and syncs
the WAL). The parent waits on the worker's output, never polls. After each kill:

* ``check_database`` must pass (integrity, references, the domain's rules);
* the interrupted operation (begun, not confirmed) must be wholly there or wholly
  absent: all 200 members of the batch or none; the campaign a draft without a list or
  open with everyone its rule takes; the allocation served with its ledger rows and
  audit row, or none of them;
* every confirmed operation (and every interrupted one that had landed) is still there.

The last line gives the figures; the exit status is 1 on any loss, half-saved
operation, failed check or worker that died by itself.
"""

from __future__ import annotations

import argparse
import os
import random
import selectors
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.faults import journal as jr
from tests.faults.worker import HANDOUTS_IN_A_ROW

ROOT = Path(__file__).resolve().parents[2]
DEMO_MEMBERS = 300
STOCK = 1_000_000
STARTUP_TIMEOUT = 60.0  # seconds for the worker to get going (a slow, busy machine)
# Until the journal says how long operations take on this machine:
FIRST_GUESS = {jr.IMPORT: 0.8, jr.OPEN: 0.15, jr.HANDOUT: 0.03}


@dataclass
class Figures:
    runs: int = 0
    kills: int = 0
    at_commit: int = 0  # kills aimed at a commit
    interrupted: Counter[str] = field(default_factory=Counter)
    landed: int = 0  # interrupted operations found whole in the database
    confirmed: int = 0
    lost: set[tuple[object, ...]] = field(default_factory=set)  # rows, by identity
    half_saved: int = 0
    check_failures: int = 0
    worker_failures: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.half_saved or self.check_failures or self.worker_failures)

    def line(self) -> str:
        kinds = ", ".join(f"{op} {self.interrupted[op]}" for op in jr.OPS)
        total = sum(self.interrupted.values())
        return (
            f"runs {self.runs}, kills {self.kills} ({self.at_commit} aimed at a commit), "
            f"operations interrupted {total} ({kinds}; "
            f"{self.landed} had landed, {total - self.landed} left no trace), "
            f"confirmed operations {self.confirmed}, rows lost {len(self.lost)}, "
            f"half-saved {self.half_saved}, check failures {self.check_failures}, "
            f"worker failures {self.worker_failures} "
            f"({self.seconds:.1f} s, {self.seconds / max(1, self.runs):.2f} s per run)"
        )


# --- the database, prepared once -------------------------------------------------------


def prepare(folder: Path, members: int = DEMO_MEMBERS, seed: int = 1) -> Path:
    from station_app import demo
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.db import Database
    from station_app.core.migrate import upgrade_to_head
    from station_app.welfare.service import StockService
    from station_app.welfare.types import ItemInput

    path = folder / "station.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url, backup=False)
    db = Database(url)
    try:
        demo.fill(db, members=members, seed=seed)
        stock = StockService(db)
        for name, unit, _qty in jr.ITEMS:
            item = stock.add_item(CLI_ACTOR, ItemInput(name, unit, "10.00"))
            stock.receive(CLI_ACTOR, item, STOCK, "断电演练")
    finally:
        db.dispose()
    return path


# --- one run -------------------------------------------------------------------------


class WorkerFailed(Exception):
    pass


@dataclass(frozen=True)
class Aim:
    """Kill ``delay`` seconds after the worker's ``count``-th output line starting with
    ``prefix`` (and ending with ``suffix``)."""

    target: str
    prefix: str
    delay: float
    count: int = 1
    suffix: str = ""
    at_commit: bool = False

    def matches(self, line: str) -> bool:
        return line.startswith(self.prefix) and line.endswith(self.suffix)

    def describe(self) -> str:
        return f"{self.target}{' commit' if self.at_commit else ''}"


class Lines:
    """The worker's stdout, line by line, waiting with select (no polling, and no
    lines hidden in a reader's buffer where select cannot see them)."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self.proc = proc
        self.fd = proc.stdout.fileno()
        self.buffer = b""
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)

    def wait_for(self, wanted: Callable[[str], bool], timeout: float) -> bool:
        """True when a ``wanted`` line came, False when ``timeout`` seconds passed."""
        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                if wanted(line.decode("utf-8", "replace").strip()):
                    return True
            left = deadline - time.monotonic()
            if left <= 0 or not self.selector.select(left):
                return False
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise WorkerFailed(f"worker exited with {self.proc.wait()} before it was killed")
            self.buffer += chunk

    def close(self) -> None:
        self.selector.close()


def kill_one_worker(db_path: Path, journal: Path, aim: Aim, err: Path) -> int:
    """Starts a worker and kills it as ``aim`` says; returns its exit status."""
    command = [sys.executable, "-m", "tests.faults.worker", str(db_path), str(journal)]
    with err.open("ab") as stderr:
        proc = subprocess.Popen(
            [*command, "--first", aim.target], cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr
        )
    lines = Lines(proc)
    try:
        if not lines.wait_for(lambda ln: ln == "ready", STARTUP_TIMEOUT):
            raise WorkerFailed("worker did not get ready in time")
        seen = 0

        def trigger(line: str) -> bool:
            nonlocal seen
            seen += aim.matches(line)
            return seen == aim.count

        if not lines.wait_for(trigger, STARTUP_TIMEOUT):
            raise WorkerFailed(f"worker never got to {aim.describe()}")
        # The fault injection itself: the worker runs on for ``delay`` seconds (its
        # output drained meanwhile, so it never blocks on a full pipe), then SIGKILL.
        if aim.delay > 0:
            lines.wait_for(lambda _ln: False, aim.delay)
        proc.send_signal(signal.SIGKILL)
        return proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        lines.close()
        assert proc.stdout is not None
        proc.stdout.close()


# --- what the database must hold -----------------------------------------------------


def _connect(db_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)


def _eligible_now(con: sqlite3.Connection, rule_json: str) -> int:
    """How many members the campaign's rule takes, by the service's own conditions."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite

    from station_app.welfare.service.eligibility import member_t, rule_conditions
    from station_app.welfare.types import EligibilityRule

    rule = EligibilityRule.from_json(rule_json)
    stmt = select(func.count()).select_from(member_t).where(*rule_conditions(rule))
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    return int(con.execute(sql).fetchone()[0])


@dataclass
class Found:
    """The drill's rows as the database has them now."""

    id_numbers: set[str]
    import_audits: set[int]  # batch numbers
    campaigns: dict[str, tuple[int, str, int, str]]  # name -> (id, status, list, rule)
    open_audits: set[int]  # campaign ids
    served: dict[int, str]  # allocation id -> receipt
    issued: dict[tuple[int, str], int]  # (allocation id, receipt) -> ledger rows
    handout_audits: Counter[int]  # allocation id -> audit rows

    @classmethod
    def read(cls, db_path: Path) -> Found:
        con = _connect(db_path)
        try:
            ids = {
                r[0]
                for r in con.execute(
                    "SELECT id_number FROM member WHERE id_number LIKE ?", (jr.AREA + "%",)
                )
            }
            audits = set()
            for (summary,) in con.execute(
                "SELECT summary FROM audit_log WHERE action = 'import' AND entity = 'member'"
            ):
                start = summary.find("batch-")
                if start >= 0:
                    audits.add(int(summary[start + 6 : start + 11]))
            campaigns = {
                name: (cid, status, count, rule)
                for cid, name, status, rule, count in con.execute(
                    "SELECT c.id, c.name, c.status, c.rule, COUNT(a.id) FROM campaign AS c "
                    "LEFT JOIN allocation AS a ON a.campaign_id = c.id "
                    "WHERE c.name LIKE ? GROUP BY c.id",
                    (jr.campaign_name(0)[:4] + "%",),
                )
            }
            open_audits = {
                int(r[0])
                for r in con.execute(
                    "SELECT entity_id FROM audit_log WHERE action = 'open' AND entity = 'campaign'"
                )
            }
            served = dict(
                con.execute(
                    "SELECT id, receipt_no FROM allocation WHERE handed_out_at IS NOT NULL"
                ).fetchall()
            )
            issued = {
                (a, r): n
                for a, r, n in con.execute(
                    "SELECT allocation_id, receipt_no, COUNT(*) FROM stock_movement "
                    "WHERE kind = 'issued' AND allocation_id IS NOT NULL "
                    "GROUP BY allocation_id, receipt_no"
                )
            }
            handout_audits: Counter[int] = Counter(
                int(r[0])
                for r in con.execute(
                    "SELECT entity_id FROM audit_log "
                    "WHERE action = 'handout' AND entity = 'allocation'"
                )
            )
            found = cls(ids, audits, campaigns, open_audits, served, issued, handout_audits)
            found._con = con  # type: ignore[attr-defined]
            return found
        except BaseException:
            con.close()
            raise

    # Each returns the rows of an operation that are missing (empty: all there).

    def missing_import(self, batch: int) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = [
            ("member", n) for n in jr.batch_id_numbers(batch) if n not in self.id_numbers
        ]
        if batch not in self.import_audits:
            rows.append(("import audit row", batch))
        return rows

    def missing_open(self, number: int, recipients: int) -> list[tuple[object, ...]]:
        name = jr.campaign_name(number)
        if name not in self.campaigns:
            return [("campaign", name), ("open audit row", name)] + [
                ("allocation", name, i) for i in range(recipients)
            ]
        cid, status, count, _rule = self.campaigns[name]
        rows: list[tuple[object, ...]] = [("allocation", name, i) for i in range(count, recipients)]
        if status == "draft":
            rows.append(("campaign opened", name))
        if cid not in self.open_audits:
            rows.append(("open audit row", name))
        return rows

    def missing_handout(self, allocation: int, receipt: str) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        if self.served.get(allocation) != receipt:
            rows.append(("allocation served", allocation, receipt))
        for i in range(self.issued.get((allocation, receipt), 0), len(jr.ITEMS)):
            rows.append(("ledger row", allocation, receipt, i))
        if self.handout_audits[allocation] < 1:
            rows.append(("handout audit row", allocation))
        return rows

    # An interrupted operation: (landed, details) or a ValueError when half of it is there.

    def interrupted(self, entry: jr.Entry) -> dict[str, str] | None:
        """The operation's details when it landed whole, None when it left no trace;
        ValueError when only part of it is there."""
        if entry.op == jr.IMPORT:
            there = len(set(jr.batch_id_numbers(entry.key)) & self.id_numbers)
            audit = entry.key in self.import_audits
            if there == jr.BATCH_ROWS and audit:
                return {"imported": str(there)}
            if there == 0 and not audit:
                return None
            raise ValueError(
                f"import {entry.key}: {there} of its {jr.BATCH_ROWS} members are there, "
                f"audit row {'there' if audit else 'missing'}"
            )
        if entry.op == jr.OPEN:
            name = jr.campaign_name(entry.key)
            if name not in self.campaigns:
                return None
            cid, status, count, rule = self.campaigns[name]
            if status == "draft" and count == 0 and cid not in self.open_audits:
                return None  # created; the opening left no trace
            eligible = _eligible_now(self._con, rule)  # type: ignore[attr-defined]
            if status == "open" and count == eligible and cid in self.open_audits:
                return {"campaign": str(cid), "recipients": str(count)}
            raise ValueError(
                f"open {name}: status {status}, {count} on the list, {eligible} eligible, "
                f"audit row {'there' if cid in self.open_audits else 'missing'}"
            )
        receipt = self.served.get(entry.key)
        ledger = sum(n for (a, _r), n in self.issued.items() if a == entry.key)
        audits = self.handout_audits[entry.key]
        if receipt is None and ledger == 0 and audits == 0:
            return None
        if (
            receipt is not None
            and not self.missing_handout(entry.key, receipt)
            and ledger == len(jr.ITEMS)
        ):
            return {"receipt": receipt}
        raise ValueError(
            f"handout {entry.key}: receipt {receipt}, {ledger} ledger rows, {audits} audit rows"
        )

    def close(self) -> None:
        self._con.close()  # type: ignore[attr-defined]


# --- the test ------------------------------------------------------------------------


def _durations(runs: list[jr.Run], op: str) -> tuple[float, float, float]:
    """(duration, spacing, commit) of an operation on this machine: medians over the
    last confirmed ones, from ``begin`` to ``done``, from ``begin`` to the next
    ``begin``, and of its last commit."""
    took: list[float] = []
    spacing: list[float] = []
    commit: list[float] = []
    for r in runs:
        for entry, after in zip(r.entries, [*r.entries[1:], None], strict=True):
            if entry.op != op or entry.ended is None:
                continue
            took.append(entry.ended - entry.began)
            commit.append(float(entry.extra.get("commit_s", 0.0)))
            if after is not None:
                spacing.append(after.began - entry.began)
    if not took:
        guess = FIRST_GUESS[op]
        return guess, guess, 0.002
    duration = statistics.median(took[-30:])
    return (
        duration,
        statistics.median(spacing[-30:]) if spacing else duration,
        statistics.median(commit[-30:]),
    )


def make_aim(rng: random.Random, runs: list[jr.Run], target: str) -> Aim:
    """Half of the kills anywhere in an operation (after it began), half during its
    commit (SQLite writing and syncing the WAL). Hand-outs: one of the stream of
    hand-outs that follows the first, chosen at random."""
    duration, spacing, commit = _durations(runs, target)
    nth = rng.randrange(HANDOUTS_IN_A_ROW) if target == jr.HANDOUT else 0
    if rng.random() < 0.5:
        delay = spacing * nth + rng.uniform(0.0, duration * 1.05)
        return Aim(target, f"begin {target} ", delay)
    commits = 2 if target == jr.OPEN else 1  # a campaign is created, then opened
    return Aim(
        target,
        f"commit {target} ",
        max(0.0, rng.uniform(-commit, commit)),  # half of them at once: we are late anyway
        count=nth + 1,
        suffix=f" {commits}",
        at_commit=True,
    )


def run(
    folder: Path, runs: int, seed: int = 1, progress: Callable[[str], None] | None = None
) -> Figures:
    from station_app.data_checks import check_database

    say = progress or (lambda _text: None)
    rng = random.Random(seed)
    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    db_path = prepare(folder, seed=seed)
    url = f"sqlite:///{db_path}"
    journal = folder / "journal.txt"
    err = folder / "worker-stderr.txt"
    figures = Figures()
    history: list[jr.Run] = []
    landed: list[jr.Entry] = []  # interrupted operations that turned out to be whole

    for number in range(1, runs + 1):
        target = jr.OPS[(number - 1) % len(jr.OPS)] if rng.random() < 0.75 else rng.choice(jr.OPS)
        figures.runs += 1
        aim = make_aim(rng, history, target)
        figures.at_commit += aim.at_commit
        try:
            code = kill_one_worker(db_path, journal, aim, err)
        except WorkerFailed as exc:
            figures.worker_failures += 1
            figures.problems.append(f"run {number}: {exc}; see {err}")
            say(f"run {number}: {exc}")
            break
        if code == -signal.SIGKILL:
            figures.kills += 1
        else:
            figures.worker_failures += 1
            figures.problems.append(f"run {number}: worker ended with {code}; see {err}")
        writer = jr.JournalWriter(journal)
        writer.write(
            "killed", f"{time.time():.6f}", f"aimed-at={aim.describe()}", f"after={aim.delay:.6f}s"
        )
        writer.close()
        history = jr.read_journal(journal)
        this = history[-1]
        figures.confirmed += sum(1 for e in this.entries if e.done)

        report = check_database(url)
        if not report.ok:
            figures.check_failures += 1
            figures.problems.append(f"run {number}: " + " / ".join(report.lines()))

        found = Found.read(db_path)
        try:
            where = "between operations"
            interrupted = this.interrupted
            if interrupted is not None:
                figures.interrupted[interrupted.op] += 1
                try:
                    details = found.interrupted(interrupted)
                except ValueError as exc:
                    figures.half_saved += 1
                    figures.problems.append(f"run {number}: half-saved {exc}")
                    details = None
                if details is not None:
                    figures.landed += 1
                    interrupted.extra = details
                    landed.append(interrupted)
                state = "landed whole" if details is not None else "left no trace"
                where = f"inside {interrupted.op} {interrupted.key} ({state})"
            for entry in [e for r in history for e in r.entries if e.done] + landed:
                missing = _missing(found, entry)
                if missing:
                    figures.problems.append(
                        f"run {number}: {entry.op} {entry.key} lost {len(missing)} rows"
                    )
                figures.lost.update(missing)
        finally:
            found.close()
        say(
            f"run {number:>4}: killed {aim.delay * 1000:7.2f} ms after "
            f"{'the commit of' if aim.at_commit else 'the start of'} {aim.target:<7} "
            f"{where}; check {'ok' if report.ok else 'FAILED'}"
        )
    figures.seconds = time.monotonic() - started
    return figures


def _missing(found: Found, entry: jr.Entry) -> list[tuple[object, ...]]:
    if entry.op == jr.IMPORT:
        return found.missing_import(entry.key)
    if entry.op == jr.OPEN:
        return found.missing_open(entry.key, int(entry.extra["recipients"]))
    return found.missing_handout(entry.key, entry.extra["receipt"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.kill", description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="work here and keep the files")
    parser.add_argument("--quiet", action="store_true", help="only the last line")
    args = parser.parse_args(argv)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="station-faults-"))
    figures = run(folder, args.runs, args.seed, None if args.quiet else print)
    for problem in figures.problems[:50]:
        print(problem)
    print(figures.line())
    if figures.ok and args.folder is None:
        shutil.rmtree(folder, ignore_errors=True)
    elif not figures.ok:
        print(f"files kept in {folder}")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
