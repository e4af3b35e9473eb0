"""The campaign's live figures beside the hand-out screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.welfare.types import CampaignCounters
from station_app.widgets.list_page import set_row

SHORT_COLOUR = "#c0392b"


class CountersPanel(QGroupBox):
    """Planned / handed out / remaining recipients, and stock left per package item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Live figures"))
        self.planned = self._number("planned")
        self.served = self._number("served")
        self.remaining = self._number("remaining")
        grid = QGridLayout()
        for row, (label, value) in enumerate(
            (
                (self.tr("Planned recipients"), self.planned),
                (self.tr("Handed out"), self.served),
                (self.tr("Remaining"), self.remaining),
            )
        ):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
        self.items = QTableWidget(0, 4)
        self.items.setTabKeyNavigation(False)  # Tab leaves the table
        self.items.setObjectName("counter_items")
        self.items.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Each"), self.tr("In stock"), self.tr("Needed")]
        )
        self.items.setToolTip(
            self.tr("Needed: what the recipients not yet served will take. Red: not enough.")
        )
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Stock left per item")))
        layout.addWidget(self.items)
        layout.addStretch(1)
        self.clear()

    @staticmethod
    def _number(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"counter_{name}")
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        label.setFont(font)
        return label

    def clear(self) -> None:
        for label in (self.planned, self.served, self.remaining):
            label.setText("–")
        self.items.setRowCount(0)

    def show_counters(self, counters: CampaignCounters) -> None:
        self.planned.setText(str(counters.planned))
        self.served.setText(str(counters.served))
        self.remaining.setText(str(counters.remaining))
        self.items.setRowCount(len(counters.items))
        for row, item in enumerate(counters.items):
            cells = [
                item.name,
                f"{item.per_recipient}{item.unit}",
                f"{item.on_hand}{item.unit}",
                f"{item.needed_for_remaining}{item.unit}",
            ]
            shown = set_row(self.items, row, cells, right=range(1, 4))
            if item.short:
                short = self.tr("Short by {count}{unit}").format(
                    count=item.needed_for_remaining - item.on_hand, unit=item.unit
                )
                for cell in (shown[0], shown[2]):
                    cell.setForeground(QBrush(QColor(SHORT_COLOUR)))
                    cell.setToolTip(short)
        # As tall as its rows: the figures stay together at the top.
        height = self.items.horizontalHeader().height() + 2 * self.items.frameWidth()
        height += sum(self.items.rowHeight(r) for r in range(self.items.rowCount()))
        self.items.setFixedHeight(height)
