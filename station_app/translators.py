"""The desk's language: our catalogs and Qt's own, for the window and the command line.

QtCore only, so that a command (station-app print, check …) translates its messages and
printouts without loading the widgets.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from station_app.core import i18n
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.paths import resource_path

log = logging.getLogger(__name__)

# Texts of Qt's own file dialog that qtbase_zh_CN lacks (Qt 6 gave "Look in:" and "Files
# of type:" their Alt-letters, and the catalog still has them without): our catalog has
# them under Qt's contexts, and is asked when qtbase has no translation.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []  # kept alive here; replaced on every call


def unload_translators() -> None:
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    i18n.install(lambda _context, text: text)


def load_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Ours and Qt's own (so standard buttons read 确定/取消), replacing earlier ones.
    Qt asks the one installed last first, and the next when it has no translation:
    qtbase, then ours (which fills :data:`QT_GAPS`)."""
    unload_translators()
    translators: list[QTranslator] = []
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "station_zh_CN.qm"))):
            translators.append(ours)
        else:
            log.warning("Chinese translation missing: run 'make qm'")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load("qtbase_zh_CN", qt_dir):
            translators.append(qtbase)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    # Qt-free code (services, PDFs) translates through the same catalogs.
    i18n.install(QCoreApplication.translate)
    return translators
