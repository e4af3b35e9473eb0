"""A filled station file (demo data in every feature), made once; each test copies it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from station_app import demo
    from station_app.core.actor import CLI_ACTOR
    from station_app.core.db import Database
    from station_app.core.migrate import upgrade_to_head
    from station_app.welfare.service import StockService

    path = tmp_path_factory.mktemp("faults-template") / "station.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url, backup=False)
    db = Database(url)
    demo.fill(db, members=60, seed=3)
    stock = StockService(db)
    for item in stock.balances(active_only=True):  # enough for any hand-out
        stock.receive(CLI_ACTOR, item.id, 1000, "演练")
    db.dispose()
    # Closed as the program leaves it: WAL mode, everything checkpointed, no -wal.
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def station(filled_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "station.db"
    shutil.copyfile(filled_template, target)
    return target
