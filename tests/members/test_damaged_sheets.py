"""Damaged workbooks and unreadable files get one sentence, never a traceback: in the
reader, in the command line (one line, exit 1, the detail in the log)."""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from station_app.members import cli as member_cli
from station_app.members.sheets import importer
from station_app.members.sheets.types import SheetUnreadable
from tests.members.conftest import Street
from tests.members.data.sheets import MEMBER_HEADERS, MEMBER_ROWS, rid, write_csv

DAMAGED = "is damaged and cannot be read"
ENCODING = "cannot read the text encoding"
WANG = rid("11010619900307123")


def _good(path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.active.append(["王小明", WANG])
    wb.save(path)
    return path


def _rewrite(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the workbook with its parts passed through ``change(name, data)``
    (returning None drops the part)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for name in zin.namelist():
            data = change(name, zin.read(name))
            if data is not None:
                zout.writestr(name, data)
    return target


def _broken_xml(name: str, data: bytes) -> bytes:
    return data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data


def _no_sheet(name: str, data: bytes) -> bytes | None:
    return None if name == "xl/worksheets/sheet1.xml" else data


def _damaged_files(tmp_path: Path) -> dict[str, Path]:
    good = _good(tmp_path / "good.xlsx")
    data = good.read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    bad_crc = bytearray(data)
    start = data.index(b"xl/worksheets/sheet1.xml") + 40  # inside that entry's data
    bad_crc[start : start + 8] = b"\xff" * 8
    crc = tmp_path / "crc.xlsx"
    crc.write_bytes(bytes(bad_crc))
    nul = tmp_path / "nul.csv"
    nul.write_bytes("姓名,身份证号\n王\x00小明,1\n".encode())
    return {
        "truncated zip": truncated,
        "broken sheet XML": _rewrite(good, tmp_path / "xml.xlsx", _broken_xml),
        "sheet part missing": _rewrite(good, tmp_path / "nosheet.xlsx", _no_sheet),
        "bad data inside the zip": crc,
        "CSV with NUL bytes": nul,
    }


def test_damaged_files_say_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    for what, path in _damaged_files(tmp_path).items():
        caplog.clear()
        with caplog.at_level(logging.WARNING), pytest.raises(SheetUnreadable) as caught:
            importer.read_sheet(path)
        message = caught.value.message()
        assert DAMAGED in message and path.name in message and "save it again" in message, what
        assert path.name in caplog.text, what  # the detail is in the log


def test_empty_and_renamed_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(SheetUnreadable, match=r"empty.xlsx is empty \(0 bytes\)"):
        importer.read_sheet(empty)
    pdf = tmp_path / "report.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", '<Types><Override ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   "</Types>")  # fmt: skip
        z.writestr("word/document.xml", "<w:document/>")
    for path in (pdf, docx):
        with pytest.raises(SheetUnreadable, match="neither an Excel workbook"):
            importer.read_sheet(path)


def test_big5_csv_names_the_encoding(tmp_path: Path) -> None:
    members = tmp_path / "big5.csv"  # Taiwan / Hong Kong: traditional characters in Big5
    members.write_bytes(f"姓名,身份證號\n王小明,{WANG}\n".encode("big5"))
    units = tmp_path / "units-big5.csv"
    units.write_bytes("單位名稱,統一社會信用代碼,工會主席\n華信科技,,陳大文\n".encode("big5"))
    for path in (members, units):
        with pytest.raises(SheetUnreadable, match=ENCODING) as caught:
            importer.read_sheet(path)
        assert "UTF-8" in caught.value.message() and "GBK" in caught.value.message()
    shift_jis = tmp_path / "sjis.csv"  # bytes GB18030 cannot decode at all
    shift_jis.write_bytes("氏名,電話\nｱｲｳ,1\n".encode("shift_jis") + b"\x80\xff")
    with pytest.raises(SheetUnreadable, match=ENCODING):
        importer.read_sheet(shift_jis)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_utf8_and_gbk_files_still_read(tmp_path: Path, encoding: str) -> None:
    rows = [r for r in MEMBER_ROWS if "𠮷" not in r.values[1]]
    path = write_csv(tmp_path / f"m-{encoding}.csv", MEMBER_HEADERS, rows, encoding)
    sheet = importer.read_sheet(path)
    assert sheet.headers[1] == "姓名" and len(sheet.rows) == len(rows)
    # Headers nobody knows, in GBK, are still read: the desk maps them by hand.
    own = tmp_path / f"own-{encoding}.csv"
    own.write_bytes("职工,证件\n王小明,1\n".encode(encoding))
    assert importer.read_sheet(own).headers == ("职工", "证件")


def _ns(path: Path) -> argparse.Namespace:
    return argparse.Namespace(command="import", target="members", file=path, dry_run=False)


def test_command_line_prints_one_sentence(
    street: Street, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big5 = tmp_path / "big5.csv"
    big5.write_bytes(f"姓名,身份證號\n王小明,{WANG}\n".encode("big5"))
    for path in [*_damaged_files(tmp_path).values(), big5]:
        assert member_cli.cmd_import(_ns(path), street.db) == member_cli.EXIT_UNREADABLE
        captured = capsys.readouterr()
        assert captured.out == ""
        (line,) = captured.err.strip().splitlines()
        assert (DAMAGED in line or ENCODING in line) and "no column" not in line, line
    assert street.members.count_members() == 0


def test_damaged_workbook_in_a_real_process(tmp_path: Path) -> None:
    damaged = _damaged_files(tmp_path)["broken sheet XML"]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    db = tmp_path / "station.db"
    command = [sys.executable, "-m", "station_app", "--db", str(db), "import", "members"]
    done = subprocess.run(
        [*command, str(damaged)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 1 and done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    # The command line speaks the desk's language (the compiled Chinese catalog).
    assert "已损坏，无法读取" in line and "Traceback" not in done.stderr
