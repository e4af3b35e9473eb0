"""The desk's pages are laid out from the same few pieces: a button wired to its slot,
a row of widgets, a column without margins, a splitter that never collapses a side.
Written once here so a page says what it shows, not how Qt is told."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

STRETCH = None  # in a row or column: the free space goes here
# A row or column item: a widget or layout, (widget or layout, stretch factor), an int
# (spacing in pixels) or STRETCH.
Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | int | None


def button(
    text: str,
    slot: Callable[[], Any] | None = None,
    *,
    name: str | None = None,
    tip: str | None = None,
) -> QPushButton:
    """A push button: its object name (tests and shots find it by that), tool tip and
    what a click does."""
    widget = QPushButton(text)
    if name is not None:
        widget.setObjectName(name)
    if tip is not None:
        widget.setToolTip(tip)
    if slot is not None:
        widget.clicked.connect(lambda _checked=False: slot())
    return widget


def selectable(label: QLabel) -> QLabel:
    """The label's text can be selected with the mouse (a path, a sentence to copy)."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fill(layout: QBoxLayout, *items: Item) -> QBoxLayout:
    """Add the items in order (see :data:`Item`)."""
    for item in items:
        if item is STRETCH:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        else:
            child, stretch = item if isinstance(item, tuple) else (item, 0)
            if isinstance(child, QLayout):
                layout.addLayout(child, stretch)
            else:
                layout.addWidget(child, stretch)
    return layout


def hbox(*items: Item) -> QHBoxLayout:
    """A row of the items, left to right."""
    layout = QHBoxLayout()
    fill(layout, *items)
    return layout


def vbox(*items: Item, parent: QWidget | None = None) -> QVBoxLayout:
    """The items top to bottom; with ``parent``, its layout (a page's whole body)."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    fill(layout, *items)
    return layout


def panel(*items: Item) -> QWidget:
    """A widget holding the items top to bottom without margins (one side of a
    splitter)."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    fill(layout, *items)
    return widget


def splitter(
    orientation: Qt.Orientation, widgets: Sequence[QWidget], sizes: Sequence[int]
) -> QSplitter:
    """The widgets side by side (or one above the other) at these sizes; neither side
    can be dragged away."""
    split = QSplitter(orientation)
    for widget in widgets:
        split.addWidget(widget)
    split.setChildrenCollapsible(False)
    split.setSizes(list(sizes))
    return split


__all__ = ["STRETCH", "button", "fill", "hbox", "panel", "selectable", "splitter", "vbox"]
