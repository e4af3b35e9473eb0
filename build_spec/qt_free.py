"""pytest plugin for `make test-windows`: keep only tests that need no QApplication.

    python -m pytest -p qt_free tests      (with build_spec/ on PYTHONPATH)

Deselects every test whose fixtures (directly or through other fixtures) include
pytest-qt's qtbot or qapp, or our QApplication fixtures. The folders that are all widgets
(tests/widgets, tests/*/ui, ...) are left out by build_spec/windows.py with --ignore-glob.
"""

from __future__ import annotations

import pytest

QT_FIXTURES = {"qtbot", "qapp", "qapp_args", "qtmodeltester", "qtlog"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept, dropped = [], []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        (dropped if names & QT_FIXTURES else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
