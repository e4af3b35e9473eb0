"""The Excel and receipt actions of the member tab, written beside it in
``station_app.members.ui.excel_actions``: imported only when used, so the tab opens
quickly, and the buttons are disabled while that module is not there."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

MODULE = "station_app.members.ui.excel_actions"
IMPORT_MEMBERS = "import_members"  # (parent, context) -> dialog with .imported
IMPORT_UNITS = "import_units"  # (parent, context) -> dialog with .imported
EXPORT_MEMBERS = "export_members"  # (parent, context, filter)
PRINT_RECEIPT = "print_receipt"  # (parent, context, member_id)
MEMBER_TEMPLATE = "save_member_template"  # (parent, context)
UNIT_TEMPLATE = "save_unit_template"  # (parent, context)


def available() -> bool:
    """The module is installed (without importing it: openpyxl and reportlab are slow
    to load and only needed when a button is pressed)."""
    try:
        return importlib.util.find_spec(MODULE) is not None
    except ImportError:
        return False


def load(name: str) -> Callable[..., Any] | None:
    """The named action, or None if the module or the function is missing."""
    try:
        module = importlib.import_module(MODULE)
    except ImportError:
        return None
    action = getattr(module, name, None)
    return action if callable(action) else None


def load_for(
    page: QWidget, name: str, buttons: Sequence[QWidget], title: str, sentence: str
) -> Callable[..., Any] | None:
    """The named action for one of ``page``'s buttons; when it is missing, the page's
    Excel ``buttons`` go grey and the desk reads ``sentence`` (titled ``title``)."""
    action = load(name)
    if action is None:
        for button in buttons:
            button.setEnabled(False)
        QMessageBox.warning(page, title, sentence)
    return action


def start_import(
    dialog: object,
    reload: Callable[[], None],
    done: Callable[[int], None],
    communities_changed: SignalInstance,
) -> None:
    """An import dialog just opened: once it has imported, the list is read again
    (``reload``) and ``done(count)`` says how many came in (when the dialog does not say
    when, the list is read again at once); the communities the desk adds from the sheet
    reach ``communities_changed``."""

    def imported(result: object = None) -> None:
        reload()
        count = getattr(result, "imported", None)
        if isinstance(count, int):
            done(count)

    if not when_imported(dialog, imported):
        reload()
    added = getattr(dialog, "communities_added", None)
    if added is not None:
        added.connect(communities_changed)


def when_imported(dialog: object, callback: Callable[[object], None]) -> bool:
    """Call ``callback(result)`` once the import dialog has imported (it runs on after the
    call returns); False if the dialog does not say when."""
    signal = getattr(dialog, "imported", None)
    if signal is None or not hasattr(signal, "connect"):
        return False
    signal.connect(callback)
    return True
