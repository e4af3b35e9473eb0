"""The kill test, short: the desk killed a dozen times inside imports, campaign openings
and hand-outs (``make faults`` does it 200 times) loses nothing it confirmed, and
leaves nothing half-saved."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.faults import journal as jr
from tests.faults import kill


@pytest.mark.skipif(sys.platform == "win32", reason="the kill harness is POSIX (SIGKILL, select)")
def test_a_desk_killed_again_and_again_loses_nothing(tmp_path: Path) -> None:
    lines: list[str] = []
    figures = kill.run(tmp_path / "kill", runs=12, seed=8, progress=lines.append)
    print("\n".join(lines))
    print(figures.line())
    assert figures.problems == []
    assert figures.ok
    assert figures.kills == figures.runs == 12
    assert not figures.lost and figures.half_saved == 0 and figures.check_failures == 0
    assert figures.confirmed > 0
    assert sum(figures.interrupted.values()) >= 4  # most kills land inside an operation


def test_the_journal_reader_takes_only_whole_lines() -> None:
    runs = jr.read_runs(
        [
            "start 10 1.0",
            "begin import 0 1.1",
            "done import 0 1.2 imported=200 commit_s=0.01",
            "begin open 0 1.3",
            "killed 1.31 aimed-at=open after=0.010s",
            "start 11 2.0",
            "begin handout 5 2.1",
            "done handout 5 2.2 receipt=LQ202700001",
            "begin handout 6 2.3",
            "done hand",  # torn by the kill: not a confirmation
        ]
    )
    assert [len(r.entries) for r in runs] == [2, 2]
    assert runs[0].entries[0].extra["imported"] == "200"
    interrupted = runs[0].interrupted
    assert interrupted is not None and (interrupted.op, interrupted.key) == ("open", 0)
    last = runs[1].interrupted
    assert last is not None and (last.op, last.key) == ("handout", 6)
    assert jr.next_keys(runs) == {"import": 1, "open": 1}
    with pytest.raises(ValueError):
        jr.read_runs(["start 1 1.0", "done import 3 1.1"])


def test_batches_have_valid_distinct_id_numbers() -> None:
    from station_app.core.ids import parse_resident_id

    numbers = jr.batch_id_numbers(0) + jr.batch_id_numbers(1)
    assert len(set(numbers)) == 2 * jr.BATCH_ROWS
    for number in numbers[:: jr.BATCH_ROWS // 4]:
        assert parse_resident_id(number).number == number
