"""Beside the calendar: what is selected (a booking, or a free range) and what can be
done with it, with the keys that do it; and the colour legend."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.rooms import labels
from station_app.rooms.models import BOOKED, CANCELLED, CHECKED_IN, COMPLETED, NO_SHOW
from station_app.rooms.service import rules
from station_app.rooms.types import BookingRow
from station_app.rooms.ui.calendar_paint import STATUS_STYLES
from station_app.rooms.ui.common import HEADING_STYLE, hint
from station_app.widgets.desk_parts import label
from station_app.widgets.layout import STRETCH, button, vbox

PANEL_WIDTH = 250
CHECK_IN, COMPLETE, NO_SHOW_ACTION, CANCEL = "check_in", "complete", "no_show", "cancel"


WHY_DISABLED = {
    CHECK_IN: QT_TRANSLATE_NOOP("SidePanel", "Check-in is on the day of the booking."),
    COMPLETE: QT_TRANSLATE_NOOP("SidePanel", "A session is completed once it has started."),
    NO_SHOW_ACTION: QT_TRANSLATE_NOOP("SidePanel", "A no-show is marked after the start time."),
    CANCEL: QT_TRANSLATE_NOOP(
        "SidePanel", "The session has started: only an administrator may cancel it."
    ),
}


def why_disabled(key: str) -> str:
    """The tooltip of a status action that cannot be done now."""
    return QCoreApplication.translate("SidePanel", WHY_DISABLED[key])


def status_actions(b: BookingRow, today: dt.date, is_admin: bool) -> dict[str, bool]:
    """The status changes a booking's state offers (key → enabled now), in the order
    the desk meets them; the service has the last word."""
    started = rules.is_past(b.starts_at)
    found: dict[str, bool] = {}
    if b.status == BOOKED:
        found[CHECK_IN] = b.date == today or is_admin
    if b.status in (BOOKED, CHECKED_IN):
        found[COMPLETE] = started or is_admin
    if b.status == BOOKED:
        found[NO_SHOW_ACTION] = started
    if b.status == BOOKED or (b.status == CHECKED_IN and is_admin):
        found[CANCEL] = not started or is_admin
    return found


def _button(text: str, clicked: SignalInstance, name: str) -> QPushButton:
    """A button of the panel: Tab reaches it, a click leaves the focus on the calendar."""
    widget = button(text, clicked.emit, name=f"panel_{name}")
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return widget


class SidePanel(QFrame):
    open_clicked = Signal()
    book_clicked = Signal()
    check_in_clicked = Signal()
    complete_clicked = Signal()
    no_show_clicked = Signal()
    cancel_clicked = Signal()
    slip_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side_panel")
        self.setFixedWidth(PANEL_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = label(name="panel_heading", style=HEADING_STYLE, wrap=True)
        self.details = label(name="panel_details", wrap=True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.book_button = _button(self.tr("Book this time… (Enter)"), self.book_clicked, "book")
        self.open_button = _button(self.tr("Open… (Enter)"), self.open_clicked, "open")
        self.check_in_button = _button(self.tr("Check in"), self.check_in_clicked, "check_in")
        self.complete_button = _button(self.tr("Complete"), self.complete_clicked, "complete")
        self.no_show_button = _button(self.tr("No-show"), self.no_show_clicked, "no_show")
        self.cancel_button = _button(self.tr("Cancel…"), self.cancel_clicked, "cancel")
        self.slip_button = _button(self.tr("Booking slip"), self.slip_clicked, "slip")
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.book_button, 0, 0, 1, 2)
        grid.addWidget(self.open_button, 1, 0, 1, 2)
        grid.addWidget(self.check_in_button, 2, 0)
        grid.addWidget(self.complete_button, 2, 1)
        grid.addWidget(self.no_show_button, 3, 0)
        grid.addWidget(self.cancel_button, 3, 1)
        grid.addWidget(self.slip_button, 4, 0, 1, 2)

        keys = hint(
            self.tr(
                "<b>Keys</b><br>"
                "Arrows: move · Shift+↑↓: stretch a range<br>"
                "Enter: book the range / open the booking<br>"
                "PageUp / PageDown: previous / next<br>"
                "Ctrl+N: new booking · Ctrl+F: go to a date<br>"
                "Menu key: actions"
            ),
            name="keys_help",
        )
        layout = vbox(self.heading, self.details, grid, STRETCH, keys, parent=self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.show_nothing()

    def _buttons(self) -> list[QPushButton]:
        return [
            self.book_button,
            self.open_button,
            self.check_in_button,
            self.complete_button,
            self.no_show_button,
            self.cancel_button,
            self.slip_button,
        ]

    def _only(self, *visible: QPushButton) -> None:
        for panel_button in self._buttons():
            panel_button.setVisible(panel_button in visible)

    def show_nothing(self, text: str = "") -> None:
        self.heading.setText(self.tr("Nothing selected"))
        self.details.setText(
            escape(
                text
                or self.tr("Drag over free time, or move with the arrows and stretch with Shift.")
            )
        )
        self._only()

    def show_range(
        self, room_name: str, start: dt.datetime, end: dt.datetime, problem: str = ""
    ) -> None:
        self.heading.setText(self.tr("Free time"))
        minutes = int((end - start).total_seconds() // 60)
        lines = [
            f"<b>{escape(room_name)}</b>",
            escape(labels.date_text(start.date())),
            escape(
                self.tr("{start}–{end} ({minutes} min)").format(
                    start=f"{start:%H:%M}", end=f"{end:%H:%M}", minutes=minutes
                )
            ),
        ]
        if problem:
            lines.append(f"<span style='color:#b03a2e'>{escape(problem)}</span>")
        self.details.setText("<br>".join(lines))
        self._only(self.book_button)

    def show_booking(self, b: BookingRow, today: dt.date, is_admin: bool) -> None:
        style = STATUS_STYLES.get(b.status, STATUS_STYLES[BOOKED])
        self.heading.setText(labels.what(b))
        status = (
            f"<span style='background:{style.fill}; color:{style.text};'>"
            f"&nbsp;{escape(labels.status(b.status))}&nbsp;</span>"
        )
        private_text = escape(self.tr("Private booking"))
        private = f"<span style='color:#5f6b7a'>{private_text}</span>"
        lines = [
            status,
            f"<b>{escape(b.room_name)}</b>",
            escape(labels.date_text(b.date)),
            escape(f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M}"),
        ]
        if b.hidden:
            lines.append(private)
        else:
            if b.purpose:
                lines.append(escape(labels.purpose(b.purpose)))
            if b.requester_name:
                lines.append(escape(f"{b.requester_name}  {b.requester_mobile}".strip()))
            if b.attendees:
                lines.append(escape(self.tr("{count} people").format(count=b.attendees)))
            if b.handled_by:
                lines.append(escape(self.tr("Handled by: {name}").format(name=b.handled_by)))
            if b.private:
                lines.append(private)
            if b.cancel_reason:
                lines.append(escape(self.tr("Reason: {reason}").format(reason=b.cancel_reason)))
        lines.append(f"<span style='color:#5f6b7a'>{escape(b.booking_no)}</span>")
        self.details.setText("<br>".join(lines))
        buttons = {
            CHECK_IN: self.check_in_button,
            COMPLETE: self.complete_button,
            NO_SHOW_ACTION: self.no_show_button,
            CANCEL: self.cancel_button,
        }
        visible = [self.open_button, self.slip_button]
        for key, enabled in status_actions(b, today, is_admin).items():
            buttons[key].setEnabled(enabled)
            buttons[key].setToolTip("" if enabled else why_disabled(key))
            visible.append(buttons[key])
        self._only(*visible)


class Legend(QWidget):
    """Colour key under the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for status in (BOOKED, CHECKED_IN, COMPLETED, NO_SHOW):
            style = STATUS_STYLES[status]
            layout.addWidget(
                self._swatch(f"background:{style.fill}; border-left: 4px solid {style.edge};")
            )
            layout.addWidget(QLabel(labels.status(status)))
            layout.addSpacing(8)
        cancelled = STATUS_STYLES[CANCELLED]
        layout.addWidget(self._swatch(f"background:#ffffff; border: 1px dashed {cancelled.edge};"))
        layout.addWidget(QLabel(labels.status(CANCELLED)))
        layout.addSpacing(8)
        layout.addWidget(self._swatch("background:#eef0f3; border: 1px solid #dfe2e7;"))
        layout.addWidget(QLabel(self.tr("Closed")))
        layout.addSpacing(8)
        layout.addWidget(self._swatch("background:#fbeceb; border: 1px solid #f2d3d0;"))
        layout.addWidget(QLabel(self.tr("Holiday")))
        layout.addSpacing(8)
        layout.addWidget(self._swatch("background:#e4e6e9; border: 1px solid #d5d9df;"))
        layout.addWidget(QLabel(self.tr("Past")))
        layout.addStretch(1)

    @staticmethod
    def _swatch(css: str) -> QLabel:
        swatch = QLabel()
        swatch.setFixedSize(18, 12)
        swatch.setStyleSheet(css)
        return swatch


__all__ = ["Legend", "SidePanel", "status_actions", "why_disabled"]
