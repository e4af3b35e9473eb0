"""The saved language read without Qt gives QSettings' answer, or no answer (issue 17).

Each case runs in fresh processes (QSettings keeps what it read): one writes the files
(through AppSettings, or by hand), one reads them both ways.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

WRITE = """
import sys
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from station_app.settings import AppSettings
app = QCoreApplication([])
app.setOrganizationName("StationDesk")
app.setApplicationName("station-app")
settings = AppSettings()
settings.last_username = "李前台"
settings.window_geometry = QByteArray(bytes(range(256)) + b'"; ,=[ui]\\n')
settings.set_auto_print_receipt("desk", True)
if sys.argv[1] != "-":  # a value AppSettings would not write, as an older version might
    QSettings().setValue("ui/language", sys.argv[1])
settings.sync()
"""

READ = """
import json
from station_app.core import saved_language
fast = saved_language.read()
from PySide6.QtCore import QCoreApplication
from station_app.settings import AppSettings
app = QCoreApplication([])
app.setOrganizationName("StationDesk")
app.setApplicationName("station-app")
print(json.dumps([fast, AppSettings().language]))
"""


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_CONFIG")}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _run(code: str, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _both(env: dict[str, str]) -> tuple[str | None, str]:
    fast, qt = json.loads(_run(READ, env))
    return fast, qt


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="INI files")


@pytest.mark.parametrize("language", ["en", "zh_CN", "fr", "-"])
def test_what_the_settings_saved_is_read_without_qt(tmp_path: Path, language: str) -> None:
    env = _env(tmp_path, XDG_CONFIG_DIRS=str(tmp_path / "etc"))
    _run(WRITE, env, language)
    fast, qt = _both(env)
    assert fast == qt  # and answered without asking QSettings
    assert qt == ("en" if language == "en" else "zh_CN")


HAND_WRITTEN = [
    "[ui]\nlanguage=en\n",
    "[ui]\r\nlanguage=en\r\n",
    "\ufeff[ui]\nlanguage=en\n",
    "[ui]\nlanguage=en\nlanguage=zh_CN\n",
    "[ui]\nlanguage=zh_CN\n[window]\nx=1\n[ui]\nlanguage=en\n",
    "; a comment\n[ui]\n; language=zh_CN\nlanguage=en\n",
    "[ui]\nlanguage = en\n",
    "[ui]\nlanguage= en\n",
    '[ui]\nlanguage="en"\n',
    "[ui]\nlanguage=en,zh_CN\n",
    "[ui]\nlanguage=@String(en)\n",
    "[ui]\nlanguage=e\\x6e\n",
    "[ui]\nlangu%61ge=en\n",
    "[General]\nui\\language=en\n",
    "[General]\nui%2Flanguage=en\n",
    "[UI]\nlanguage=en\n",
    "[ui]\nlanguage=en\n[ui/extra]\nx=1\n",
    "[%75i]\nlanguage=en\n",
    "[ui]\nLanguage=en\n",
    "[ ui ]\nlanguage=en\n",
    "[ui]\nlanguage=en;zh\n",
    '[ui]\nx="a\nlanguage=zh_CN"\nlanguage=en\n',
    "[ui]\nx=a\\\nlanguage=en\n",
    "[ui]\nlanguage\n",
    "[ui]\nlanguage=\n",
    "garbage without sections\nlanguage=en\n",
]


@pytest.mark.parametrize("text", HAND_WRITTEN)
def test_a_hand_written_file_is_read_as_qsettings_reads_it_or_left_to_it(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / ".config" / "StationDesk" / "station-app.conf"
    path.parent.mkdir(parents=True)
    path.write_bytes(text.encode("utf-8"))
    fast, qt = _both(_env(tmp_path, XDG_CONFIG_DIRS=str(tmp_path / "etc")))
    assert fast in (None, qt)


@pytest.mark.parametrize(
    "where", ["user/StationDesk.conf", "etc/StationDesk/station-app.conf", "etc/StationDesk.conf"]
)
def test_the_organisations_and_the_systems_files_are_read_after_the_users(
    tmp_path: Path, where: str
) -> None:
    user, etc = tmp_path / "user", tmp_path / "etc"
    path = tmp_path / where
    path.parent.mkdir(parents=True)
    path.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    env = _env(tmp_path, XDG_CONFIG_HOME=str(user), XDG_CONFIG_DIRS=f"{tmp_path / 'none'}:{etc}")
    assert _both(env) == ("en", "en")
    own = user / "StationDesk" / "station-app.conf"  # the user's own file comes first
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    assert _both(env) == ("zh_CN", "zh_CN")


def test_a_relative_config_folder_is_left_to_qsettings(tmp_path: Path) -> None:
    assert _both(_env(tmp_path, XDG_CONFIG_HOME="relative"))[0] is None


def test_the_languages_are_the_settings_ones() -> None:
    from station_app import settings
    from station_app.core import saved_language

    assert saved_language.LANGUAGES == settings.LANGUAGES
