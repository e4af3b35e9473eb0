"""The desk hand-out: pick an open campaign, find the person, Enter hands out.

Type or paste a full ID number or member number (or scan the QR code of the intake
receipt), a name, pinyin initials or a mobile tail; the list shows each person's state
in the campaign. Enter (in the list, or in the search box once the results are in)
hands out only to a person found unambiguously: by an identifier, by a search with one
result, or picked in the list by the desk (arrow keys, a click). A search with several
results selects nobody and says how many match; after a hand-out nobody else is lined
up for the next Enter. 代领 details are optional. The receipt prints through the PDF
preview; a hand-out made today can be undone (the stock returns).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QInputDialog,
    QLabel,
    QSplitter,
    QTableView,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.settings import AppSettings
from station_app.welfare.service import CampaignService, HandoutService, WelfarePrintData
from station_app.welfare.types import SERVED, HandoutCandidate, HandoutMatch, HandoutResult
from station_app.welfare.ui.candidates_model import COL_STATE, CandidatesModel, state_text
from station_app.welfare.ui.counters_panel import CountersPanel
from station_app.welfare.ui.handout_parts import PersonLabels, ProxyBox
from station_app.widgets.layout import STRETCH, button, hbox, panel, vbox
from station_app.widgets.list_page import rows_look
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.print_action import preview_pdf, signed_by
from station_app.widgets.search_box import SearchBox

OK_STYLE = "background: #e8f5e9; color: #1e7e34; padding: 6px; border-radius: 3px;"
BAD_STYLE = "background: #fdecea; color: #c0392b; padding: 6px; border-radius: 3px;"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
KEEP_LOOKUP = 1000  # rows read at most to keep the person just served in view


class HandoutPage(QWidget):
    handed_out = Signal(int)  # allocation id
    undone = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.campaigns = CampaignService(context.db)
        self.handout = HandoutService(context.db)
        self.printing = WelfarePrintData(context.db)
        self._searched_text: str | None = None
        self._shown_campaign: int | None = None
        # The one person Enter may serve: the single match of a search, or the row the
        # desk picked. A row the program selected for any other reason is not enough.
        self._picked_member: int | None = None
        self._selecting = False  # the program, not the desk, is changing the selection
        self._said_about: int | None = None  # whose row the result message is about
        self.last_result: HandoutResult | None = None
        self.last_job: PdfBuildJob | None = None

        # --- top: the campaign and the search -------------------------------------
        self.campaign_box = QComboBox()
        self.campaign_box.setObjectName("handout_campaign")
        self.campaign_box.setMinimumWidth(320)
        self.campaign_box.currentIndexChanged.connect(self._campaign_changed)
        self.package_label = QLabel()
        self.package_label.setObjectName("handout_package")
        self.package_label.setWordWrap(True)
        refresh = button(
            self.tr("Refresh"),
            self.refresh,
            tip=self.tr("Read the campaigns and figures again (other desks hand out too)"),
        )
        top = hbox(
            QLabel(self.tr("Campaign:")), self.campaign_box, refresh, (self.package_label, 1)
        )

        self.search = SearchBox()
        self.search.setObjectName("handout_search")
        self.search.setPlaceholderText(
            self.tr("ID number, name, pinyin initials, mobile tail or member number (Ctrl+F)")
        )
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.search.setFont(font)
        self.search.search_changed.connect(self._run_search)
        self.search.down_pressed.connect(self._focus_list)
        self.search.installEventFilter(self)

        # --- the candidates -----------------------------------------------------------
        self.model = CandidatesModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("handout_candidates")
        self.table.setModel(self.model)
        rows_look(self.table, COL_STATE)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.confirm_selected())
        self.table.installEventFilter(self)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("handout_empty")
        self.empty_label.setStyleSheet("color: #6c757d;")

        # --- the selected person ----------------------------------------------------
        self.person = PersonLabels()
        self.person_label = self.person.person
        self.state_label = self.person.state
        self.warning_label = self.person.warnings
        self.proxy_group = ProxyBox()
        self.proxy_name = self.proxy_group.name
        self.proxy_mobile = self.proxy_group.mobile
        self.proxy_relationship = self.proxy_group.relationship
        self.proxy_errors = self.proxy_group.errors

        self.confirm_button = button(
            self.tr("Hand out (Enter)"), self.confirm_selected, name="handout_confirm"
        )
        self.confirm_button.setStyleSheet("font-weight: bold; padding: 4px 16px;")
        self.receipt_button = button(
            self.tr("Print receipt"), self.print_selected_receipt, name="handout_receipt"
        )
        self.undo_button = button(
            self.tr("Undo today's hand-out…"), self.undo_selected, name="handout_undo"
        )
        self.auto_print = QCheckBox(self.tr("Print the receipt after each hand-out"))
        self.auto_print.setObjectName("handout_auto_print")
        # Each operator's choice, remembered on this PC (settings.py).
        self._settings = AppSettings()
        username = context.actor.username
        self.auto_print.setChecked(self._settings.auto_print_receipt(username))
        self.auto_print.toggled.connect(
            lambda on: self._settings.set_auto_print_receipt(username, on)
        )
        self.receipt_button.setText(self.tr("Print receipt (Ctrl+P)"))
        print_shortcut = QAction(self)
        print_shortcut.setShortcut(QKeySequence.StandardKey.Print)
        print_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_shortcut.triggered.connect(self.print_selected_receipt)
        self.addAction(print_shortcut)
        buttons = hbox(self.confirm_button, self.receipt_button, self.undo_button, STRETCH)

        self.result_label = QLabel()
        self.result_label.setObjectName("handout_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        person = panel(
            self.person_label,
            self.state_label,
            self.warning_label,
            self.proxy_group,
            buttons,
            self.auto_print,
            self.result_label,
            STRETCH,
        )
        left = panel(self.search, self.empty_label, (self.table, 2), (person, 1))

        self.counters = CountersPanel()
        self.counters.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.counters)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        vbox(top, (splitter, 1), parent=self)

        self.refresh()

    # --- campaigns and figures ---------------------------------------------------------

    def campaign_id(self) -> int | None:
        data = self.campaign_box.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        """Re-read the open campaigns (keeping the choice), the figures and the search."""
        current = self.campaign_id()
        self.campaign_box.blockSignals(True)
        self.campaign_box.clear()
        for row in self.campaigns.list_campaigns("open"):
            self.campaign_box.addItem(row.name, row.id)
        if self.campaign_box.count() == 0:
            self.campaign_box.addItem(self.tr("No campaign is open"), None)
        index = self.campaign_box.findData(current) if current is not None else -1
        self.campaign_box.setCurrentIndex(max(index, 0))
        self.campaign_box.blockSignals(False)
        self._campaign_changed()

    def select_campaign(self, campaign_id: int) -> None:
        index = self.campaign_box.findData(campaign_id)
        if index < 0:
            self.refresh()
            index = self.campaign_box.findData(campaign_id)
        if index >= 0:
            self.campaign_box.setCurrentIndex(index)

    def _campaign_changed(self, _index: int = 0) -> None:
        cid = self.campaign_id()
        # Re-reading the same campaign keeps the desk's pick; another campaign drops it.
        keep = self._picked_member if cid == self._shown_campaign else None
        if cid != self._shown_campaign:
            self.result_label.hide()  # said about the campaign before
        self._shown_campaign = cid
        enabled = cid is not None
        self.search.setEnabled(enabled)
        if cid is None:
            self.package_label.setText(
                self.tr("Open a campaign on the Campaigns page to hand out gifts.")
            )
            self.counters.clear()
        else:
            record = self.campaigns.get(cid)
            parts = [f"{p.name} ×{p.quantity}{p.unit}" for p in record.package]
            if record.cash_amount:
                parts.append(self.tr("cash ¥{amount}").format(amount=f"{record.cash_amount:,.2f}"))
            self.package_label.setText(
                self.tr("Each recipient: {package}").format(package="、".join(parts) or "–")
            )
        self.update_counters()
        self._run_search(self.search.text(), keep_member=keep)

    def update_counters(self) -> None:
        cid = self.campaign_id()
        if cid is None:
            self.counters.clear()
            return
        self.counters.show_counters(self.handout.counters(cid))

    # --- finding -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_list(self) -> None:
        """Down in the search box: into the list, the first row picked (an arrow key is
        the desk's own choice)."""
        if self.model.rowCount():
            self.table.setFocus()
            if self.selected() is None:
                self.table.selectRow(0)

    def _run_search(self, text: str, keep_member: int | None = None) -> None:
        """Counts and lists the matches; selects the single match, or ``keep_member``
        (the person just served or taken back) when still listed, else nobody."""
        self._searched_text = text
        cid = self.campaign_id()
        match = HandoutMatch(0, False)
        if cid is not None and text.strip():
            match = self.handout.count_for_handout(cid, text)

        def fetch(offset: int, limit: int) -> list[HandoutCandidate]:
            assert cid is not None
            return self.handout.find_for_handout(cid, text, limit=limit, offset=offset)

        keep_pick = keep_member is not None and keep_member == self._picked_member
        self._selecting = True
        try:
            self.model.set_search(match.total, fetch if match.total else None)
            single = match.total == 1 and self.model.rowCount() == 1
            row = 0 if single else self._fetch_until(keep_member) if keep_member else -1
            self.table.clearSelection()
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self._selecting = False
        c = self.selected()
        self._picked_member = c.member_id if c is not None and (single or keep_pick) else None
        self._show_count(text, match.total)
        self._show_selected()

    def _fetch_until(self, member_id: int) -> int:
        """The row of this member, reading further batches for them if needed."""
        row = self.model.row_of(member_id)
        while row < 0 and self.model.canFetchMore() and self.model.rowCount() < KEEP_LOOKUP:
            self.model.fetchMore()
            row = self.model.row_of(member_id)
        return row

    def _show_count(self, text: str, total: int) -> None:
        if not text.strip():
            self.empty_label.setText(self.tr("Type or paste to find the person."))
        elif total == 0:
            self.empty_label.setText(self.tr("Nobody found for “{text}”.").format(text=text))
        elif total == 1:
            self.empty_label.setText(self.tr("One person found."))
        else:
            self.empty_label.setText(
                self.tr(
                    "{count} people match “{text}”: pick one with the arrow keys or a click."
                ).format(count=total, text=text)
            )

    def selected(self) -> HandoutCandidate | None:
        """The selected person (a highlighted row; Qt's focus frame alone is not one)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.candidate(rows[0].row()) if len(rows) == 1 else None

    def _is_picked(self, c: HandoutCandidate) -> bool:
        return c.member_id == self._picked_member

    def _selection_changed(self, *_args: object) -> None:
        if not self._selecting:  # an arrow key or a click: the desk's pick
            c = self.selected()
            self._picked_member = c.member_id if c is not None else None
        self._show_selected()

    def _show_selected(self, *_args: object) -> None:
        c = self.selected()
        if (c.member_id if c is not None else None) != self._said_about:
            self.result_label.hide()  # "handed out to …" was about someone else
        self.person.show_candidate(c)
        if c is None:
            for b in (self.confirm_button, self.receipt_button, self.undo_button):
                b.setEnabled(False)
            return
        self.confirm_button.setEnabled(c.can_hand_out and self._is_picked(c))
        self.receipt_button.setEnabled(c.state == SERVED and c.allocation_id is not None)
        self.undo_button.setEnabled(self._can_undo(c))

    @staticmethod
    def _can_undo(c: HandoutCandidate) -> bool:
        return (
            c.state == SERVED
            and c.campaign_open
            and c.handed_out_at is not None
            and c.handed_out_at.date() == clock.today()
        )

    # --- Enter ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            if watched is self.table:
                self.confirm_selected()
                return True
            # The first Enter in the search box searches what was typed; once the list
            # shows that text, Enter hands out to the selected person.
            if (
                watched is self.search
                and not self.search.is_pending()
                and self.search.text() == self._searched_text
            ):
                self.confirm_selected()
                return True
        return super().eventFilter(watched, event)

    # --- handing out ---------------------------------------------------------------------

    def _say(self, text: str, ok: bool) -> None:
        """The result of the last action, shown until another person is selected."""
        c = self.selected()
        self._said_about = c.member_id if c is not None else None
        self.result_label.setText(text)
        self.result_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.result_label.show()

    def confirm_selected(self) -> HandoutResult | None:
        """Hands the package to the selected person (Enter)."""
        c = self.selected()
        if c is None or not self._is_picked(c):
            # Several matches, and the desk has not picked one: never guess.
            if self.model.total() > 1:
                self._say(
                    self.tr(
                        "{count} people match: pick the person in the list first (arrow "
                        "keys or a click). Nothing was handed out."
                    ).format(count=self.model.total()),
                    ok=False,
                )
            return None
        if not c.can_hand_out:
            # Say why (already served: when and by whom; not eligible: why).
            self._say(self.tr("Not handed out: {why}").format(why=state_text(c)), ok=False)
            return None
        assert c.allocation_id is not None
        self.proxy_errors.clear()
        try:
            result = self.handout.confirm_handout(
                self.context.actor, c.allocation_id, self.proxy_group.proxy()
            )
        except DeskError as error:
            if error.field and error.field.startswith("proxy_"):
                self.proxy_errors.show(error)
            self._after_change(c.member_id)
            self._say(error.message(), ok=False)
            return None
        self.last_result = result
        items = "、".join(f"{i.name} ×{i.quantity}{i.unit}" for i in result.items)
        if result.cash_amount:
            items += "、" + self.tr("cash ¥{amount}").format(amount=f"{result.cash_amount:,.2f}")
        self.proxy_group.reset()
        # The served person stays selected (now "already handed out"), or nobody is:
        # never the next row, which a second Enter would serve.
        self._after_change(c.member_id)
        self._say(
            self.tr("Handed out to {name}: {items}. Receipt {receipt_no}.").format(
                name=c.name, items=items or "–", receipt_no=result.receipt_no
            ),
            ok=True,
        )
        self.handed_out.emit(result.allocation_id)
        if self.auto_print.isChecked():
            self.print_receipt(result.allocation_id)
        self.search.setFocus()
        self.search.selectAll()
        return result

    def _after_change(self, member_id: int) -> None:
        self.update_counters()
        self._run_search(self.search.text(), keep_member=member_id)

    def undo_selected(self) -> bool:
        c = self.selected()
        if c is None or c.allocation_id is None or not self._can_undo(c):
            return False
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Undo hand-out"),
            self.tr(
                "Undo the hand-out to {name} (receipt {receipt_no})? The stock comes back.\nReason:"
            ).format(name=c.name, receipt_no=c.receipt_no or ""),
        )
        if not ok:
            return False
        try:
            self.handout.undo_handout(self.context.actor, c.allocation_id, reason)
        except DeskError as error:
            self._after_change(c.member_id)
            self._say(error.message(), ok=False)
            return False
        self._after_change(c.member_id)
        self._say(
            self.tr("The hand-out to {name} was undone; the stock is back.").format(name=c.name),
            ok=True,
        )
        self.undone.emit(c.allocation_id)
        return True

    # --- the receipt ---------------------------------------------------------------------

    def print_selected_receipt(self) -> PdfBuildJob | None:
        c = self.selected()
        if c is None or c.allocation_id is None or c.state != SERVED:
            return None
        return self.print_receipt(c.allocation_id)

    def print_receipt(self, allocation_id: int) -> PdfBuildJob | None:
        """领取凭证: read now, built off the UI thread, shown in the preview."""
        from station_app.welfare.reports.receipt import build_receipt  # reportlab: now

        self.last_job = preview_pdf(
            self,
            self.tr("Receipt"),
            lambda: self.printing.receipt(allocation_id),
            signed_by(build_receipt, self.context.actor.display_name),
            lambda data: self.tr("Receipt {receipt_no}").format(receipt_no=data.receipt_no),
        )
        return self.last_job

    def stop(self) -> None:
        self.search.stop()

    shutdown = stop  # the tab closing (widgets/tab_host.py)
