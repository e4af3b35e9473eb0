"""What the kill-test worker and its parent agree on: the journal and the data of each
operation, derived from its key alone (so the parent knows what to look for).

Journal lines (one ``write`` + ``fsync`` each, appended)::

    start <pid> <time>
    begin <op> <key> <time>
    done <op> <key> <time> [<name>=<value> ...]
    killed <time> <what the parent was aiming at>

``op`` is ``import`` (key: batch number), ``open`` (key: campaign number) or
``handout`` (key: allocation id). Only the standard library here: the worker must
start fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from station_app.members import demo

IMPORT, OPEN, HANDOUT = "import", "open", "handout"
OPS = (IMPORT, OPEN, HANDOUT)

BATCH_ROWS = 200
AREA = "110109"  # 门头沟区: not among the demo data's areas, so no clash with them
FIRST_BIRTH = dt.date(1950, 1, 1)
COMMUNITIES = demo.COMMUNITIES  # the imported members live where the demo data does
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗单曾仇解区朴翟查"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红"
ITEMS = (("演练大米（10斤）", "袋", 1), ("演练食用油（5升）", "桶", 2))  # name, unit, per person
HEADERS = ["序号", "姓名", "性别", "身份证号码", "联系电话", "所在社区", "入会时间"]


# --- the data behind each key ------------------------------------------------------


def _check_char(first17: str) -> str:
    weights = [pow(2, 17 - i, 11) for i in range(17)]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def batch_id_numbers(batch: int) -> list[str]:
    """The ID numbers of an import batch: one birth date per batch, the row as the
    sequence number (odd 17th digit: a man)."""
    birth = FIRST_BIRTH + dt.timedelta(days=batch)
    out = []
    for row in range(BATCH_ROWS):
        first17 = f"{AREA}{birth:%Y%m%d}{row:03d}"
        out.append(first17 + _check_char(first17))
    return out


def batch_rows(batch: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for row, number in enumerate(batch_id_numbers(batch)):
        name = (
            SURNAMES[(batch + row) % len(SURNAMES)]
            + GIVEN[row % len(GIVEN)]
            + GIVEN[(batch * 7 + row // len(GIVEN)) % len(GIVEN)]
        )
        rows.append(
            [
                row + 1,
                name,
                "男" if int(number[16]) % 2 else "女",
                number,
                f"139{batch % 10_000:04d}{row:04d}",
                COMMUNITIES[row % len(COMMUNITIES)],
                "2024-03-01",
            ]
        )
    return rows


def campaign_name(number: int) -> str:
    return f"断电演练慰问第{number:05d}批"


def campaign_community(number: int) -> str:
    """Each drill campaign is for one community: lists of a few hundred, not everyone."""
    return COMMUNITIES[number % len(COMMUNITIES)]


# --- writing -------------------------------------------------------------------------


class JournalWriter:
    """Appends whole lines, each flushed to the disk before the call returns."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        if os.fstat(self.fd).st_size:
            with path.open("rb") as f:  # a line torn by the previous kill gets its end
                f.seek(-1, os.SEEK_END)
                if f.read(1) != b"\n":
                    os.write(self.fd, b"\n")

    def write(self, *words: object) -> str:
        line = " ".join(str(w) for w in words)
        os.write(self.fd, (line + "\n").encode("utf-8"))
        os.fsync(self.fd)
        return line

    def close(self) -> None:
        os.close(self.fd)


# --- reading -------------------------------------------------------------------------


@dataclass
class Entry:
    op: str
    key: int
    began: float
    ended: float | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def done(self) -> bool:
        return self.ended is not None


@dataclass
class Run:
    """One worker's part of the journal."""

    entries: list[Entry] = field(default_factory=list)

    @property
    def interrupted(self) -> Entry | None:
        """The operation that began and was not confirmed (at most one per worker)."""
        last = self.entries[-1] if self.entries else None
        return last if last is not None and not last.done else None


def read_runs(lines: Iterable[str]) -> list[Run]:
    runs: list[Run] = []
    for line in lines:
        words = line.split()
        if not words:
            continue
        if words[0] == "start":
            runs.append(Run())
            continue
        if words[0] not in ("begin", "done") or len(words) < 4 or not runs:
            continue  # "killed" lines are for people
        op, key, at = words[1], int(words[2]), float(words[3])
        if words[0] == "begin":
            runs[-1].entries.append(Entry(op, key, at))
            continue
        last = runs[-1].entries[-1] if runs[-1].entries else None
        if last is None or last.done or (last.op, last.key) != (op, key):
            raise ValueError(f"journal: {line!r} confirms an operation that did not begin")
        last.ended = at
        last.extra = dict(w.split("=", 1) for w in words[4:] if "=" in w)
    return runs


def read_journal(path: Path) -> list[Run]:
    if not path.exists():
        return []
    return read_runs(path.read_text(encoding="utf-8").splitlines())


def next_keys(runs: list[Run]) -> dict[str, int]:
    """Import batches and campaigns are never retried under the same key: an
    interrupted one is checked once (there or absent) and then left as it is."""
    highest = {IMPORT: -1, OPEN: -1}
    for run in runs:
        for entry in run.entries:
            if entry.op in highest:
                highest[entry.op] = max(highest[entry.op], entry.key)
    return {op: value + 1 for op, value in highest.items()}
