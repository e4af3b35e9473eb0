"""An open campaign's recipient list (名单): who is on it, who has collected, who was
taken off and why. Adding a member or taking someone off needs a reason (audited by
the service); a refusal shows the service's sentence and nothing changes."""

from __future__ import annotations

import operator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import i18n
from station_app.core.errors import DeskError
from station_app.members.service import MemberService
from station_app.members.types import MemberFilter
from station_app.welfare.service import CampaignService, WelfarePrintData
from station_app.welfare.types import RecipientRow
from station_app.widgets.dialogs import OK, accept_buttons, run_dialog
from station_app.widgets.layout import STRETCH, button, hbox, vbox
from station_app.widgets.list_page import RecordTable, set_row
from station_app.widgets.person_picker import Match, PersonPicker
from station_app.widgets.screen_fit import fit_to_screen
from station_app.widgets.search_box import limit_search

OK_STYLE = "background: #e8f5e9; color: #1e7e34; padding: 6px; border-radius: 3px;"
BAD_STYLE = "background: #fdecea; color: #c0392b; padding: 6px; border-radius: 3px;"
GREY = "#7f8c8d"

COL_NAME, COL_NO, COL_ID, COL_COMMUNITY, COL_STATE = range(5)


class MemberPickerDialog(QDialog):
    """Finds a member by name, pinyin initials, mobile tail, ID or member number (the
    shared picker); taking one from the list closes the dialog with that member."""

    def __init__(self, members: MemberService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = members
        self.setWindowTitle(self.tr("Add member to the list"))
        self.search = PersonPicker(self.matches)
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(
            self.tr("Name, initials, mobile tail, ID number or member number")
        )
        self.search.chosen.connect(self._chosen)
        self.search.textChanged.connect(self._typed)
        self.hint = QLabel()
        self.hint.setObjectName("picker_hint")
        self.buttons = accept_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 160)
        self._chosen(None)

    def matches(self, query: str, limit: int) -> list[Match]:
        rows = self.members.list_members(MemberFilter(query=query), limit=limit, masked=True)
        if not rows:
            self.hint.setText(self.tr("No member matches."))
        elif len(rows) >= limit:
            self.hint.setText(
                self.tr("Showing the first {count} matches; type more to narrow.").format(
                    count=limit
                )
            )
        else:
            self.hint.clear()
        return [
            Match(
                row.id,
                f"{row.name}（{row.member_no}）",
                "  ".join(
                    p
                    for p in (
                        row.name,
                        row.member_no,
                        row.id_number,
                        row.mobile,
                        row.unit_name or "",
                        row.community_name or "",
                    )
                    if p
                ),
            )
            for row in rows
        ]

    def selected_member_id(self) -> int | None:
        return self.search.chosen_id()

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.hint.clear()  # nothing is searched: no sentence about the last search

    def _chosen(self, member_id: int | None) -> None:
        self.buttons.button(OK).setEnabled(member_id is not None)
        if member_id is not None:
            self.accept()


class RecipientsDialog(QDialog):
    def __init__(
        self, context: DeskContext, campaign_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.campaigns = CampaignService(context.db)
        self.printing = WelfarePrintData(context.db)
        self.members = MemberService(context.db)
        self.rows: list[RecipientRow] = []
        self.changed = False

        record = self.campaigns.get(campaign_id)
        self.campaign_name = record.name
        self.setWindowTitle(self.tr("Recipients of {name}").format(name=record.name))

        self.search = limit_search(QLineEdit())
        self.search.setObjectName("recipients_search")
        self.search.setPlaceholderText(self.tr("Filter by name, member number or community"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.count_label = QLabel()
        self.count_label.setObjectName("recipients_count")

        self.table: RecordTable[RecipientRow] = RecordTable(
            [
                self.tr("Name"),
                self.tr("Member no."),
                self.tr("ID number"),
                self.tr("Community"),
                self.tr("State"),
            ],
            COL_STATE,
            "recipients_table",
            key=operator.attrgetter("allocation_id"),
            on_select=self._selection_changed,
        )

        self.add_button = button(self.tr("Add member…"), self.add_clicked, name="recipients_add")
        self.remove_button = button(
            self.tr("Take off…"), self.remove_clicked, name="recipients_remove"
        )

        self.result_label = QLabel()
        self.result_label.setObjectName("recipients_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        vbox(
            hbox((self.search, 1), self.count_label),
            (self.table, 1),
            self.result_label,
            hbox(
                self.add_button, self.remove_button, STRETCH, button(self.tr("Close"), self.accept)
            ),
            parent=self,
        )
        fit_to_screen(self, 820, 520)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.rows = self.printing.recipients(self.context.actor, self.campaign_id)
        except DeskError as error:
            self.rows = []
            self._say(error.message(), ok=False)
        self._fill()

    def state_text(self, row: RecipientRow) -> str:
        if row.removed:
            return self.tr("Taken off: {reason}").format(reason=row.removed_reason)
        if row.handed_out_at is not None:
            return self.tr("Collected {at} ({by})").format(
                at=row.handed_out_at.strftime("%Y-%m-%d %H:%M"), by=row.handed_out_by
            )
        return self.tr("Not yet")

    def _fill(self) -> None:
        query = self.search.text().strip().casefold()
        shown = [
            r
            for r in self.rows
            if not query
            or query in r.name.casefold()
            or query in r.member_no.casefold()
            or query in r.community_name.casefold()
            or query in r.unit_name.casefold()
        ]
        self.table.show_records(shown, self._show_row)
        on_list = sum(1 for r in self.rows if not r.removed)
        served = sum(1 for r in self.rows if not r.removed and r.handed_out_at is not None)
        self.count_label.setText(
            self.tr("{on_list} on the list, {served} collected").format(
                on_list=on_list, served=served
            )
        )

    def _show_row(self, r: int, row: RecipientRow) -> None:
        cells = [row.name, row.member_no, row.id_number, row.community_name, self.state_text(row)]
        colour = GREY if row.removed else None
        set_row(self.table, r, cells, colour=colour, record_id=row.allocation_id)

    def select(self, allocation_id: int) -> bool:
        return self.table.select_key(allocation_id)

    def selected_row(self) -> RecipientRow | None:
        return self.table.selected()

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row is not None and not row.removed)

    def _say(self, text: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.result_label.show()

    def _ask_reason(self, title: str, label: str) -> str | None:
        reason, ok = QInputDialog.getText(self, title, label)
        return reason if ok else None

    # --- adding --------------------------------------------------------------------------

    def pick_member(self) -> int | None:
        return run_dialog(MemberPickerDialog(self.members, self), lambda d: d.selected_member_id())

    def add_clicked(self) -> int | None:
        member_id = self.pick_member()
        if member_id is None:
            return None
        reason = self._ask_reason(
            self.tr("Add member"), self.tr("Why is this member added to the list?")
        )
        if reason is None:
            return None
        return self.add_member(member_id, reason)

    def add_member(self, member_id: int, reason: str) -> int | None:
        """Puts the member on the list; the allocation, or None (the sentence shows)."""
        try:
            allocation_id, outside = self.campaigns.add_recipient(
                self.context.actor, self.campaign_id, member_id, reason
            )
        except DeskError as error:
            self._say(error.message(), ok=False)
            return None
        self.changed = True
        self.refresh()
        self.search.clear()
        self.select(allocation_id)
        row = self.selected_row()
        text = self.tr("{name} is on the list.").format(name=row.name if row else "")
        if outside:
            notes = "；".join(i18n.translate(n.context, n.text).format(**n.params) for n in outside)
            text += " " + self.tr("Outside the campaign's rule: {why}").format(why=notes)
        self._say(text, ok=True)
        return allocation_id

    # --- taking off ----------------------------------------------------------------------

    def remove_clicked(self) -> bool:
        row = self.selected_row()
        if row is None or row.removed:
            return False
        reason = self._ask_reason(
            self.tr("Take off the list"),
            self.tr("Why is {name} taken off the list?").format(name=row.name),
        )
        if reason is None:
            return False
        return self.remove(row.allocation_id, reason)

    def remove(self, allocation_id: int, reason: str) -> bool:
        name = next((r.name for r in self.rows if r.allocation_id == allocation_id), "")
        try:
            self.campaigns.remove_recipient(self.context.actor, allocation_id, reason)
        except DeskError as error:
            self._say(error.message(), ok=False)
            return False
        self.changed = True
        self.refresh()
        self.select(allocation_id)
        self._say(self.tr("{name} is taken off the list.").format(name=name), ok=True)
        return True
