"""The .qm reader of the command line answers as QTranslator does (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from station_app.core.paths import resource_path
from station_app.core.qm import QmCatalog, QmError

OURS = resource_path("translations", "station_zh_CN.qm")


def _qtbase() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_zh_CN.qm")


def _translator(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path))
    return translator


@pytest.mark.parametrize("path", [OURS, _qtbase()], ids=["ours", "qtbase"])
def test_every_message_of_the_catalog_translates_as_qtranslator_does(path: Path) -> None:
    catalog, translator = QmCatalog.load(path), _translator(path)
    messages = catalog.messages()
    assert len(messages) > 1000
    for context, source, comment in messages:
        expected = translator.translate(context, source, comment or None)
        assert (catalog.lookup(context, source, comment) or "") == expected, (context, source)
        # the same source text asked for under another context, or another text
        for asked in (("NoSuchContext", source), (context, source + " (not in it)")):
            assert (catalog.lookup(*asked) or "") == translator.translate(*asked), asked


def test_ours_are_translated_and_the_rest_stays_as_written() -> None:
    catalog = QmCatalog.load(OURS)
    assert catalog.translate("Checks", "To restore it: {command}") == "恢复命令：{command}"
    assert catalog.translate("Checks", "Not a message of ours") == "Not a message of ours"


def test_qts_own_catalog_translates_none_of_our_messages() -> None:
    """The command line installs only ours: Qt's would answer first where it knew one of
    our texts, which it does not."""
    qtbase = _translator(_qtbase())
    for context, source, _comment in QmCatalog.load(OURS).messages():
        assert qtbase.translate(context, source) == "", (context, source)


def test_a_file_that_is_no_catalog_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.qm"
    path.write_bytes(b"not a catalog")
    with pytest.raises(QmError):
        QmCatalog.load(path)


@pytest.mark.parametrize("kept", [0.3, 0.5, 0.9, 0.999])
def test_a_cut_catalog_is_refused_as_qtranslator_refuses_it(tmp_path: Path, kept: float) -> None:
    # A copy cut short loaded, then some messages came out in Chinese and others
    # raised struct.error inside a command; QTranslator refuses the whole file.
    data = OURS.read_bytes()
    path = tmp_path / "cut.qm"
    path.write_bytes(data[: int(len(data) * kept)])
    assert not QTranslator().load(str(path))
    with pytest.raises(QmError):
        QmCatalog.load(path)
