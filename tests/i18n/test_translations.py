"""The Chinese catalog is complete: nothing unfinished, nothing obsolete, placeholders kept."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "station_zh_CN.ts"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


def test_catalog_matches_the_sources_and_is_finished(tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "station_app").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    problems = [
        f"{msg.findtext('source')!r}: {msg.find('translation').get('type')}"
        for msg in _messages(fresh)
        if msg.find("translation").get("type") in {"unfinished", "obsolete", "vanished"}
    ]
    assert problems == [], "run 'make ts' and translate:\n" + "\n".join(problems)


def test_translations_keep_every_placeholder() -> None:
    for msg in _messages(TS):
        source, translation = msg.findtext("source") or "", msg.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )


def test_compiled_catalogs_translate_ours_and_qts(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from station_app.core import i18n
    from station_app.translators import load_translators, unload_translators

    lrelease = BIN / "pyside6-lrelease"
    qm = ROOT / "resources" / "translations" / "station_zh_CN.qm"
    if not qm.exists():
        subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translators = load_translators(qapp, "zh_CN")
    try:
        assert len(translators) == 2  # ours and qtbase_zh_CN
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert i18n.translate("Errors", "Unknown role.") == "未知的角色。"
    finally:
        unload_translators()
    assert i18n.translate("Errors", "Unknown role.") == "Unknown role."


def test_file_dialog_built_after_the_translators_speaks_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's own save/open dialog (the widget one, as under Linux without a desktop):
    its labels, buttons, column names and view menu in Chinese. qtbase_zh_CN lacks
    "&Look in:" and "Files of &type:"; ours fills them."""
    import re

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QHeaderView, QLabel

    from station_app.translators import load_translators, unload_translators

    app = QCoreApplication.instance()
    load_translators(app, "zh_CN")  # type: ignore[arg-type]
    try:
        dialog = QFileDialog(None, "x", str(ROOT))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        texts += [a.text() for w in dialog.findChildren(QAbstractButton) for a in w.actions()]
        for header in dialog.findChildren(QHeaderView):
            model = header.model()
            for column in range(model.columnCount() if model is not None else 0):
                texts.append(model.headerData(column, Qt.Orientation.Horizontal))
                texts += [a.text() for a in header.actions()]
    finally:
        unload_translators()
    assert {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："} <= set(texts)
    english = [t for t in texts if re.search(r"[A-Za-z]", re.sub(r"\(&\w\)", "", t))]
    assert english == []
