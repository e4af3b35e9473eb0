"""The welfare backend as a whole: Qt-free, every string translated, demo data that
reconciles, the command-line printouts."""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import random
import re
import subprocess
import sys
from pathlib import Path

from station_app import demo
from station_app.core.db import Database
from station_app.welfare.cli import add_print_commands
from station_app.welfare.demo import fill_welfare
from station_app.welfare.service import CampaignService
from station_app.welfare.types import EligibilityRule
from tests.welfare.conftest import assert_reconciled, scalar
from tests.welfare.zh_catalog import CATALOG, fill_ts

ROOT = Path(__file__).resolve().parents[2]
WELFARE = ROOT / "station_app" / "welfare"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _backend_files() -> list[Path]:
    return [p for p in sorted(WELFARE.rglob("*.py")) if "ui" not in p.relative_to(WELFARE).parts]


def _marked_strings() -> set[tuple[str, str]]:
    found = set()
    for path in _backend_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, source = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                found.add((context, source))
    return found


def test_the_backend_never_imports_qt() -> None:
    modules = [
        "station_app.welfare." + ".".join(p.relative_to(WELFARE).with_suffix("").parts)
        for p in _backend_files()
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_catalog_covers_every_welfare_string_and_keeps_placeholders() -> None:
    marked = _marked_strings()
    assert len(marked) > 150
    missing = sorted(marked - CATALOG.keys())
    assert missing == []
    for (_context, source), translation in CATALOG.items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))


def test_the_catalog_fills_a_ts_file(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN">'
        "<context><name>WelfareReport</name>"
        '<message><source>Signature</source><translation type="unfinished"></translation>'
        "</message><message><source>Totals</source><translation>总计</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert fill_ts(ts) == 1
    text = ts.read_text(encoding="utf-8")
    assert "<translation>签字</translation>" in text and "总计" in text  # finished kept


def test_rules_survive_their_json() -> None:
    rule = EligibilityRule(("women", "hardship_severe"), (1, 2), (3,), dt.date(2026, 12, 31))
    assert EligibilityRule.from_json(rule.to_json()) == rule
    assert EligibilityRule.from_json("{}") == EligibilityRule()


def test_demo_welfare_data_reconciles(db: Database) -> None:
    demo.fill(db, members=120, seed=3)  # may already include the welfare demo
    fill_welfare(db, random.Random(3), hand_out=30)
    assert scalar(db, "SELECT COUNT(*) FROM gift_item") == 6
    assert scalar(db, "SELECT COUNT(*) FROM allocation WHERE receipt_no IS NOT NULL") > 0
    statuses = sorted(c.status for c in CampaignService(db).list_campaigns())
    assert statuses == ["closed", "draft", "draft", "open"]
    assert_reconciled(db)
    # The stock ledger and the booking slips name the demo's operators as 经办人,
    # not the command line (命令行 showed on the stock report's 入库 rows).
    assert scalar(db, "SELECT COUNT(*) FROM stock_movement WHERE operator_id IS NULL") == 0
    assert scalar(db, "SELECT COUNT(*) FROM booking WHERE created_by IS NULL") == 0
    again = fill_welfare(db, random.Random(3), hand_out=30)  # names on file are skipped
    assert again.campaigns == 0
    assert scalar(db, "SELECT COUNT(*) FROM campaign") == 4


def test_print_commands_write_pdfs(sqlite_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    demo.fill(sqlite_db, members=60, seed=5)
    fill_welfare(sqlite_db, random.Random(5), hand_out=10)
    campaign = next(c.id for c in CampaignService(sqlite_db).list_campaigns() if c.status == "open")
    allocation = scalar(
        sqlite_db, "SELECT id FROM allocation WHERE receipt_no IS NOT NULL ORDER BY id LIMIT 1"
    )
    parser = argparse.ArgumentParser()
    add_print_commands(parser.add_subparsers(dest="what", required=True))
    for argv in (
        [
            "handout",
            "--campaign",
            str(campaign),
            "--out",
            str(tmp_path / "h.pdf"),
            "--group",
            "unit",
        ],
        ["campaign-summary", "--campaign", str(campaign), "--out", str(tmp_path / "s.pdf")],
        ["stock", "--out", str(tmp_path / "k.pdf")],
        ["gift-receipt", "--allocation", str(allocation), "--out", str(tmp_path / "r.pdf")],
    ):
        args = parser.parse_args(argv)
        assert args.print_handler(args, sqlite_db) == 0
        assert (
            Path(argv[-1] if argv[-2] == "--out" else argv[argv.index("--out") + 1]).stat().st_size
            > 2000
        )
    assert "recipients" in capsys.readouterr().out
