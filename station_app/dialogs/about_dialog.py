"""About: version, where the database and the logs are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from station_app import __version__


class AboutDialog(QDialog):
    def __init__(self, db_location: str, log_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Station Desk"))
        text = QLabel(
            self.tr(
                "<h3>Station Desk</h3>"
                "<p>Front desk of a community trade-union service station: member intake, "
                "welfare gifts, room bookings and volunteer rosters.</p>"
                "<p>Version: {version}<br>Database: {db}<br>Log folder: {logs}</p>"
                "<p>Font: WenQuanYi Micro Hei (Apache-2.0).</p>"
            ).format(version=__version__, db=db_location, logs=log_folder)
        )
        text.setObjectName("about_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
