"""A desk process that saves once while its disk is full or read-only.

    python -m tests.faults.disk_child USE_CASE DBFILE ARG [--fill-disk]

``USE_CASE`` is ``handout`` (ARG: the allocation), ``register`` (ARG: a community
id) or ``import`` (ARG: the sheet). The parent reads whatever the use case needs
beforehand, so the only thing this process does with the database is the use case.
``--fill-disk``: just before saving, the largest file size allowed (RLIMIT_FSIZE) is
set a page above the WAL's current size, with SIGXFSZ ignored: the next write that
would grow a file fails the way a full disk makes it fail.

Prints one JSON line: ``{"error": <class or null>, "desk_error": bool, "message": ...}``.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

ID_NUMBER_PREFIX = "11010919770707"  # 17 digits with the row: see new_member()


def new_member(community_id: int):  # type: ignore[no-untyped-def]
    from station_app.core.ids import resident_id_check_char
    from station_app.members.types import MemberInput

    first17 = ID_NUMBER_PREFIX + "123"
    return MemberInput(
        name="满盘测",
        id_number=first17 + resident_id_check_char(first17),
        mobile="13700001234",
        community_id=community_id,
    )


def use_case(name: str, db, arg: str) -> Callable[[], object]:  # type: ignore[no-untyped-def]
    """Reads what the save needs (nothing for most), returns the save itself."""
    from station_app.core.actor import CLI_ACTOR

    if name == "handout":
        from station_app.welfare.service import HandoutService

        return lambda: HandoutService(db).confirm_handout(CLI_ACTOR, int(arg))
    if name == "register":
        from station_app.members.service import MemberService

        return lambda: MemberService(db).register(CLI_ACTOR, new_member(int(arg)))
    if name == "import":
        from station_app.members.sheets import importer

        preview = importer.preview(db, importer.read_sheet(Path(arg)))
        return lambda: importer.apply(db, CLI_ACTOR, preview)
    raise SystemExit(f"unknown use case {name}")


def fill_disk(db_path: Path) -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
    sizes = [
        os.path.getsize(f"{db_path}{suffix}")
        for suffix in ("-wal", "-shm")
        if os.path.exists(f"{db_path}{suffix}")
    ]
    limit = max([0, *sizes]) + 4096
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    fill = "--fill-disk" in args
    name, db_file, arg = [a for a in args if a != "--fill-disk"]
    from station_app.core.db import Database
    from station_app.core.errors import DeskError

    db_path = Path(db_file).resolve()
    db = Database(f"sqlite:///{db_path}")
    outcome: dict[str, object] = {"error": None, "desk_error": False, "message": ""}
    try:
        if fill:  # the desk has been running: its connection (and the WAL index) is open
            from sqlalchemy import text

            with db.read() as s:
                s.execute(text("SELECT count(*) FROM member")).scalar()
        save = use_case(name, db, arg)
        if fill:
            fill_disk(db_path)
        save()
    except DeskError as exc:
        outcome = {"error": type(exc).__name__, "desk_error": True, "message": exc.message()}
    except Exception as exc:
        traceback.print_exc()
        outcome = {"error": type(exc).__name__, "desk_error": False, "message": str(exc)}
    print(json.dumps(outcome, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
