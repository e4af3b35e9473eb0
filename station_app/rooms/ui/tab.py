"""The room bookings tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_app.context import DeskContext
from station_app.widgets.coming_tab import ComingTab


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Room bookings")


def create_tab(context: DeskContext) -> QWidget:
    return ComingTab(
        tab_title(),
        QCoreApplication.translate(
            "RoomsTab",
            "Mediation, counselling, mother-and-baby rooms and the hall: no double booking, "
            "holidays known, private sessions kept private.",
        ),
    )
