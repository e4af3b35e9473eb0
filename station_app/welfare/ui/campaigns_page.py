"""Campaigns (慰问活动): the list, drafts, the preview before opening, open, close,
the sign-off list and the summary (print preview), and the recipients' .xlsx."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QSplitter, QWidget

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.welfare.reports.common import kind_label, status_label
from station_app.welfare.service import CampaignService, ShortfallError, WelfarePrintData
from station_app.welfare.sheets.exports import write_recipients
from station_app.welfare.types import CampaignPreview, CampaignRow
from station_app.welfare.types.printouts import GROUP_COMMUNITY, GROUP_UNIT
from station_app.welfare.ui.campaign_dialog import CampaignDialog
from station_app.welfare.ui.campaign_preview import CampaignPreviewBox
from station_app.welfare.ui.recipients_dialog import RecipientsDialog
from station_app.widgets.dialogs import ask_yes, run_dialog
from station_app.widgets.layout import STRETCH, button, hbox, vbox
from station_app.widgets.list_page import ListPage, set_row
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.print_action import preview_pdf, signed_by
from station_app.widgets.save_path import ask_save_path, with_suffix

OK_STYLE = "background: #e8f5e9; color: #1e7e34; padding: 6px; border-radius: 3px;"
BAD_STYLE = "background: #fdecea; color: #c0392b; padding: 6px; border-radius: 3px;"

COL_NAME, COL_KIND, COL_DATES, COL_STATUS, COL_PLANNED, COL_SERVED = range(6)


class CampaignsPage(ListPage):
    """The campaigns, a short list (``changed``: created, edited, opened or closed)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.context = context
        self.campaigns = CampaignService(context.db)
        self.printing = WelfarePrintData(context.db)
        self.last_preview: CampaignPreview | None = None
        self.last_job: PdfBuildJob | None = None

        # --- the list ------------------------------------------------------------------
        self.table = self.record_table(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Dates"),
                self.tr("Status"),
                self.tr("Planned"),
                self.tr("Served"),
            ],
            COL_NAME,
            "campaigns_table",
            on_activate=self.edit_selected,
        )

        self.new_button = button(self.tr("New campaign…"), self.new_campaign)
        self.edit_button = button(self.tr("Edit draft…"), self.edit_selected)
        self.preview_button = button(
            self.tr("Preview"), self.preview_selected, name="campaigns_preview"
        )
        self.open_button = button(
            self.tr("Open for hand-out…"), self.open_selected, name="campaigns_open"
        )
        self.close_button = button(self.tr("Close…"), self.close_selected, name="campaigns_close")
        self.recipients_button = button(
            self.tr("Recipients…"), self.recipients_selected, name="campaigns_recipients"
        )
        top = hbox(
            self.new_button,
            self.edit_button,
            self.preview_button,
            self.open_button,
            self.close_button,
            self.recipients_button,
            STRETCH,
            button(self.tr("Refresh"), self.refresh),
        )

        self.group_box = QComboBox()
        self.group_box.setObjectName("campaigns_group")
        self.group_box.addItem(self.tr("Not grouped"), None)
        self.group_box.addItem(self.tr("Grouped by community"), GROUP_COMMUNITY)
        self.group_box.addItem(self.tr("Grouped by employer"), GROUP_UNIT)
        self.sheet_button = button(self.tr("Print sign-off list…"), self.print_sheet)
        self.summary_button = button(self.tr("Print summary…"), self.print_summary)
        self.export_button = button(self.tr("Export recipients (.xlsx)…"), self.export_recipients)
        self.period_button = button(
            self.tr("Hand-outs of a period (.xlsx)…"),
            lambda: self.export_period_handouts(),
            name="campaigns_period_export",
        )
        prints = hbox(
            self.group_box,
            self.sheet_button,
            self.summary_button,
            self.export_button,
            STRETCH,
            self.period_button,
        )

        # --- the preview -------------------------------------------------------------
        self.preview = CampaignPreviewBox()

        self.result_line("campaigns_result", OK_STYLE, BAD_STYLE, selectable=True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        vbox(top, (splitter, 1), self.result_label, prints, parent=self)

        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.table.show_records(self.campaigns.list_campaigns(), self._show_row)

    def _show_row(self, r: int, row: CampaignRow) -> None:
        cells = [
            row.name,
            kind_label(row.kind),
            f"{row.starts_on.isoformat()} – {row.ends_on.isoformat()}",
            status_label(row.status),
            str(row.planned) if row.status != "draft" else "–",
            str(row.served) if row.status != "draft" else "–",
        ]
        set_row(self.table, r, cells, right=(COL_PLANNED, COL_SERVED), record_id=row.id)

    def select(self, campaign_id: int) -> bool:
        return self.select_record(campaign_id)

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def selection_changed(self) -> None:
        row = self.selected_row()
        status = row.status if row else None
        self.edit_button.setEnabled(status == "draft")
        self.preview_button.setEnabled(row is not None)
        self.open_button.setEnabled(status == "draft")
        self.close_button.setEnabled(status == "open")
        self.recipients_button.setEnabled(status == "open")
        for b in (self.sheet_button, self.summary_button, self.export_button):
            b.setEnabled(status in ("open", "closed"))
        self.group_box.setEnabled(status in ("open", "closed"))
        if row is None:
            self.clear_preview()
        else:
            self.show_preview(row.id)

    # --- drafts --------------------------------------------------------------------------

    def new_campaign(self) -> int | None:
        return self.edit_in(CampaignDialog(self.context, None, self))

    def edit_selected(self) -> int | None:
        row = self.selected_row()
        if row is None or row.status != "draft":
            return None
        return self.edit_in(CampaignDialog(self.context, row.id, self))

    # --- the preview ---------------------------------------------------------------------

    def clear_preview(self) -> None:
        self.last_preview = None
        self.preview.clear()

    def preview_selected(self) -> CampaignPreview | None:
        row = self.selected_row()
        return self.show_preview(row.id) if row else None

    def show_preview(self, campaign_id: int) -> CampaignPreview | None:
        try:
            preview = self.campaigns.preview(campaign_id)
        except DeskError as error:
            self.clear_preview()
            self.say(error.message(), ok=False)
            return None
        self.last_preview = preview
        row = next((r for r in self.table.records if r.id == campaign_id), None)
        self.preview.show_preview(preview, draft=row is not None and row.status == "draft")
        return preview

    # --- opening and closing -------------------------------------------------------------

    def open_selected(self) -> int | None:
        """Freezes the list. Refused on a shortfall (the reason shows); an administrator
        may confirm a partial plan."""
        row = self.selected_row()
        if row is None or row.status != "draft":
            return None
        preview = self.show_preview(row.id)
        if preview is None:
            return None
        title = self.tr("Open campaign")
        if not preview.has_shortfall and not ask_yes(
            self,
            title,
            self.tr(
                "Open “{name}” for {count} recipients? The list is frozen; later changes "
                "need a reason."
            ).format(name=row.name, count=preview.eligible),
        ):
            return None
        try:
            count = self.campaigns.open(self.context.actor, row.id)
        except ShortfallError as error:
            self.say(error.message(), ok=False)
            if not self.context.actor.is_admin:
                return None
            if not ask_yes(
                self,
                title,
                error.message()
                + "\n\n"
                + self.tr("Open it anyway as a partial plan (hand out while the stock lasts)?"),
            ):
                return None
            try:
                count = self.campaigns.open(self.context.actor, row.id, accept_shortfall=True)
            except DeskError as again:
                self.say(again.message(), ok=False)
                return None
        except DeskError as error:
            self.say(error.message(), ok=False)
            return None
        self.say(
            self.tr("“{name}” is open: {count} recipients on the list.").format(
                name=row.name, count=count
            ),
            ok=True,
        )
        self.after_change(row.id)
        return count

    def close_selected(self) -> bool:
        row = self.selected_row()
        if row is None or row.status != "open":
            return False
        if not ask_yes(
            self,
            self.tr("Close campaign"),
            self.tr(
                "Close “{name}”? {served} of {planned} recipients were served; no more "
                "hand-outs after this."
            ).format(name=row.name, served=row.served, planned=row.planned),
        ):
            return False
        try:
            self.campaigns.close(self.context.actor, row.id)
        except DeskError as error:
            self.say(error.message(), ok=False)
            return False
        self.say(self.tr("“{name}” is closed.").format(name=row.name), ok=True)
        self.after_change(row.id)
        return True

    def recipients_dialog(self, campaign_id: int) -> RecipientsDialog:
        return RecipientsDialog(self.context, campaign_id, self)

    def recipients_selected(self) -> bool:
        """The open campaign's list: add or take off members, each with a reason.
        True when the list changed."""
        row = self.selected_row()
        if row is None or row.status != "open":
            return False
        try:
            dialog = self.recipients_dialog(row.id)
        except DeskError as error:
            self.say(error.message(), ok=False)
            return False
        changed = bool(run_dialog(dialog, lambda d: d.changed, accepted_only=False))
        if changed:
            self.after_change(row.id)
        return changed

    # --- printouts and export ------------------------------------------------------------

    def print_sheet(self) -> PdfBuildJob | None:
        row = self.selected_row()
        if row is None or row.status == "draft":
            return None
        group = self.group_box.currentData()
        from station_app.welfare.reports.handout import build_handout  # reportlab: now

        self.last_job = preview_pdf(
            self,
            self.tr("Sign-off list"),
            lambda: self.printing.handout_sheet(row.id, group),
            signed_by(build_handout, self.context.actor.display_name),
            self.tr("Sign-off list {name}").format(name=row.name),
        )
        return self.last_job

    def print_summary(self) -> PdfBuildJob | None:
        row = self.selected_row()
        if row is None or row.status == "draft":
            return None
        from station_app.welfare.reports.summary import build_summary  # reportlab: now

        self.last_job = preview_pdf(
            self,
            self.tr("Campaign summary"),
            lambda: self.printing.campaign_summary(row.id),
            signed_by(build_summary, self.context.actor.display_name),
            self.tr("Campaign summary {name}").format(name=row.name),
        )
        return self.last_job

    def export_recipients(self, path: str | None = None) -> str | None:
        """The list (masked) to an .xlsx the desk names; the path, or None."""
        row = self.selected_row()
        if row is None or row.status == "draft":
            return None
        title = self.tr("Export recipients")
        if path is None:
            name = self.tr("{name}-recipients.xlsx").format(name=row.name)
            chosen = ask_save_path(self, title, name)
            if chosen is None:
                return None
            path = str(chosen)
        path = str(with_suffix(path, ".xlsx"))
        try:
            rows = self.printing.recipients(self.context.actor, row.id)
            write_recipients(path, rows)
        except (DeskError, OSError) as error:
            QMessageBox.warning(self, title, str(error))
            return None
        self.say(
            self.tr("Exported {count} recipients to {path}.").format(count=len(rows), path=path),
            ok=True,
        )
        return path

    def export_period_handouts(
        self, period: tuple[dt.date, dt.date] | None = None, path: str | None = None
    ) -> str | None:
        """Every gift collected in a period, all campaigns (masked), to an .xlsx."""
        from station_app.core import clock
        from station_app.welfare.sheets.handouts import export_handouts
        from station_app.widgets.date_range import ask_period

        title = self.tr("Export the hand-outs of a period")
        if period is None:
            today = clock.today()
            chosen = ask_period(self, title, today.replace(day=1), today)
            if chosen is None or chosen[0] is None:
                return None
            period = chosen[0]
        first, last = period
        if path is None:
            name = self.tr("handouts-{first}-{last}.xlsx").format(
                first=f"{first:%Y%m%d}", last=f"{last:%Y%m%d}"
            )
            chosen = ask_save_path(self, title, name)
            if chosen is None:
                return None
            path = str(chosen)
        path = str(with_suffix(path, ".xlsx"))
        try:
            count = export_handouts(self.context.db, self.context.actor, path, first, last)
        except (DeskError, OSError) as error:
            QMessageBox.warning(self, title, str(error))
            return None
        self.say(
            self.tr("Exported {count} hand-outs to {path}.").format(count=count, path=path),
            ok=True,
        )
        return path
