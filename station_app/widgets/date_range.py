"""A from/to choice before an export: two date fields (``DateEdit``), and, when the
whole list is a choice too, a check box that limits the export to the period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from station_app.widgets.date_entry import DateEdit
from station_app.widgets.dialogs import accept_buttons
from station_app.widgets.form_errors import labelled_row

ERROR_STYLE = "color: #c0392b;"


class DateRangeDialog(QDialog):
    """``limit_text`` given: a check box (off at first) says whether the period applies;
    :meth:`period` is then ``None`` for the whole list."""

    def __init__(
        self,
        title: str,
        first: dt.date,
        last: dt.date,
        parent: QWidget | None = None,
        *,
        limit_text: str | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = DateEdit(first)
        self.first.setObjectName("range_first")
        self.last = DateEdit(last)
        self.last.setObjectName("range_last")
        self.limit: QCheckBox | None = None
        layout = QVBoxLayout(self)
        if limit_text is not None:
            self.limit = QCheckBox(limit_text)
            self.limit.setObjectName("range_limit")
            self.limit.toggled.connect(self._limit_toggled)
            layout.addWidget(self.limit)
        form = QFormLayout()
        letters: set[str] = set()
        labelled_row(form, self.tr("From"), "from", self.first, letters)
        labelled_row(form, self.tr("To"), "to", self.last, letters)
        layout.addLayout(form)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("range_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(accept_buttons(self, self._accept, text=self.tr("Export…")))
        self._limit_toggled(False)

    def _limit_toggled(self, on: bool) -> None:
        if self.limit is not None:
            self.first.setEnabled(on)
            self.last.setEnabled(on)

    def limited(self) -> bool:
        return self.limit is None or self.limit.isChecked()

    def dates(self) -> tuple[dt.date, dt.date]:
        first: dt.date = self.first.date().toPython()  # type: ignore[assignment]
        last: dt.date = self.last.date().toPython()  # type: ignore[assignment]
        return first, last

    def period(self) -> tuple[dt.date, dt.date] | None:
        return self.dates() if self.limited() else None

    def _accept(self) -> None:
        if not (self.first.commit_typing() and self.last.commit_typing()):
            return
        first, last = self.dates()
        if self.limited() and last < first:
            self.error.setText(self.tr("The last date is before the first."))
            self.error.show()
            return
        self.accept()


def ask_period(
    parent: QWidget | None,
    title: str,
    first: dt.date,
    last: dt.date,
    *,
    limit_text: str | None = None,
    note: str = "",
) -> tuple[tuple[dt.date, dt.date] | None] | None:
    """Shows the dialog: ``None`` when cancelled, else a one-tuple holding the period
    (or ``None`` inside it: the whole list, when ``limit_text`` offered that)."""
    dialog = DateRangeDialog(title, first, last, parent, limit_text=limit_text, note=note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return (dialog.period(),)
