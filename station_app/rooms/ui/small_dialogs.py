"""The repeat review (every date of a series, the ones that cannot be booked marked,
checkboxes to skip) and the cancellation (reason required, one or the following)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QTableWidgetItem,
    QWidget,
)

from station_app.core.errors import DeskError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.rooms import labels
from station_app.rooms.types import SCOPE_FOLLOWING, SCOPE_ONE, Occurrence
from station_app.rooms.ui.common import FieldErrors, heading, hint
from station_app.widgets.desk_parts import named
from station_app.widgets.layout import vbox
from station_app.widgets.list_page import item_table
from station_app.widgets.screen_fit import fit_to_screen

PROBLEM_TEXT = QColor("#b03a2e")

CANCEL_REASONS = (
    QT_TRANSLATE_NOOP("CancelDialog", "The requester cancelled"),
    QT_TRANSLATE_NOOP("CancelDialog", "Rescheduled"),
    QT_TRANSLATE_NOOP("CancelDialog", "The room is needed for something else"),
    QT_TRANSLATE_NOOP("CancelDialog", "Booked by mistake"),
)


class SeriesReviewDialog(QDialog):
    """Every date of a planned repeat; dates with a problem are listed with the reason
    and cannot be booked; the desk may skip any other date too."""

    def __init__(
        self, occurrences: list[Occurrence], room_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repeat booking: check the dates"))
        self.occurrences = list(occurrences)
        problems = sum(1 for occ in occurrences if occ.problem)
        title = heading(
            self.tr("{room}: {count} dates").format(room=room_name, count=len(occurrences))
        )
        if problems:
            summary = self.tr(
                "{problems} of them cannot be booked and will be skipped (see why below). "
                "Untick any other date to skip it too."
            ).format(problems=problems)
        else:
            summary = self.tr("Every date is free. Untick a date to skip it.")
        self.summary = hint(summary)

        self.table = item_table(
            [self.tr("Book"), self.tr("Date"), self.tr("Time"), self.tr("Problem")],
            3,
            "occurrences",
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setRowCount(len(occurrences))
        for row, occ in enumerate(occurrences):
            check = QTableWidgetItem()
            if occ.problem:
                check.setFlags(Qt.ItemFlag.ItemIsSelectable)  # cannot be ticked
                check.setCheckState(Qt.CheckState.Unchecked)
            else:
                check.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, QTableWidgetItem(labels.date_text(occ.date)))
            self.table.setItem(
                row, 2, QTableWidgetItem(f"{occ.starts_at:%H:%M}–{occ.ends_at:%H:%M}")
            )
            problem = QTableWidgetItem(occ.message if occ.problem else self.tr("Free"))
            if occ.problem:
                problem.setForeground(QBrush(PROBLEM_TEXT))
                for column in (1, 2):
                    self.table.item(row, column).setForeground(QBrush(PROBLEM_TEXT))
            problem.setToolTip(occ.message)
            self.table.setItem(row, 3, problem)
        self.table.itemChanged.connect(self._update_count)

        self.buttons = QDialogButtonBox()
        self.book_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setObjectName("book_series")
        self.book_button.setDefault(True)
        back = self.buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        back.setObjectName("back")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        vbox(title, self.summary, (self.table, 1), self.buttons, parent=self)
        fit_to_screen(self, 640, 420)
        self._update_count()
        self.table.setFocus()

    def set_booked(self, date: dt.date, booked: bool) -> None:
        """Tick or untick a date (tests; Space on the row does the same)."""
        for row, occ in enumerate(self.occurrences):
            if occ.date == date:
                item = self.table.item(row, 0)
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    item.setCheckState(Qt.CheckState.Checked if booked else Qt.CheckState.Unchecked)

    def booked_dates(self) -> list[dt.date]:
        return [
            occ.date
            for row, occ in enumerate(self.occurrences)
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def skipped_dates(self) -> list[dt.date]:
        booked = set(self.booked_dates())
        return [occ.date for occ in self.occurrences if occ.date not in booked]

    def problem_messages(self) -> list[str]:
        return [occ.message for occ in self.occurrences if occ.problem]

    def _update_count(self, *_args: object) -> None:
        count = len(self.booked_dates())
        self.book_button.setText(self.tr("Book {count} dates").format(count=count))
        self.book_button.setEnabled(count > 0)


class CancelDialog(QDialog):
    """The reason (required) and, for a repeat, which bookings; ``submit(reason, scope)``
    does the cancelling and may refuse with a sentence shown beside the reason."""

    def __init__(
        self,
        summary: str,
        in_series: bool,
        submit: Callable[[str, str], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel the booking"))
        self._submit = submit
        self.cancelled = 0
        self.reason = named(QComboBox(), "cancel_reason")
        self.reason.setEditable(True)
        self.reason.addItem("")
        for text in CANCEL_REASONS:
            self.reason.addItem(self.tr(text))
        self.reason.setCurrentIndex(0)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why is it cancelled? (required)"))
        self.reason.setMinimumWidth(320)
        self.only_this = QRadioButton(self.tr("This booking only"))
        self.only_this.setChecked(True)
        self.following = QRadioButton(self.tr("This and the following bookings of the repeat"))
        self.only_this.setVisible(in_series)
        self.following.setVisible(in_series)

        general = QLabel()
        form = QFormLayout()
        self.errors = FieldErrors(general)
        main = self.errors.form(form)
        form.addRow(QLabel(summary))
        self.errors.add_field(main, "cancel_reason", self.tr("Reason"), self.reason)
        if in_series:
            main.add_row("scope", self.tr("Cancel"), self.only_this)
            form.addRow("", self.following)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Cancel the booking"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("confirm_cancel")
        back = buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("keep")
        buttons.accepted.connect(self.try_cancel)
        buttons.rejected.connect(self.reject)
        vbox(form, general, buttons, parent=self)
        self.reason.setFocus()

    def scope(self) -> str:
        return SCOPE_FOLLOWING if self.following.isChecked() else SCOPE_ONE

    def try_cancel(self) -> bool:
        try:
            self.cancelled = self._submit(self.reason.currentText(), self.scope())
        except DeskError as error:
            self.errors.show(error)
            return False
        self.accept()
        return True


__all__ = ["CancelDialog", "SeriesReviewDialog"]
