"""Placeholder for a tab whose issue has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget


class ComingTab(QWidget):
    def __init__(self, title: str, description: str) -> None:
        super().__init__()
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        body = QLabel(description)
        body.setWordWrap(True)
        body.setStyleSheet("color: #555; font-size: 14px;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (coming with this tab)"))
        self.search.setEnabled(False)
        badge = QLabel(self.tr("Coming soon"))
        badge.setStyleSheet(
            "background: #fdf2e9; color: #b9770e; border: 1px solid #f5cba7;"
            "border-radius: 4px; padding: 4px 10px;"
        )
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def focus_search(self) -> None:
        self.search.setFocus()
