"""The desk's small widgets, each made in one call instead of three or four lines: a
widget with its object name (tests and screenshots find it by that), a label in a
style, a row of widgets on a widget of its own, a spin box, a notes box, an arrow
button, a button that opens a menu, and fixed widths for some columns of a table.

:mod:`station_app.widgets.layout` lays them out (and makes push buttons,
:func:`~station_app.widgets.layout.button`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QWidget,
)

from station_app.widgets.column_fit import ColumnFit
from station_app.widgets.layout import Item, button, hbox

if TYPE_CHECKING:  # naming QStyle builds its eleven big enums (ms): only for arrows
    from PySide6.QtWidgets import QStyle

W = TypeVar("W", bound=QWidget)
V = TypeVar("V", bound=QTableView)


def named(widget: W, name: str) -> W:
    """The widget with its object name."""
    widget.setObjectName(name)
    return widget


def label(
    text: str = "",
    *,
    name: str | None = None,
    style: str | None = None,
    wrap: bool = False,
    hidden: bool = False,
) -> QLabel:
    """A label: its object name, style sheet, word wrap; ``hidden`` until there is
    something to say."""
    widget = QLabel(text)
    if name is not None:
        widget.setObjectName(name)
    if style is not None:
        widget.setStyleSheet(style)
    if wrap:
        widget.setWordWrap(True)
    if hidden:
        widget.hide()
    return widget


def row_panel(*items: Item) -> QWidget:
    """The items left to right on a widget of their own, without margins: one form
    row of several fields, or a row that shows and hides as one."""
    layout = hbox(*items)
    layout.setContentsMargins(0, 0, 0, 0)
    widget = QWidget()
    widget.setLayout(layout)
    return widget


def spin_box(
    name: str,
    low: int,
    high: int,
    value: int | None = None,
    *,
    prefix: str = "",
    suffix: str = "",
    step: int = 1,
) -> QSpinBox:
    """A whole number from ``low`` to ``high`` (``value`` if given), with its prefix,
    suffix and step."""
    box = named(QSpinBox(), name)
    box.setRange(low, high)
    if value is not None:
        box.setValue(value)
    if prefix:
        box.setPrefix(prefix)
    if suffix:
        box.setSuffix(suffix)
    if step != 1:
        box.setSingleStep(step)
    return box


def notes_box(name: str, height: int) -> QPlainTextEdit:
    """A few lines of free text, ``height`` pixels high; Tab moves on to the next field."""
    box = named(QPlainTextEdit(), name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def menu_button(text: str, name: str, parent: QWidget) -> tuple[QToolButton, QMenu]:
    """A tool button that opens its menu at once (Print, Export); the menu, owned by
    ``parent``, is filled by the caller."""
    button = named(QToolButton(), name)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(parent)
    button.setMenu(menu)
    return button, menu


def arrow_button(
    arrow: QStyle.StandardPixmap,
    slot: Callable[[], Any],
    *,
    name: str,
    tip: str | None = None,
) -> QPushButton:
    """A narrow button showing the style's arrow (previous, next)."""
    widget = button("", slot, name=name, tip=tip)
    widget.setIcon(widget.style().standardIcon(arrow))
    widget.setFixedWidth(36)
    return widget


def column_widths(view: V, widths: Mapping[int, int]) -> V:
    """These columns at these widths (pixels), which the desk may drag; the others keep
    their resize modes (or their fitting, widgets/column_fit.py)."""
    header = view.horizontalHeader()
    fit = view.findChild(ColumnFit)
    if fit is not None:
        fit.fixed.update(widths)
        fit.schedule()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return view


__all__ = [
    "arrow_button",
    "column_widths",
    "label",
    "menu_button",
    "named",
    "notes_box",
    "row_panel",
    "spin_box",
]
