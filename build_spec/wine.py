"""Running Windows programs under Wine from Linux (used by build_spec/windows.py).

Quirks this module exists for (Wine 8.0, Debian 12):
- A Windows Python whose std handles are regular files dies at start ("init_sys_streams:
  Invalid handle"): stdin is /dev/null, stdout and stderr are one pipe that we copy out.
- A process Wine starts in the background (explorer.exe, when a program makes a window)
  can inherit that pipe and keep it open for good: we wait for the program, not for the
  end of the pipe. WINEDLLOVERRIDES stays unset except for the prefix's first boot.
- Every step has a timeout; on a timeout the prefix's wineserver and everything it runs
  are killed, so nothing hangs CI.
- Wine copies the Linux environment into the Windows one, so the Windows programs get a
  small, explicit environment (no PIP_*, PYTHON* or VIRTUAL_ENV of this shell).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

# Handed through from this shell to Wine (and so to the Windows programs) when set.
PASSED_THROUGH = ("HOME", "USER", "LOGNAME", "LANG", "DISPLAY", "XAUTHORITY", "TMPDIR")


class WineError(RuntimeError):
    pass


def windows_path(path: Path | str) -> str:
    """The Windows name of a Linux path: Wine maps / to drive Z:."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


class Wine:
    def __init__(self, prefix: Path, log_prefix: str = "wine") -> None:
        self.prefix = prefix
        self.log_prefix = log_prefix

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin"}
        env.update({k: os.environ[k] for k in PASSED_THROUGH if k in os.environ})
        env.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            PYTHONUTF8="1",  # the Windows Python reads and writes UTF-8 on its pipes
            PYTHONIOENCODING="utf-8",
        )
        env.update(extra or {})
        return env

    def run(
        self,
        args: Sequence[str],
        *,
        timeout: float,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        xvfb: bool = False,
        check: bool = True,
        quiet: bool = False,
        hide: re.Pattern[str] | None = None,
    ) -> tuple[int, str]:
        """Run `wine ARGS` (under xvfb-run when asked); print and return its output."""
        command = ["wine", *args]
        if xvfb:  # -a: a free display number; the server dies with the command
            command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *command]
        started = time.monotonic()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=self.env(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        lines: list[str] = []
        hidden = [0]

        def copy_out() -> None:
            assert process.stdout is not None
            for raw in process.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                lines.append(line)
                if hide is not None and hide.search(line):
                    hidden[0] += 1
                elif not quiet:
                    print(f"  {self.log_prefix}| {line}", flush=True)

        reader = threading.Thread(target=copy_out, daemon=True)
        reader.start()
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill(process)
            reader.join(5)
            raise WineError(
                f"timed out after {timeout:.0f} s: {' '.join(args)} (wineserver killed)"
            ) from None
        reader.join(10)  # a background Wine process may hold the pipe: do not wait on it
        output = "\n".join(lines)
        if hidden[0]:
            print(f"  {self.log_prefix}| ({hidden[0]} lines matching {hide.pattern!r} not shown)")
        if check and code != 0:
            if quiet:
                print(output[-4000:])
            raise WineError(f"exit {code} after {time.monotonic() - started:.0f} s: {args}")
        return code, output

    def kill(self, process: subprocess.Popen) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, 9)
        subprocess.run(["wineserver", "-k"], env=self.env(), timeout=60, check=False)
        process.wait(timeout=30)

    def wait_idle(self, timeout: float = 30) -> None:
        """Wait a while for the prefix's wineserver to have nothing left to run. Not
        killed after: another checkout may be using the same prefix."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(["wineserver", "-w"], env=self.env(), timeout=timeout, check=False)

    # ------------------------------------------------------------ the prefix
    @property
    def system32(self) -> Path:
        return self.prefix / "drive_c" / "windows" / "system32"

    def ensure_prefix(self, timeout: float = 600) -> None:
        """A 64-bit prefix, made once; Mono and Gecko are not wanted (no .NET, no HTML)."""
        if (self.prefix / "system.reg").is_file() and self.system32.is_dir():
            return
        self.prefix.parent.mkdir(parents=True, exist_ok=True)
        print(f"wine: creating the prefix {self.prefix}", flush=True)
        # The only place WINEDLLOVERRIDES is set: it skips the Mono/Gecko install prompts.
        self.run(
            ["wineboot", "--init"],
            timeout=timeout,
            env={"WINEDLLOVERRIDES": "mscoree,mshtml="},
            check=False,
            quiet=True,
        )
        self.wait_idle()
        if not (self.prefix / "system.reg").is_file():
            raise WineError(f"wineboot did not create the prefix {self.prefix}")


def missing_debian_packages(need_xvfb: bool) -> list[str]:
    wanted = {
        "wine": "wine",
        "wine64": "wine64",
        "wineserver": "wine",
        "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64",
        "x86_64-w64-mingw32-objdump": "binutils-mingw-w64-x86-64",
    }
    if need_xvfb:
        wanted.update({"xvfb-run": "xvfb", "xauth": "xauth"})
    missing = {package for tool, package in wanted.items() if not tool_path(tool)}
    return sorted(missing)


def tool_path(tool: str) -> str | None:
    # Debian puts wine64's loader in /usr/lib/wine; `wine` in /usr/bin finds it.
    return shutil.which(tool) or (
        "/usr/lib/wine/" + tool if Path("/usr/lib/wine", tool).exists() else None
    )


def ensure_debian_packages(need_xvfb: bool = True) -> None:
    """Install Wine, MinGW and Xvfb from Debian when missing and we are root (like .ci/run)."""
    missing = missing_debian_packages(need_xvfb)
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(
            "windows: missing Debian packages; install them first:\n"
            f"  sudo apt-get install {' '.join(missing)}"
        )
    print(f"windows: apt-get install {' '.join(missing)}", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(
        ["apt-get", "update", "-qq"], env=env, check=True, timeout=900, stdout=subprocess.DEVNULL
    )
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        env=env,
        check=True,
        timeout=1800,
        stdout=subprocess.DEVNULL,
    )
    still = missing_debian_packages(need_xvfb)
    if still:
        sys.exit(f"windows: still missing after apt-get: {', '.join(still)}")
