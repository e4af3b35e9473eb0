"""Build the one-folder program: dist/station-app/ (what `make dist` runs).

    python build_spec/build.py [--clean] [--max-mb 200] [--dist DIR] [--work DIR]

1. Compiles resources/translations/*.ts to .qm where the .qm is missing or older
   (pyside6-lrelease from this Python's environment), so a plain checkout builds.
2. Runs PyInstaller on build_spec/station_app.spec (work files in build/pyinstaller).
3. Prints the folder's total size, what it is made of and its ten largest files, and fails
   when the folder is bigger than --max-mb.

Plain Python, no shell: the same command works in PowerShell, cmd and bash.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "station_app.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
TRANSLATIONS = ROOT / "resources" / "translations"
DEFAULT_MAX_MB = 200
MB = 1024 * 1024
# Windows: DLLs of the Python installation that its extension modules link to.
WINDOWS_PYTHON_DLLS = {"libcrypto-3.dll", "libssl-3.dll", "libffi-8.dll", "sqlite3.dll"}


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def app_folder(dist: Path = DIST) -> Path:
    return dist / project()["name"]


def lrelease() -> str:
    # A venv has python and its scripts in one folder; a Windows install keeps them in Scripts\.
    for scripts in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        for name in ("pyside6-lrelease.exe", "pyside6-lrelease"):
            if (scripts / name).exists():
                return str(scripts / name)
    found = shutil.which("pyside6-lrelease")
    if not found:
        sys.exit(
            "build: pyside6-lrelease not found; install the project with: pip install -e .[dev]"
        )
    return found


def compile_translations() -> None:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        print(f"build: WARNING no .ts in {TRANSLATIONS.relative_to(ROOT)}: no Chinese UI catalog")
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        print(f"build: {ts.name} -> {qm.name}")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def run_pyinstaller(clean: bool, dist: Path, work: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    print("build:", " ".join(command))
    subprocess.run(command, check=True, cwd=ROOT)


def files(folder: Path) -> list[tuple[int, Path]]:
    """Regular files with their sizes; symlinks count as nothing (they point inside)."""
    found = []
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                found.append((path.stat().st_size, path))
    return found


def component(path: Path, folder: Path) -> str:
    """Group a file for the size summary."""
    if path.parent == folder:
        return "the executable (bootloader + all Python bytecode)"
    rel = path.relative_to(folder).as_posix().removeprefix("_internal/")
    name = path.name
    if rel.startswith("PySide6/"):
        if name.lower().startswith(("libicu", "icu")):
            return "ICU (Unicode tables Qt Core links to)"
        if "/plugins/" in rel or rel.startswith("PySide6/plugins/"):
            return "Qt plugins"
        if "/translations/" in rel:
            return "Qt catalogs (zh_CN, en)"
        if "Qt6" in name:
            return "Qt libraries"
        return "PySide6 bindings (Qt*.abi3, libpyside6)"
    if rel.startswith("shiboken6/") or name.startswith(("libshiboken6", "libpyside6")):
        return "PySide6 bindings (Qt*.abi3, libpyside6)"
    if name.startswith(("libpython", "python3")) or rel == "base_library.zip":
        return "Python runtime"
    if "/lib-dynload/" in rel or rel.startswith("lib-dynload/"):
        return "Python runtime"
    if rel.startswith("resources/"):
        return "resources (font, icons, our catalog)"
    if "/" not in rel:
        lower = name.lower()
        if lower.endswith(".pyd") or lower in WINDOWS_PYTHON_DLLS:
            return "Python runtime"
        if lower.startswith(("vcruntime", "msvcp", "concrt", "ucrtbase", "api-ms-win")):
            return "MSVC runtime (vcruntime, msvcp)"
        return "system libraries copied from the build machine"
    top = rel.split("/", 1)[0]
    return f"{top}/"


def report(folder: Path, max_mb: float) -> bool:
    entries = files(folder)
    total = sum(size for size, _ in entries)
    print()
    print(f"dist: {folder.relative_to(ROOT)}: {total / MB:.1f} MB in {len(entries)} files")
    groups: Counter[str] = Counter()
    for size, path in entries:
        groups[component(path, folder)] += size
    print("  what it is made of:")
    for name, size in groups.most_common(14):
        print(f"    {size / MB:7.1f} MB  {100 * size / total:4.1f}%  {name}")
    print("  ten largest files:")
    for size, path in sorted(entries, key=lambda e: e[0], reverse=True)[:10]:
        print(f"    {size / MB:7.1f} MB  {path.relative_to(folder).as_posix()}")
    if total > max_mb * MB:
        print(f"dist: FAILED: {total / MB:.1f} MB is over the {max_mb:g} MB budget")
        return False
    print(f"dist: size ok ({total / MB:.1f} MB <= {max_mb:g} MB budget)")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--max-mb", type=float, default=DEFAULT_MAX_MB, help="size budget of the folder (MB)"
    )
    parser.add_argument("--report-only", action="store_true", help="only print the size report")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    folder = app_folder(args.dist.resolve())
    if not args.report_only:
        started = time.monotonic()
        compile_translations()
        run_pyinstaller(args.clean, args.dist.resolve(), args.work.resolve())
        print(f"build: done in {time.monotonic() - started:.0f} s: {folder}")
    return 0 if report(folder, args.max_mb) else 1


if __name__ == "__main__":
    raise SystemExit(main())
