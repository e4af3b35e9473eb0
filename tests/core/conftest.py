from __future__ import annotations

from pathlib import Path

import pytest

from station_app.core.db import Database
from station_app.core.migrate import upgrade_to_head


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station with demo data in every feature, made once; tests copy it."""
    from station_app import demo

    path = tmp_path_factory.mktemp("filled") / "station.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url, backup=False)
    db = Database(url)
    demo.fill(db, members=60, seed=3)
    db.dispose()
    # Folded into one file, so copies of it carry everything.
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return path
