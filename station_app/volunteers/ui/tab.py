"""The volunteer rosters tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_app.context import DeskContext
from station_app.widgets.coming_tab import ComingTab


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Volunteer rosters")


def create_tab(context: DeskContext) -> QWidget:
    return ComingTab(
        tab_title(),
        QCoreApplication.translate(
            "VolunteersTab",
            "Teams, activities, shifts, hours and service certificates.",
        ),
    )
