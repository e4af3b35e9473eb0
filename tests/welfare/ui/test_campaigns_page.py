"""The campaigns page: a draft through the dialog, the preview, opening refused on a
shortfall (with the reason), a partial plan for an administrator, open, close,
printouts and the recipients' export."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from station_app.context import DeskContext
from station_app.core.actor import Actor
from station_app.core.station import StationService
from station_app.welfare.ui import campaigns_page as campaigns_module
from station_app.welfare.ui.campaign_dialog import CampaignDialog
from station_app.welfare.ui.campaign_preview import PV_NEEDED, PV_ON_HAND, PV_SHORT, RED
from station_app.welfare.ui.campaigns_page import COL_PLANNED, COL_STATUS, CampaignsPage
from station_app.widgets import print_action
from tests.welfare.conftest import Street, assert_reconciled, scalar

PageFor = Callable[[Actor], CampaignsPage]


def context(street: Street, actor: Actor) -> DeskContext:
    profile = StationService(street.db).profile()
    assert profile is not None
    return DeskContext(street.db, actor, profile)


@pytest.fixture
def page_for(qtbot, street: Street) -> Iterator[PageFor]:  # type: ignore[no-untyped-def]
    def make(actor: Actor) -> CampaignsPage:
        widget = CampaignsPage(context(street, actor))
        qtbot.addWidget(widget)
        return widget

    yield make


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every yes/no question is answered yes; the questions are kept."""
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(campaigns_module, "ask_yes", yes)
    return asked


def status(db: object, campaign_id: int) -> str:
    return str(scalar(db, "SELECT status FROM campaign WHERE id = :i", i=campaign_id))  # type: ignore[arg-type]


def test_new_draft_through_the_dialog(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    dialog = CampaignDialog(context(street, street.desk))
    qtbot.addWidget(dialog)
    # A refused value: its sentence beside the field, nothing saved.
    assert not dialog.save()
    assert dialog.errors.text("name")
    assert scalar(street.db, "SELECT COUNT(*) FROM campaign") == 0
    dialog.name.setText("2027年夏季送清凉")
    dialog.kind.setCurrentIndex(dialog.kind.findData("summer"))
    dialog.add_package_line(street.rice, 2)
    dialog.add_package_line(street.oil, 1)
    dialog.cash.setText("50")
    dialog.budget.setText("¥5,000")
    dialog.warn_same_kind.setChecked(True)
    dialog.cash.setText("12.345")  # three decimals: refused
    assert not dialog.save()
    assert "two decimal places" in dialog.errors.text("cash_amount")
    dialog.cash.setText("50")
    assert dialog.save()
    record = street.campaigns.get(dialog.saved_id)
    assert record.status == "draft" and record.kind == "summer"
    assert [(p.item_id, p.quantity) for p in record.package] == [
        (street.rice, 2),
        (street.oil, 1),
    ]
    assert str(record.cash_amount) == "50.00" and str(record.budget) == "5000.00"
    assert record.warn_same_kind

    # Editing loads what was saved.
    again = CampaignDialog(context(street, street.desk), record.id)
    qtbot.addWidget(again)
    assert again.name.text() == "2027年夏季送清凉"
    assert again.package_lines() == record.as_input().package
    assert again.save() and again.saved_id == record.id


def test_draft_listed_and_preview_shows_counts(page_for: PageFor, street: Street) -> None:
    cid = street.campaign(budget="100000")
    page = page_for(street.desk)
    assert page.select(cid)
    row = page.selected_row()
    assert row is not None and row.status == "draft"
    assert page.table.item(0, COL_STATUS).text() == "Draft"
    assert page.table.item(0, COL_PLANNED).text() == "–"
    preview = page.last_preview
    assert preview is not None and preview.eligible > 0
    assert f"{preview.eligible} members" in page.preview.eligible_label.text()
    assert page.preview.table.rowCount() == 2
    for r in range(2):
        assert page.preview.table.item(r, PV_NEEDED).text() == str(preview.eligible)
        assert page.preview.table.item(r, PV_ON_HAND).text() == "20"
        assert page.preview.table.item(r, PV_SHORT).text() == ""
    assert "budget of ¥100,000.00" in page.preview.cost_label.text()
    assert page.open_button.isEnabled() and not page.close_button.isEnabled()


def test_opening_with_a_shortfall_is_refused_with_the_reason(
    page_for: PageFor, street: Street, answers: list[str]
) -> None:
    # Two cake vouchers in stock, one for everyone: short.
    cid = street.campaign(package=((street.voucher, 1),))
    page = page_for(street.desk)
    page.select(cid)
    preview = page.last_preview
    assert preview is not None and preview.stock_short
    short = page.preview.table.item(0, PV_SHORT)
    assert short.text() == str(preview.eligible - 2)
    assert short.foreground().color().name() == RED
    moves = scalar(street.db, "SELECT COUNT(*) FROM allocation")
    assert page.open_selected() is None
    assert "not enough stock or budget" in page.result_label.text()
    assert str(preview.eligible) in page.result_label.text()
    assert answers == []  # a desk operator is not offered a partial plan
    assert status(street.db, cid) == "draft"
    assert scalar(street.db, "SELECT COUNT(*) FROM allocation") == moves


def test_over_budget_is_red_and_refused(page_for: PageFor, street: Street) -> None:
    cid = street.campaign(budget="10")
    page = page_for(street.desk)
    page.select(cid)
    assert "Over budget" in page.preview.cost_label.text()
    assert RED in page.preview.cost_label.styleSheet()
    assert page.open_selected() is None
    assert status(street.db, cid) == "draft"


def test_admin_may_confirm_a_partial_plan(
    page_for: PageFor, street: Street, answers: list[str]
) -> None:
    cid = street.campaign(package=((street.voucher, 1),))
    page = page_for(street.admin)
    count = page.select(cid) and page.open_selected()
    assert count and count > 2
    assert len(answers) == 1 and "partial plan" in answers[0]
    assert status(street.db, cid) == "open"


def test_open_without_shortfall_then_close(
    page_for: PageFor, street: Street, answers: list[str]
) -> None:
    cid = street.campaign()
    page = page_for(street.desk)
    changed: list[None] = []
    page.changed.connect(lambda: changed.append(None))
    page.select(cid)
    eligible = page.last_preview.eligible  # type: ignore[union-attr]
    assert page.open_selected() == eligible
    assert len(answers) == 1 and str(eligible) in answers[0]
    assert status(street.db, cid) == "open"
    assert page.selected_row().status == "open"  # type: ignore[union-attr]
    assert page.table.item(0, COL_PLANNED).text() == str(eligible)
    assert "is open" in page.result_label.text()
    assert f"On the list: {eligible}" in page.preview.eligible_label.text()
    assert page.close_button.isEnabled() and page.sheet_button.isEnabled()
    assert not page.open_button.isEnabled() and not page.edit_button.isEnabled()
    assert changed
    assert page.close_selected()
    assert status(street.db, cid) == "closed"
    assert_reconciled(street.db)


def test_declining_the_question_keeps_the_draft(
    page_for: PageFor, street: Street, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(campaigns_module, "ask_yes", lambda *_args: False)
    cid = street.campaign()
    page = page_for(street.desk)
    page.select(cid)
    assert page.open_selected() is None
    assert status(street.db, cid) == "draft"


def test_printouts_and_export(
    page_for: PageFor,
    street: Street,
    open_campaign: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(
        print_action,
        "build_and_preview",
        lambda parent, title, build: calls.append((title, build)),
    )
    page = page_for(street.desk)
    page.select(open_campaign)
    page.group_box.setCurrentIndex(page.group_box.findData("community"))
    page.print_sheet()
    page.print_summary()
    assert len(calls) == 2
    for n, (_title, build) in enumerate(calls):
        out = tmp_path / f"{n}.pdf"
        build(out, lambda *_: None, lambda: False)  # type: ignore[operator]
        assert out.read_bytes().startswith(b"%PDF")
    path = page.export_recipients(str(tmp_path / "list"))
    assert path is not None and path.endswith(".xlsx")
    sheet = load_workbook(path).active
    planned = page.selected_row().planned  # type: ignore[union-attr]
    assert sheet.max_row >= planned + 1
    assert "Exported" in page.result_label.text()


def test_the_export_button_asks_where_to_save(
    page_for: PageFor, street: Street, open_campaign: int, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A click used to hand the button's checked flag (False) over as the path: no
    file dialog, and a traceback instead of the list."""
    asked: list[str] = []

    def save_name(parent, title, start, filter_):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "名单"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page = page_for(street.desk)
    page.select(open_campaign)
    page.export_button.click()
    assert len(asked) == 1
    assert (tmp_path / "名单.xlsx").exists()
    assert "Exported" in page.result_label.text()


def test_hand_outs_of_a_period_are_exported(
    page_for: PageFor, street: Street, open_campaign: int, tmp_path: Path
) -> None:
    import datetime as dt

    street.handout.confirm_handout(street.desk, street.allocation_of(open_campaign, "zhang"))
    page = page_for(street.desk)
    day = dt.date(2027, 1, 20)
    path = page.export_period_handouts((day, day), str(tmp_path / "期间发放"))
    assert path == str(tmp_path / "期间发放.xlsx")
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][3] == "张伟"
    assert "Exported 1 hand-outs" in page.result_label.text()
