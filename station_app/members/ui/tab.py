"""The member intake tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_app.context import DeskContext
from station_app.widgets.coming_tab import ComingTab


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Member intake")


def create_tab(context: DeskContext) -> QWidget:
    return ComingTab(
        tab_title(),
        QCoreApplication.translate(
            "MembersTab",
            "Register members and the units where unions are founded, validate ID-card and "
            "credit-code numbers, find anyone in a keystroke and import the city's Excel "
            "sheets.",
        ),
    )
