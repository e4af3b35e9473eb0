"""The campaign page's preview (before opening, and of an open list): how many are
eligible, each item needed against the stock on hand (a shortfall in red), the cost
against the budget, and those served by a campaign of the same kind this year.

Its sentences keep the campaign page's translation context (they were written there).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QWidget

from station_app.core.i18n import translate
from station_app.welfare.reports.common import money
from station_app.welfare.types import CampaignPreview
from station_app.widgets.desk_parts import label
from station_app.widgets.layout import vbox
from station_app.widgets.list_page import item_table, set_row

RED = "#c0392b"
PV_ITEM, PV_EACH, PV_NEEDED, PV_ON_HAND, PV_SHORT, PV_COST = range(6)


class CampaignPreviewBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("CampaignsPage", "Preview"), parent)
        self.eligible_label = label(name="preview_eligible")
        self.cost_label = label(name="preview_cost")
        self.same_kind_label = label(name="preview_same_kind", style="color: #b9770e;", wrap=True)
        headers = [
            translate("CampaignsPage", "Item"),
            translate("CampaignsPage", "Each"),
            translate("CampaignsPage", "Needed"),
            translate("CampaignsPage", "On hand"),
            translate("CampaignsPage", "Short"),
            translate("CampaignsPage", "Cost"),
        ]
        self.table = item_table(headers, PV_ITEM, "preview_lines")
        vbox(
            self.eligible_label, (self.table, 1), self.cost_label, self.same_kind_label, parent=self
        )

    def clear(self) -> None:
        self.eligible_label.clear()
        self.cost_label.clear()
        self.same_kind_label.clear()
        self.table.setRowCount(0)

    def show_preview(self, preview: CampaignPreview, draft: bool) -> None:
        if draft:
            text = translate("CampaignsPage", "Eligible today: {count} members")
        else:
            text = translate("CampaignsPage", "On the list: {count} recipients")
        self.eligible_label.setText(text.format(count=preview.eligible))
        self.table.setRowCount(len(preview.lines))
        for r, line in enumerate(preview.lines):
            cells = [
                f"{line.name}（{line.unit}）",
                str(line.per_recipient),
                str(line.needed),
                str(line.on_hand),
                str(line.shortfall) if line.short else "",
                money(line.cost),
            ]
            items = set_row(
                self.table, r, cells, right=range(1, 6), colour=RED if line.short else None
            )
            if line.short:
                font = items[PV_SHORT].font()
                font.setBold(True)
                items[PV_SHORT].setFont(font)
        self.cost_label.setText(self.cost_text(preview))
        self.cost_label.setStyleSheet(
            f"color: {RED}; font-weight: bold;" if preview.over_budget else ""
        )
        if preview.already_served_same_kind:
            self.same_kind_label.setText(
                translate(
                    "CampaignsPage",
                    "{count} of them already received from a campaign of the same kind this year.",
                ).format(count=preview.already_served_same_kind)
            )
        else:
            self.same_kind_label.clear()

    @staticmethod
    def cost_text(preview: CampaignPreview) -> str:
        amounts = {
            "total": money(preview.total_cost),
            "items": money(preview.items_cost),
            "cash": money(preview.cash_total),
        }
        if preview.budget is None:
            return translate(
                "CampaignsPage", "Cost: {total} (items {items} + cash {cash}); no budget set"
            ).format(**amounts)
        cost = translate(
            "CampaignsPage", "Cost: {total} (items {items} + cash {cash}) of a budget of {budget}"
        ).format(budget=money(preview.budget), **amounts)
        if preview.over_budget:
            cost += "　" + translate("CampaignsPage", "Over budget by {amount}").format(
                amount=money(preview.total_cost - preview.budget)
            )
        return cost


__all__ = [
    "PV_COST",
    "PV_EACH",
    "PV_ITEM",
    "PV_NEEDED",
    "PV_ON_HAND",
    "PV_SHORT",
    "RED",
    "CampaignPreviewBox",
]
