"""station-app communities list|add, and an import on an empty station: the refused
rows name the missing communities and the exact command that adds them."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from openpyxl import Workbook

from station_app.cli import main
from tests.members.data.sheets import rid, uscc


@pytest.fixture(autouse=True)
def _qt_application_first(qapp):  # type: ignore[no-untyped-def]
    """main() loads the translators into the running application (see tests/test_cli)."""
    return qapp


def _out(capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    captured = capsys.readouterr()
    return captured.out.strip().splitlines(), captured.err


def test_add_prints_one_line_per_name_and_list_keeps_the_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "empty.db")
    assert main(["--db", db, "communities", "list"]) == 0
    assert _out(capsys)[0] == []
    assert main(["--db", db, "communities", "add", "太平桥社区", "东管头社区", "太平桥"]) == 0
    assert _out(capsys)[0] == ["added 太平桥社区", "added 东管头社区", "already there: 太平桥社区"]
    assert main(["--db", db, "communities", "add", "东管头社区", "菜户营社区"]) == 0
    assert _out(capsys)[0] == ["already there: 东管头社区", "added 菜户营社区"]
    assert main(["--db", db, "communities", "list"]) == 0
    assert _out(capsys)[0] == ["太平桥社区", "东管头社区", "菜户营社区"]
    assert main(["--db", db, "communities", "add", "  "]) == 2  # refused: nothing added
    assert _out(capsys)[0] == []


def test_import_on_an_empty_station_names_the_command_that_adds_the_communities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "new station.db")  # a path that needs quoting too
    odd = "Tom's 社区"  # a name a shell would split or choke on unquoted
    wb = Workbook()
    wb.active.append(["单位名称", "统一社会信用代码", "社区", "建会情况"])
    wb.active.append(["北京丰泽园餐饮有限公司", uscc("91110106MA01XY7K3"), "太平桥西里", "未建会"])
    wb.active.append(["北京鑫源商贸有限公司", "", "太平桥西里社区", "未建会"])
    wb.active.append(["北京鼎泰物业管理有限公司", "", odd, "未建会"])
    wb.active.append(["北京华信科技有限公司", "", "", "未建会"])
    units = tmp_path / "单位.xlsx"
    wb.save(units)
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "工作单位", "社区"])
    wb.active.append(["王堃", rid("11010619900307121"), "北京丰泽园餐饮有限公司", ""])
    wb.active.append(["李喆", rid("11010619851120234"), "", "菜户营社区"])
    members = tmp_path / "会员.xlsx"
    wb.save(members)

    assert main(["--db", db, "import", "units", str(units)]) == 0
    lines, err = _out(capsys)
    assert lines[0].startswith("imported 1, duplicates 0, rejected 3, error workbook ")
    [command] = [line for line in err.splitlines() if line.startswith("station-app ")]
    words = shlex.split(command)
    assert words == ["station-app", "--db", db, "communities", "add", "太平桥西里社区", odd]
    assert main(words[1:]) == 0
    assert _out(capsys)[0] == ["added 太平桥西里社区", f"added {odd}"]

    assert main(["--db", db, "import", "units", str(units)]) == 0
    lines, err = _out(capsys)
    assert lines == ["imported 3, duplicates 1, rejected 0"]
    assert "station-app" not in err

    # Members: the unit rows now match; the one missing community is named again.
    assert main(["--db", db, "import", "members", str(members)]) == 0
    lines, err = _out(capsys)
    assert lines[0].startswith("imported 1, duplicates 0, rejected 1")
    [command] = [line for line in err.splitlines() if line.startswith("station-app ")]
    assert shlex.split(command)[-1] == "菜户营社区"
    assert main(shlex.split(command)[1:]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import", "members", str(members)]) == 0
    assert _out(capsys)[0] == ["imported 1, duplicates 1, rejected 0"]
