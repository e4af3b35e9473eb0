"""Helpers for the data-safety tests: a filled station file, row dumps, damage."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any


def filled_copy(template: Path, folder: Path, name: str = "station.db") -> Path:
    target = folder / name
    shutil.copyfile(template, target)
    return target


def all_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal dumps mean nothing was lost or added."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def corrupt(path: Path, page: int = 12) -> None:
    """Overwrite the middle of one b-tree page, as a failing disk sector would."""
    size = path.stat().st_size
    page_size = 4096
    page = min(page, size // page_size - 1)
    with path.open("r+b") as f:
        f.seek(page * page_size)
        f.write(b"\xa5" * page_size * 3)


def database_at(path: Path, revision: str) -> Path:
    """An empty station database at an older schema, as an older program left it."""
    from alembic import command

    from station_app.core.db import make_engine
    from station_app.core.migrate import alembic_config

    engine = make_engine(f"sqlite:///{path}", for_migrations=True)
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
    engine.dispose()
    return path
