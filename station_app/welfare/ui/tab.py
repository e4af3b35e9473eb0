"""The welfare gifts tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_app.context import DeskContext
from station_app.widgets.coming_tab import ComingTab


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Welfare gifts")


def create_tab(context: DeskContext) -> QWidget:
    return ComingTab(
        tab_title(),
        QCoreApplication.translate(
            "WelfareTab",
            "Festival and hardship campaigns, a stock ledger, one pack per eligible member, "
            "printed sign-off lists and receipts.",
        ),
    )
