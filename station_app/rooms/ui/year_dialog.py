"""What the two holiday settings dialogs share (administrators; holidays_dialog.py and
arrangement_dialog.py): one year's settings, the year chosen at the top right beside
the heading and the dialog read again when it changes; ``changed`` once anything was
written, so the calendar reloads."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.core.holidays import HolidayService
from station_app.rooms.ui.common import heading
from station_app.widgets.desk_parts import spin_box
from station_app.widgets.layout import hbox


class YearSettingsDialog(QDialog):
    """Subclasses build their widgets in :meth:`_build` and show the year in
    :meth:`reload`."""

    changed = Signal()
    YEARS = (2000, 2100)  # the years the field offers

    def __init__(
        self, holidays: HolidayService, actor: Actor, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.holidays = holidays
        self.actor = actor
        self.year = spin_box("year", *self.YEARS, year)
        self._build(year)
        self.year.valueChanged.connect(self.reload)
        self.reload()

    def _build(self, year: int) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _top(self, title: str, year_prefix: str) -> QHBoxLayout:
        """The heading, and the year at its right."""
        self.year.setPrefix(year_prefix)
        return hbox((heading(title), 1), self.year)


__all__ = ["YearSettingsDialog"]
