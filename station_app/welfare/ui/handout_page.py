"""The desk hand-out: pick an open campaign, find the person, Enter hands out.

Type or paste a full ID number (exact hit), a name, pinyin initials, a mobile tail or a
member number; the list shows each person's state in the campaign. Enter (in the list,
or in the search box once the results are in) confirms the hand-out of the selected
person; 代领 details are optional. The receipt prints through the PDF preview; a
hand-out made today can be undone (the stock returns).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.core.pdf import CancelFn, ProgressFn
from station_app.welfare.reports.receipt import build_receipt
from station_app.welfare.service import CampaignService, HandoutService, WelfarePrintData
from station_app.welfare.types import SERVED, HandoutCandidate, HandoutResult, Proxy
from station_app.welfare.ui.candidates_model import (
    COL_STATE,
    STATE_COLOURS,
    CandidatesModel,
    state_text,
)
from station_app.welfare.ui.counters_panel import CountersPanel
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.pdf_build import PdfBuildJob, build_and_preview
from station_app.widgets.search_box import SearchBox

OK_STYLE = "background: #e8f5e9; color: #1e7e34; padding: 6px; border-radius: 3px;"
BAD_STYLE = "background: #fdecea; color: #c0392b; padding: 6px; border-radius: 3px;"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


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
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(
            self.tr("Read the campaigns and figures again (other desks hand out too)")
        )
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaign_box)
        top.addWidget(refresh)
        top.addWidget(self.package_label, 1)

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
        self.table.setObjectName("handout_candidates")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _index: self.confirm_selected())
        self.table.installEventFilter(self)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("handout_empty")
        self.empty_label.setStyleSheet("color: #6c757d;")

        # --- the selected person ----------------------------------------------------
        self.person_label = QLabel()
        self.person_label.setObjectName("handout_person")
        pfont = self.person_label.font()
        pfont.setPointSizeF(pfont.pointSizeF() * 1.4)
        pfont.setBold(True)
        self.person_label.setFont(pfont)
        self.state_label = QLabel()
        self.state_label.setObjectName("handout_state")
        self.state_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("handout_warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b9770e;")

        self.proxy_group = QGroupBox(self.tr("Collected on behalf (代领)"))
        self.proxy_group.setObjectName("handout_proxy")
        self.proxy_group.setCheckable(True)
        self.proxy_group.setChecked(False)
        self.proxy_name = QLineEdit()
        self.proxy_mobile = QLineEdit()
        self.proxy_relationship = QComboBox()
        self.proxy_relationship.setEditable(True)
        self.proxy_relationship.addItems(["", "配偶", "子女", "父母", "亲属", "同事"])
        form = QFormLayout(self.proxy_group)
        self.proxy_errors = FormErrors(form)
        self.proxy_errors.add_field("proxy_name", self.tr("Name"), self.proxy_name)
        self.proxy_errors.add_field("proxy_mobile", self.tr("Mobile"), self.proxy_mobile)
        self.proxy_errors.add_field(
            "proxy_relationship", self.tr("Relationship"), self.proxy_relationship
        )
        self.proxy_group.toggled.connect(self._proxy_toggled)
        self._proxy_toggled(False)

        self.confirm_button = QPushButton(self.tr("Hand out (Enter)"))
        self.confirm_button.setObjectName("handout_confirm")
        self.confirm_button.setStyleSheet("font-weight: bold; padding: 4px 16px;")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.receipt_button = QPushButton(self.tr("Print receipt"))
        self.receipt_button.setObjectName("handout_receipt")
        self.receipt_button.clicked.connect(self.print_selected_receipt)
        self.undo_button = QPushButton(self.tr("Undo today's hand-out…"))
        self.undo_button.setObjectName("handout_undo")
        self.undo_button.clicked.connect(self.undo_selected)
        self.auto_print = QCheckBox(self.tr("Print the receipt after each hand-out"))
        self.auto_print.setObjectName("handout_auto_print")
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)

        self.result_label = QLabel()
        self.result_label.setObjectName("handout_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        person = QWidget()
        pl = QVBoxLayout(person)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.person_label)
        pl.addWidget(self.state_label)
        pl.addWidget(self.warning_label)
        pl.addWidget(self.proxy_group)
        pl.addLayout(buttons)
        pl.addWidget(self.auto_print)
        pl.addWidget(self.result_label)
        pl.addStretch(1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.empty_label)
        ll.addWidget(self.table, 2)
        ll.addWidget(person, 1)

        self.counters = CountersPanel()
        self.counters.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.counters)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

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
        self._run_search(self.search.text())

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
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _run_search(self, text: str, keep_member: int | None = None) -> None:
        self._searched_text = text
        cid = self.campaign_id()
        rows: list[HandoutCandidate] = []
        if cid is not None and text.strip():
            rows = self.handout.find_for_handout(cid, text)
        self.model.set_rows(rows)
        if not text.strip():
            self.empty_label.setText(self.tr("Type or paste to find the person."))
        elif not rows:
            self.empty_label.setText(self.tr("Nobody found for “{text}”.").format(text=text))
        else:
            self.empty_label.setText(self.tr("{count} found").format(count=len(rows)))
        row = self.model.row_of(keep_member) if keep_member is not None else -1
        if rows:
            self.table.selectRow(max(row, 0))
        self._show_selected()

    def selected(self) -> HandoutCandidate | None:
        index = self.table.currentIndex()
        return self.model.candidate(index.row()) if index.isValid() else None

    def _show_selected(self, *_args: object) -> None:
        c = self.selected()
        if c is None:
            self.person_label.clear()
            self.state_label.clear()
            self.warning_label.clear()
            for b in (self.confirm_button, self.receipt_button, self.undo_button):
                b.setEnabled(False)
            return
        who = c.name
        details = [x for x in (c.member_no, c.id_number, c.unit_name or c.community_name) if x]
        self.person_label.setText(f"{who}　{'　'.join(details)}")
        text = state_text(c)
        if c.state == SERVED and c.receipt_no:
            text += "　" + self.tr("Receipt {receipt_no}").format(receipt_no=c.receipt_no)
            if c.proxy_name:
                text += "　" + self.tr("collected by {name}").format(name=c.proxy_name)
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            f"color: {STATE_COLOURS.get(c.state, '#000')}; font-weight: bold;"
        )
        self.warning_label.setText("\n".join(n.message() for n in c.warnings))
        self.warning_label.setVisible(bool(c.warnings))
        self.confirm_button.setEnabled(c.can_hand_out)
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

    def _proxy_toggled(self, on: bool) -> None:
        for w in (self.proxy_name, self.proxy_mobile, self.proxy_relationship):
            w.setEnabled(on)
        if not on:
            self.proxy_errors.clear()

    def _proxy(self) -> Proxy | None:
        if not self.proxy_group.isChecked():
            return None
        return Proxy(
            self.proxy_name.text(),
            self.proxy_mobile.text(),
            self.proxy_relationship.currentText(),
        )

    def _clear_proxy(self) -> None:
        self.proxy_name.clear()
        self.proxy_mobile.clear()
        self.proxy_relationship.setCurrentIndex(0)
        self.proxy_group.setChecked(False)

    def _say(self, text: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.result_label.show()

    def confirm_selected(self) -> HandoutResult | None:
        """Hands the package to the selected person (Enter)."""
        c = self.selected()
        if c is None:
            return None
        if not c.can_hand_out:
            # Say why (already served: when and by whom; not eligible: why).
            self._say(self.tr("Not handed out: {why}").format(why=state_text(c)), ok=False)
            return None
        assert c.allocation_id is not None
        self.proxy_errors.clear()
        try:
            result = self.handout.confirm_handout(
                self.context.actor, c.allocation_id, self._proxy()
            )
        except DeskError as error:
            if error.field and error.field.startswith("proxy_"):
                self.proxy_errors.show(error)
            self._say(error.message(), ok=False)
            self._after_change(c.member_id)
            return None
        self.last_result = result
        items = "、".join(f"{i.name} ×{i.quantity}{i.unit}" for i in result.items)
        if result.cash_amount:
            items += "、" + self.tr("cash ¥{amount}").format(amount=f"{result.cash_amount:,.2f}")
        self._say(
            self.tr("Handed out to {name}: {items}. Receipt {receipt_no}.").format(
                name=c.name, items=items or "–", receipt_no=result.receipt_no
            ),
            ok=True,
        )
        self._clear_proxy()
        self._after_change(c.member_id)
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
            self._say(error.message(), ok=False)
            self._after_change(c.member_id)
            return False
        self._say(
            self.tr("The hand-out to {name} was undone; the stock is back.").format(name=c.name),
            ok=True,
        )
        self._after_change(c.member_id)
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
        try:
            data = self.printing.receipt(allocation_id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Receipt"), error.message())
            return None
        operator = self.context.actor.display_name
        title = self.tr("Receipt {receipt_no}").format(receipt_no=data.receipt_no)

        def build(path: Path, progress: ProgressFn, should_cancel: CancelFn) -> None:
            build_receipt(path, data, operator, progress=progress, should_cancel=should_cancel)

        self.last_job = build_and_preview(self, title, build)
        return self.last_job

    def stop(self) -> None:
        self.search.stop()
