"""The 社区 page of the member tab: the street's communities, in the station's order.

Everyone sees the list (with how many units and members name each community); an
administrator adds, renames, reorders, retires and reinstates them. The service
refuses all of that for desk staff too; here the buttons are simply disabled.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.members.service import CommunityService
from station_app.members.types import CommunityRow
from station_app.members.ui.forms import HINT_STYLE
from station_app.widgets.desk_parts import row_panel
from station_app.widgets.dialogs import attempt
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.layout import STRETCH, button, hbox, vbox
from station_app.widgets.list_page import ListPage, set_row

# Several names may be typed at once: 太平桥西里社区、太平桥东里社区
_SEPARATORS = re.compile(r"[、,，;；\n]+")
COL_NAME, COL_STATUS, COL_UNITS, COL_MEMBERS = range(4)


class CommunitiesPage(ListPage):
    """The communities, a short list in the station's order (``changed``: added,
    renamed, reordered, retired: filters and lists reload)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.context = context
        self.service = CommunityService(context.db)
        admin = context.actor.is_admin

        hint = QLabel(
            self.tr(
                "The street's communities (社区), in the order lists and printouts use. A "
                "retired community stays on the units and members that name it, but is not "
                "offered for new ones."
            )
            if admin
            else self.tr(
                "The street's communities (社区). Only an administrator can add or change them."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        self.table = self.record_table(
            [self.tr("Community"), self.tr("Status"), self.tr("Units"), self.tr("Members")],
            COL_NAME,
            "communities_table",
            on_activate=self.rename_selected,
            parent=self,
        )

        self.rename_button = button(self.tr("Rename…"), self.rename_selected)
        self.up_button = button(self.tr("Move up"), lambda: self.move_selected(-1))
        self.down_button = button(self.tr("Move down"), lambda: self.move_selected(1))
        self.retire_button = button(self.tr("Retire"), self.toggle_retired)
        row_buttons = hbox(
            self.rename_button, self.up_button, self.down_button, self.retire_button, STRETCH
        )

        form = QFormLayout()
        self.errors = FormErrors(form)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new_community")
        self.new_name.setPlaceholderText(
            self.tr("e.g. 太平桥西里社区; several at once separated by 、")
        )
        self.new_name.returnPressed.connect(self.add)
        self.add_button = button(self.tr("Add community"), self.add)
        new_row = row_panel((self.new_name, 1), self.add_button)
        new_row.setParent(self)  # Tab goes from the list to the new name, then the buttons
        self.errors.add_field("name", self.tr("New community"), new_row)
        self.done_label = QLabel(self)
        self.done_label.setStyleSheet(HINT_STYLE)
        self.done_label.setWordWrap(True)

        vbox(
            hint,
            (self.table, 1),
            row_buttons,
            form,
            self.errors.general_label,
            self.done_label,
            parent=self,
        )
        for widget in (self.new_name, self.add_button):
            widget.setEnabled(admin)
        self.refresh()

    def focus_first(self) -> None:
        """The page was shown: a new community's name (widgets/tab_host.py); the list
        for the desk, who adds none."""
        if self.new_name.isEnabled():
            self.new_name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            super().focus_first()

    # --- the list ------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        usage = self.service.usage()
        locale = QLocale()

        def show(r: int, row: CommunityRow) -> None:
            units, members = usage.get(row.id, (0, 0))
            status = self.tr("Retired") if row.retired else self.tr("Current")
            cells = (row.name, status, locale.toString(units), locale.toString(members))
            colour = Qt.GlobalColor.gray if row.retired else None
            set_row(self.table, r, cells, right=(COL_UNITS, COL_MEMBERS), colour=colour)

        self.table.show_records(self.service.list_communities(), show, keep)

    def names(self) -> list[str]:
        return [row.name for row in self.table.records]

    def selected(self) -> CommunityRow | None:
        return self.selected_row()

    def select(self, name: str) -> None:
        self.table.selectRow(self.names().index(name))

    def selection_changed(self) -> None:
        row = self.selected()
        admin = self.context.actor.is_admin
        index = self.table.records.index(row) if row is not None else -1
        self.rename_button.setEnabled(admin and row is not None)
        self.up_button.setEnabled(admin and index > 0)
        self.down_button.setEnabled(admin and 0 <= index < len(self.table.records) - 1)
        self.retire_button.setEnabled(admin and row is not None)
        self.retire_button.setText(
            self.tr("Reinstate") if row is not None and row.retired else self.tr("Retire")
        )

    # --- changes -----------------------------------------------------------------------

    def add(self) -> None:
        names = [n for n in _SEPARATORS.split(self.new_name.text()) if n.strip()]
        self.done_label.clear()
        try:
            if len(names) <= 1:  # one name: "already exists" beside the field
                added_id = self.service.add_community(self.context.actor, "".join(names))
                already: list[str] = []
            else:
                done = self.service.add_communities(self.context.actor, names)
                added_id = next((d.id for d in reversed(done) if d.added), None)
                already = [d.name for d in done if not d.added]
        except DeskError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        self.new_name.clear()
        if already:
            self.done_label.setText(
                self.tr("Already on file, not added again: {names}").format(
                    names="、".join(already)
                )
            )
        self.after_change(added_id)

    def rename_selected(self) -> None:
        row = self.selected()
        if row is None or not self.context.actor.is_admin:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename community"),
            self.tr("New name of {name} (units and members that name it follow):").format(
                name=row.name
            ),
            QLineEdit.EchoMode.Normal,
            row.name,
        )
        if not ok:
            return
        self._change(lambda: self.service.rename_community(self.context.actor, row.id, name), row)

    def move_selected(self, step: int) -> None:
        row = self.selected()
        if row is None:
            return
        ids = [r.id for r in self.table.records]
        index = ids.index(row.id)
        target = index + step
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        self._change(lambda: self.service.reorder_communities(self.context.actor, ids), row)

    def toggle_retired(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._change(
            lambda: self.service.set_retired(self.context.actor, row.id, not row.retired), row
        )

    def _change(self, action, row: CommunityRow) -> None:  # type: ignore[no-untyped-def]
        if attempt(self, self.tr("Communities"), action):
            self.after_change(row.id)
        else:
            self.refresh(keep=row.id)  # another desk may have changed the list
