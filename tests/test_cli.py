import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from station_app import __version__
from station_app.cli import build_parser, main
from station_app.core.db import Database
from station_app.core.ids import normalize_mobile, parse_resident_id
from station_app.core.migrate import head_revision


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "station_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(autouse=True)
def _qt_application_first(qapp):  # type: ignore[no-untyped-def]
    """main() loads the translators into the running application; without one it
    would create a QCoreApplication, and later widget tests need a QApplication."""
    return qapp


def test_demo_fills_realistic_valid_data(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db_path = tmp_path / "demo.db"
    assert main(["--db", str(db_path), "demo", "--members", "300", "--seed", "7"]) == 0
    assert "300 members" in capsys.readouterr().out
    db = Database(f"sqlite:///{db_path}")
    with db.read() as s:
        assert (
            s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
        assert s.execute(text("SELECT count(*) FROM community")).scalar() == 9
        rows = s.execute(text("SELECT id_number, mobile, gender, birth_date FROM member")).all()
        with_union = s.execute(
            text("SELECT count(*) FROM unit WHERE union_status <> 'none'")
        ).scalar()
        without = s.execute(text("SELECT count(*) FROM unit WHERE union_status = 'none'")).scalar()
    db.dispose()
    assert len(rows) == 300 and with_union > 0 and without > 0
    for id_number, mobile, gender, _birth in rows:
        parsed = parse_resident_id(id_number)
        assert parsed.gender == gender
        assert normalize_mobile(mobile) == mobile
    assert len({r[0] for r in rows}) == 300


def test_version_and_smoke_test_in_a_real_process(tmp_path: Path) -> None:
    version = run_cli("--version", home=tmp_path)
    assert version.returncode == 0 and __version__ in version.stdout
    smoke = run_cli("--db", str(tmp_path / "x.db"), "--smoke-test", home=tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert "smoke test ok" in smoke.stdout and "WenQuanYi" in smoke.stdout


def test_unreachable_database_is_a_sentence(tmp_path: Path) -> None:
    result = run_cli("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "demo", home=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_print_door_sheet_of_all_rooms_keeps_private_sessions_private(tmp_path: Path) -> None:
    import datetime as dt
    import shutil

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    db_path = tmp_path / "demo.db"
    assert main(["--db", str(db_path), "demo", "--members", "200", "--seed", "3"]) == 0
    today = dt.date.today()
    monday = today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)
    out = tmp_path / "door.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "print",
                "schedule",
                "--date",
                monday.isoformat(),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "劳动争议调解室" in text and "多功能厅" in text
    for private_title in ("劳动报酬争议调解", "工伤待遇协商", "职工心理咨询", "情绪疏导面谈"):
        assert private_title not in text


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path: Path) -> None:
    """`station-app holidays 2027 | true`: the pipe is closed before we write."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "station_app", "--db", str(tmp_path / "s.db")]
    done = subprocess.run(
        f"{shlex.join([*command, 'holidays', '2027'])} | true",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0  # the shell's: `true`'s
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


@pytest.mark.parametrize(
    "argv", [[], ["--db", "x.db"], ["--db=x.db"], ["--db="], ["--db", ""], ["--db", "-x"]]
)
def test_the_desks_start_reads_its_arguments_as_the_parser_does(argv: list[str]) -> None:
    from station_app.cli import build_parser, parse_arguments

    try:
        expected = vars(build_parser().parse_args(argv))
    except SystemExit:  # refused by the parser: refused the same way
        with pytest.raises(SystemExit):
            parse_arguments(argv)
        return
    assert vars(parse_arguments(argv)) == expected


def test_a_command_runs_with_the_collector_on(tmp_path: Path) -> None:
    """station-app turns the collector off for its start-up only: a command runs with
    it on (here holidays, its work replaced by the check)."""
    code = (
        "import gc, sys\n"
        "from station_app import cli, holiday_commands\n"
        "holiday_commands.run = lambda args, db: print('collector', gc.isenabled()) or 0\n"
        f"sys.argv = ['station-app', '--db', {str(tmp_path / 'x.db')!r}, 'holidays', '2025']\n"
        "cli.run()"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "collector True" in done.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["print", "stock", "--from", "2026-13-01", "--out", "s.pdf"],
        ["export", "bookings", "b.xlsx", "--from", "2026-13-01", "--to", "2026-12-31"],
        ["export", "handouts", "h.xlsx", "--from", "2026-13-01", "--to", "2026-12-31"],
        ["export", "members", "m.xlsx", "--joined-from", "2026-13-01"],
    ],
)
def test_a_wrong_date_is_named_as_such(command: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    # The stock report's dates went to date.fromisoformat and read "invalid
    # fromisoformat value"; every date option now says what a date looks like.
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(command)
    assert exit_.value.code == 2
    assert "not a date (YYYY-MM-DD): 2026-13-01" in capsys.readouterr().err
