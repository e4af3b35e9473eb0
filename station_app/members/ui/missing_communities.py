"""The import preview's note on communities the sheet names but the station lacks.

On a new station every row is refused for that reason. An administrator can add
them all here (after a look at their spelling: a misspelt community would stay on
every record imported with it) and the rows are checked again; desk staff are told
to ask one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.members.service.communities import CommunityService
from station_app.widgets.dialogs import ask_yes

SHOWN = 8  # names listed before "…"
STYLE = "background: #fff4d6; border: 1px solid #e0c36a; border-radius: 3px;"


class MissingCommunitiesBar(QWidget):
    added = Signal()  # communities were added: check the rows again

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.names: tuple[str, ...] = ()
        self.setObjectName("missing_communities")
        self.setStyleSheet(f"#missing_communities {{{STYLE}}}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add these communities…"), self)
        self.add_button.clicked.connect(self.add_all)
        self.add_button.setVisible(context.actor.is_admin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)
        self.hide()

    def show_for(self, names: tuple[str, ...]) -> None:
        self.names = names
        if not names:
            self.hide()
            return
        shown = "、".join(names[:SHOWN]) + ("…" if len(names) > SHOWN else "")
        text = self.tr(
            "The sheet names {count} communities the station does not have: {names}. "
            "Their rows cannot be imported until the communities are added."
        ).format(count=len(names), names=shown)
        if not self.context.actor.is_admin:
            text += " " + self.tr(
                "Ask an administrator to add them (会员入会 → 社区), then check again."
            )
        self.label.setText(text)
        self.show()

    def add_all(self) -> None:
        if not self.names or not self.context.actor.is_admin:
            return
        title = self.tr("Add communities")
        question = self.tr(
            "Add these {count} communities to the station?\n\n{names}\n\nCheck the "
            "spelling first: a misspelt community stays on every record imported with it."
        ).format(count=len(self.names), names="\n".join(self.names))
        if not ask_yes(self, title, question):
            return
        try:
            CommunityService(self.context.db).add_communities(self.context.actor, self.names)
        except DeskError as error:
            QMessageBox.warning(self, title, error.message())
            return
        self.hide()
        self.added.emit()
