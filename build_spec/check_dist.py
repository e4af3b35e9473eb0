"""Check the built program the way a station PC runs it (what `make dist-check` runs).

    python build_spec/check_dist.py [--folder dist/station-app] [--also-platform windows]

Against dist/station-app/ or --folder (build it first with build_spec/build.py):
1. The bundle holds what the program reads at run time: resources (font + licences, icons,
   our .qm for every .ts, VERSION from pyproject), the Alembic migrations as files, Qt's
   zh_CN/en catalogs only; and every library a bundled binary links to is bundled (or is a
   system library PyInstaller never bundles).
2. `station-app --version` prints the pyproject version.
3. `station-app --smoke-test --db <tmp>/x.db` in a clean environment: an empty HOME, no
   Python on PATH, offscreen. Exit 0, the database at Alembic head, the sample PDF with the
   bundled font embedded, no error in the log.
4. The same without --db: the database is created in the user data folder under that HOME.
5. With --also-platform NAME: the smoke test of 3. once more on that Qt platform plugin
   (`windows` under Wine and Xvfb: the plugin a station PC uses, not offscreen).

Any failure exits 1. Plain Python, no shell: runs on Windows too.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IS_WIN = sys.platform.startswith("win")
IS_MAC = sys.platform == "darwin"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
NAME, VERSION = PROJECT["name"], PROJECT["version"]
FOLDER = ROOT / "dist" / NAME
INTERNAL = FOLDER / "_internal"
EXE = FOLDER / (NAME + (".exe" if IS_WIN else ""))
TIMEOUT = 180
QT_CATALOGS = re.compile(r"^(qt|qtbase)_(zh_CN|en)\.qm$")
NEVER_BUNDLED = ("tkinter", "_tkinter", "PySide6/Qt/qml", "PySide6/qml", "station_app.egg-info")
STDERR_FAILURES = re.compile(
    r"Traceback|Error:|Cannot load library|Could not (load|find) the Qt platform plugin",
)

# Windows API sets (the Universal CRT and others): part of every Windows 10 and later.
API_SETS = ("api-ms-win-", "ext-ms-win-")

failures: list[str] = []


def shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def ok(message: str) -> None:
    print(f"  ok    {message}")


def fail(message: str) -> None:
    print(f"  FAIL  {message}")
    failures.append(message)


def warn(message: str) -> None:
    print(f"  warn  {message}")


# ---------------------------------------------------------------- 1. the bundle
def check_bundle() -> None:
    print(f"bundle {shown(FOLDER)}")
    if not EXE.is_file():
        fail(f"{EXE} missing: run build_spec/build.py (make dist) first")
        return
    version_file = INTERNAL / "resources" / "VERSION"
    if version_file.is_file() and version_file.read_text("utf-8").split()[0] == VERSION:
        ok(f"resources/VERSION = {VERSION}")
    else:
        fail(f"resources/VERSION missing or not {VERSION}")

    resources = ROOT / "resources"
    missing = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.suffix == ".ts" or path.name.startswith("."):
            continue
        if path.parent == resources and path.name == "VERSION":
            continue
        bundled = INTERNAL / path.relative_to(ROOT)
        if not bundled.is_file() or bundled.read_bytes() != path.read_bytes():
            missing.append(path.relative_to(ROOT).as_posix())
    for ts in sorted((resources / "translations").glob("*.ts")):
        if not (INTERNAL / "resources" / "translations" / (ts.stem + ".qm")).is_file():
            missing.append(f"{ts.stem}.qm (from {ts.name})")
    for required in (
        "fonts/wqy-microhei.ttc",
        "fonts/LICENSE-Apache-2.0.txt",
        "icons/station-app.png",
    ):
        if not (INTERNAL / "resources" / required).is_file():
            missing.append(f"resources/{required}")
    if missing:
        fail(f"resources not bundled or different: {', '.join(missing)}")
    else:
        ok("resources: font + licences, icons, our catalogs, identical to the tree")

    migrations = ROOT / "station_app" / "core" / "migrations"
    sources = [
        p
        for p in migrations.rglob("*")
        if p.is_file() and p.suffix in {".py", ".mako"} and "__pycache__" not in p.parts
    ]
    stale = [
        p.relative_to(ROOT).as_posix()
        for p in sources
        if not (INTERNAL / p.relative_to(ROOT)).is_file()
        or (INTERNAL / p.relative_to(ROOT)).read_bytes() != p.read_bytes()
    ]
    if stale or not sources:
        fail(f"migrations not bundled as files: {', '.join(stale) or 'none found'}")
    else:
        revisions = len(list((migrations / "versions").glob("*.py")))
        ok(f"migrations: env.py, script.py.mako, {revisions} revision(s) as files")

    table = ROOT / "station_app" / "core" / "pinyin.txt"
    bundled_table = INTERNAL / table.relative_to(ROOT)
    if not bundled_table.is_file() or bundled_table.read_bytes() != table.read_bytes():
        fail("the pinyin table of search keys (station_app/core/pinyin.txt) not bundled")
    else:
        ok("pinyin table of search keys bundled")
    # reportlab imports its C accelerator through exec(): only the spec's hidden import
    # brings it (a pure-Python fallback would work, 18% slower).
    if not [p for p in INTERNAL.glob("_rl_accel*") if p.suffix in {".so", ".pyd"}]:
        fail("reportlab's accelerator (_rl_accel, from rl-accel) not bundled")
    else:
        ok("reportlab's accelerator _rl_accel bundled")

    catalogs = sorted(p.name for p in INTERNAL.rglob("*.qm") if "PySide6" in p.parts)
    extra = [c for c in catalogs if not QT_CATALOGS.match(c)]
    if extra or "qtbase_zh_CN.qm" not in catalogs:
        fail(f"Qt catalogs should be zh_CN/en only with qtbase_zh_CN: {catalogs}")
    else:
        ok(f"Qt catalogs: {', '.join(catalogs)}")

    unwanted = [n for n in NEVER_BUNDLED if (INTERNAL / n).exists()]
    unwanted += sorted(
        {
            p.name
            for p in INTERNAL.rglob("*")
            if re.search(r"Qt6?(Qml|Quick|WebEngine|Designer|Wayland)", p.name)
        }
    )
    if unwanted:
        fail(f"bundled but unused: {', '.join(unwanted)}")
    else:
        ok("no Qml/Quick/Wayland/Designer libraries, no tkinter, no stale metadata")
    if IS_WIN:
        # Windows' own ICU (System32, Windows 10 1703+), which Qt6Core links to. Under Wine
        # the prefix has a stand-in that knows no converters: it must never be shipped.
        icu = sorted(p.name for p in FOLDER.rglob("icu*.dll"))
        if icu:
            fail(f"bundled Windows system ICU: {', '.join(icu)}")
        else:
            ok("icuuc.dll not bundled (the PC's own, from System32)")

    check_links()


def check_links() -> None:
    """Every library a bundled binary links to is in the bundle, or is a system library."""
    from PyInstaller.depend import bindepend, dylib

    bundled = {p.name.lower() for p in INTERNAL.rglob("*")} | {EXE.name.lower()}
    binaries = [EXE] + [
        p
        for p in INTERNAL.rglob("*")
        if p.is_file()
        and not p.is_symlink()
        and re.search(r"\.(so(\.\d+)*|dll|pyd|dylib)$", p.name, re.IGNORECASE)
    ]
    dropped: set[str] = set()
    absent: dict[str, set[str]] = {}
    for binary in binaries:
        for name, path in bindepend.get_imports(str(binary)):
            base = os.path.basename(name)
            if base.lower() in bundled or not dylib.include_library(path or name):
                continue
            if IS_WIN and base.lower().startswith(API_SETS):
                continue  # names the Windows 10+ loader maps to system DLLs (no files in Wine)
            # Resolvable here but not bundled: the build dropped it. Not even on this
            # machine: the target PC must provide it (e.g. xcb libraries on a headless box).
            if path:
                dropped.add(f"{base} (needed by {binary.name})")
            else:
                absent.setdefault(base, set()).add(binary.name)
    if dropped:
        fail(f"libraries needed but not bundled: {', '.join(sorted(dropped))}")
    else:
        ok(f"links: {len(binaries)} binaries, every non-system dependency bundled")
    for base, needers in sorted(absent.items()):
        warn(
            f"{base} is not on this build machine, so not bundled (the PC must have it; "
            f"needed by {', '.join(sorted(needers))})"
        )


# ---------------------------------------------------------------- 2-4. running it
def clean_env(home: Path, tmp: Path, platform: str = "offscreen") -> dict[str, str]:
    """An empty HOME, no Python on PATH, no Python or Qt variables from this shell."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": platform, "TMPDIR": str(tmp)}
    env["TEMP"] = env["TMP"] = str(tmp)
    if IS_WIN:
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        roaming, local = home / "AppData" / "Roaming", home / "AppData" / "Local"
        roaming.mkdir(parents=True, exist_ok=True)
        local.mkdir(parents=True, exist_ok=True)
        env.update(
            SYSTEMROOT=system_root,
            WINDIR=system_root,
            USERPROFILE=str(home),
            PATH=os.pathsep.join([str(Path(system_root) / "System32"), system_root]),
            APPDATA=str(roaming),
            LOCALAPPDATA=str(local),
            # platformdirs asks Windows for the known folders; these override it.
            WIN_PD_OVERRIDE_APPDATA=str(roaming),
            WIN_PD_OVERRIDE_LOCAL_APPDATA=str(local),
        )
        if "DISPLAY" in os.environ:  # Wine: its X11 driver reads DISPLAY from here
            env["DISPLAY"] = os.environ["DISPLAY"]
    else:
        # An empty folder: not even the system's /usr/bin/python3 is reachable.
        empty = home.parent / "empty-bin"
        empty.mkdir(exist_ok=True)
        env["PATH"] = str(empty)
    return env


def expected_default_db(home: Path) -> Path:
    if IS_WIN:
        return home / "AppData" / "Local" / "StationDesk" / "station.db"
    if IS_MAC:
        return home / "Library" / "Application Support" / "StationDesk" / "station.db"
    return home / ".local" / "share" / "StationDesk" / "station.db"


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the built program; its output goes to files, not pipes: under Wine, the desktop
    process (explorer.exe) that the first window starts can inherit a pipe and hold it open
    for good, and reading a pipe to its end then never returns."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [str(EXE), *args], env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err
        )
        try:
            code = process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        texts = []
        for stream in (out, err):
            stream.seek(0)
            texts.append(stream.read().decode("utf-8", "replace"))
    return subprocess.CompletedProcess(process.args, code, texts[0], texts[1])


def show(stream: str, label: str) -> None:
    for line in stream.strip().splitlines():
        print(f"        {label}: {line}")


def check_version(scratch: Path) -> None:
    print(f"run    {EXE.name} --version")
    home, tmp = scratch / "home-version", scratch / "tmp-version"
    home.mkdir()
    tmp.mkdir()
    result = run(["--version"], clean_env(home, tmp), scratch)
    expected = f"{NAME} {VERSION}"
    if result.returncode == 0 and result.stdout.strip() == expected:
        ok(f"prints '{expected}' (pyproject.toml)")
    elif IS_WIN and result.returncode == 0 and not result.stdout.strip():
        warn("the windowed .exe printed nothing to the pipe; VERSION was checked in the bundle")
    else:
        fail(f"--version: exit {result.returncode}, {result.stdout.strip()!r}, want {expected!r}")
        show(result.stderr, "stderr")


def head_revision() -> str:
    import logging

    logging.getLogger("alembic").setLevel(logging.WARNING)
    from station_app.core.migrate import head_revision as head

    return head()


def schema_revision(db: Path) -> str | None:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def embedded_fonts(pdf: Path) -> list[str]:
    pdffonts = shutil.which("pdffonts")
    if pdffonts:  # poppler's view, independent of our own parser
        out = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True)
        return sorted(
            {
                line.split()[0]
                for line in out.stdout.splitlines()[2:]
                if line.strip() and re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
            }
        )
    from station_app.core.pdf.inspect import embedded_font_names

    return embedded_font_names(pdf)


def check_smoke(
    scratch: Path, label: str, db_arg: Path | None, platform: str = "offscreen"
) -> None:
    args = ["--smoke-test"] + (["--db", str(db_arg)] if db_arg else [])
    print(f"run    {EXE.name} {' '.join(args)}  (empty HOME, PATH without Python, {platform})")
    home, tmp = scratch / f"home-{label}", scratch / f"tmp-{label}"
    home.mkdir()
    tmp.mkdir()
    try:
        result = run(args, clean_env(home, tmp, platform), scratch)
    except subprocess.TimeoutExpired:
        fail(f"smoke test ({label}) did not finish in {TIMEOUT} s")
        return
    show(result.stdout, "stdout")
    show(result.stderr, "stderr")
    silent_windowed = IS_WIN and not result.stdout.strip()  # judged by the files it wrote
    if result.returncode != 0 or ("smoke test ok" not in result.stdout and not silent_windowed):
        fail(f"smoke test ({label}) exited {result.returncode}")
    else:
        ok(f"smoke test ({label}) exited 0")
    if STDERR_FAILURES.search(result.stderr):
        fail(f"smoke test ({label}) reported an error on stderr")

    db = db_arg or expected_default_db(home)
    if not db.is_file():
        found = [str(p) for p in scratch.rglob("*.db")]
        fail(f"database not created at {db} (found: {found})")
    else:
        revision, head = schema_revision(db), head_revision()
        where = "user data folder " if db_arg is None else ""
        if revision == head:
            ok(f"database in {where}{db.relative_to(scratch)} at Alembic head {head}")
        else:
            fail(f"database {db} at revision {revision}, head is {head}")

    pdfs = sorted(tmp.rglob("*.pdf"))
    if not pdfs:
        fail("no sample PDF written")
    else:
        fonts = embedded_fonts(pdfs[0])
        if any("WENQUANYI" in f.upper() or "MICROHEI" in f.upper() for f in fonts):
            ok(f"sample PDF embeds the bundled font: {', '.join(fonts)}")
        else:
            fail(f"sample PDF {pdfs[0]} does not embed the bundled font (embedded: {fonts})")

    logs = sorted(home.rglob("station-app.log"))
    bad = [
        line
        for log in logs
        for line in log.read_text("utf-8", "replace").splitlines()
        if re.search(r" (ERROR|CRITICAL) |Traceback", line)
    ]
    if not logs:
        fail(f"no log file under {home}")
    elif bad:
        fail(f"errors in {logs[0]}: {bad[:3]}")
    else:
        ok(f"log {logs[0].relative_to(scratch)} has no errors")


def use_folder(folder: Path) -> None:
    global FOLDER, INTERNAL, EXE
    FOLDER = folder.resolve()
    INTERNAL = FOLDER / "_internal"
    EXE = FOLDER / (NAME + (".exe" if IS_WIN else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=FOLDER, help="the built program's folder")
    parser.add_argument(
        "--also-platform", metavar="NAME", help="one more smoke test on this Qt platform plugin"
    )
    args = parser.parse_args(argv)
    use_folder(args.folder)
    print(f"check_dist: {NAME} {VERSION} on {sys.platform}")
    check_bundle()
    if EXE.is_file():
        with tempfile.TemporaryDirectory(prefix="station-dist-check-") as folder:
            scratch = Path(folder).resolve()
            check_version(scratch)
            check_smoke(scratch, "temp-db", scratch / "x.db")
            check_smoke(scratch, "default-db", None)
            if args.also_platform:
                platform = args.also_platform
                check_smoke(scratch, f"{platform}-platform", scratch / "p.db", platform)
    if failures:
        print(f"check_dist: FAILED ({len(failures)}): " + "; ".join(failures))
        return 1
    print(f"check_dist: PASSED: {shown(EXE)} {VERSION}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
