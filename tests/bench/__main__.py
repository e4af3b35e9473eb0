"""Run every bench_*.py module and print its figures; name some to run only those
(``python -m tests.bench startup welfare``: with or without the ``bench_`` prefix)."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    wanted = {name if name.startswith("bench_") else f"bench_{name}" for name in argv}
    workdir = Path(tempfile.mkdtemp(prefix="station-bench-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(workdir / name.lower())
    failed = False
    for path in sorted(here.glob("bench_*.py")):
        if wanted and path.stem not in wanted:
            continue
        module = importlib.import_module(f"tests.bench.{path.stem}")
        print(f"== {path.stem}: {module.__doc__.strip().splitlines()[0] if module.__doc__ else ''}")
        for figure in module.figures(workdir / path.stem):
            print("  " + figure.line())
            failed |= "OVER TARGET" in figure.line()
    return 1 if failed and os.environ.get("BENCH_STRICT") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
