"""Each fault test works on its own copy of the filled station (tests/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def station(filled_station: Path, tmp_path: Path) -> Path:
    target = tmp_path / "station.db"
    shutil.copyfile(filled_station, target)
    return target
