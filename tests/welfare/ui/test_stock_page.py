"""The stock page: receive updates the balance; a bad quantity shows its sentence and
changes nothing; low stock is highlighted; count and write-off; the ledger."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from station_app.context import DeskContext
from station_app.core.actor import Actor
from station_app.core.station import StationService
from station_app.welfare.ui.item_dialogs import (
    COUNT,
    RECEIVE,
    WRITE_OFF,
    ItemDialog,
    MovementDialog,
)
from station_app.welfare.ui.stock_page import COL_ON_HAND, LOW_BACKGROUND, StockPage
from station_app.widgets import print_action
from tests.welfare.conftest import Street, assert_reconciled, scalar

Fill = Callable[[MovementDialog], None]


def context(street: Street, actor: Actor) -> DeskContext:
    profile = StationService(street.db).profile()
    assert profile is not None
    return DeskContext(street.db, actor, profile)


def make_page(qtbot, street: Street, actor: Actor) -> StockPage:  # type: ignore[no-untyped-def]
    page = StockPage(context(street, actor))
    qtbot.addWidget(page)
    return page


def on_hand_cell(page: StockPage, item_id: int) -> str:
    assert page.select(item_id)
    return page.table.item(page.table.currentRow(), COL_ON_HAND).text()


def movements(street: Street) -> int:
    return int(scalar(street.db, "SELECT COUNT(*) FROM stock_movement"))


def fill_with(monkeypatch: pytest.MonkeyPatch, fill: Fill, seen: list[MovementDialog]) -> None:
    """The dialog's exec(): fill in the form and press OK once (no event loop)."""

    def fake_exec(dialog: MovementDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(MovementDialog, "exec", fake_exec)


def test_receive_updates_the_balance(
    qtbot,
    street: Street,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page = make_page(qtbot, street, street.desk)
    assert on_hand_cell(page, street.rice) == "20"
    changed: list[None] = []
    page.changed.connect(lambda: changed.append(None))

    def fill(d: MovementDialog) -> None:
        d.quantity.setText("３０")  # full-width digits from a Chinese IME
        d.source.setText("街道总工会")
        d.note.setText("第二批")

    seen: list[MovementDialog] = []
    fill_with(monkeypatch, fill, seen)
    assert page.move_selected(RECEIVE)
    assert on_hand_cell(page, street.rice) == "50"
    assert street.stock.item(street.rice).on_hand == 50
    assert "50" in page.result_label.text()
    assert changed
    assert_reconciled(street.db)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("abc", "Please enter a whole number."),
        ("2.5", "Please enter a whole number."),
        ("0", "The quantity must be more than zero."),
        ("-3", "The quantity must be more than zero."),
        ("", "Please enter a whole number."),
    ],
)
def test_bad_quantity_shows_its_sentence_and_changes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    street: Street,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    sentence: str,
) -> None:
    page = make_page(qtbot, street, street.desk)
    page.select(street.rice)
    before = movements(street)

    def fill(d: MovementDialog) -> None:
        d.quantity.setText(text)
        d.source.setText("街道总工会")

    seen: list[MovementDialog] = []
    fill_with(monkeypatch, fill, seen)
    assert not page.move_selected(RECEIVE)
    assert seen[0].errors.text("quantity") == sentence
    assert movements(street) == before
    assert on_hand_cell(page, street.rice) == "20"


def test_missing_source_shows_beside_the_field(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    dialog = MovementDialog(context(street, street.desk), street.rice, RECEIVE)
    qtbot.addWidget(dialog)
    dialog.quantity.setText("5")
    assert not dialog.save()
    assert "where the stock came from" in dialog.errors.text("source")
    assert street.stock.item(street.rice).on_hand == 20


def test_count_and_write_off_are_for_administrators(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    desk_page = make_page(qtbot, street, street.desk)
    assert desk_page.count_button.isHidden() and desk_page.write_off_button.isHidden()
    refused = MovementDialog(context(street, street.desk), street.rice, WRITE_OFF)
    qtbot.addWidget(refused)
    refused.quantity.setText("1")
    refused.note.setText("破损")
    assert not refused.save()
    assert street.stock.item(street.rice).on_hand == 20

    ctx = context(street, street.admin)
    count = MovementDialog(ctx, street.rice, COUNT)
    qtbot.addWidget(count)
    assert count.quantity.text() == "20"
    count.quantity.setText("18")
    count.note.setText("盘点少两袋")
    assert count.save()
    off = MovementDialog(ctx, street.rice, WRITE_OFF)
    qtbot.addWidget(off)
    off.quantity.setText("99")
    off.note.setText("受潮")
    assert not off.save()
    assert "cannot be written off" in off.errors.text("quantity")
    off.quantity.setText("13")
    assert off.save()
    assert street.stock.item(street.rice).on_hand == 5
    assert_reconciled(street.db)


def test_low_stock_is_highlighted(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, street, street.admin)
    assert page.low_label.isHidden()
    street.stock.write_off(street.admin, street.rice, 15, "受潮")  # 5 left, threshold 5
    page.refresh()
    page.select(street.rice)
    cell = page.table.item(page.table.currentRow(), COL_ON_HAND)
    assert cell.background().color().name() == LOW_BACKGROUND
    assert not page.low_label.isHidden() and "大米" in page.low_label.text()
    page.select(street.oil)
    cell = page.table.item(page.table.currentRow(), COL_ON_HAND)
    assert cell.background().color().name() != LOW_BACKGROUND


def test_add_item_dialog(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    dialog = ItemDialog(context(street, street.desk))
    qtbot.addWidget(dialog)
    dialog.name.setText("月饼")
    dialog.unit.setCurrentText("盒")
    dialog.unit_value.setText("abc")
    assert not dialog.save()
    assert "not an amount of money" in dialog.errors.text("unit_value")
    dialog.unit_value.setText("88.00")
    dialog.threshold.setText("10")
    assert dialog.save()
    item = street.stock.item(dialog.saved_id)
    assert (item.name, item.unit, str(item.unit_value), item.low_stock_threshold) == (
        "月饼",
        "盒",
        "88.00",
        10,
    )


def test_ledger_and_exports(
    qtbot,  # type: ignore[no-untyped-def]
    street: Street,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = make_page(qtbot, street, street.desk)
    page.select(street.rice)
    dialog = page.show_ledger()
    assert dialog is not None
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "20"
    saved = dialog.export(str(tmp_path / "rice"))
    assert saved is not None and Path(saved).exists()
    dialog.close()
    page.period_start.setDate(page.period_start.date().addYears(-1))
    path = page.export_period_ledger(str(tmp_path / "all.xlsx"))
    assert path is not None and Path(path).exists()
    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(
        print_action, "build_and_preview", lambda parent, title, build: calls.append((title, build))
    )
    page.print_report()
    out = tmp_path / "stock.pdf"
    calls[0][1](out, lambda *_: None, lambda: False)  # type: ignore[operator]
    assert out.read_bytes().startswith(b"%PDF")


def test_tab_has_three_pages_and_opening_reaches_the_desk(
    qtbot,
    street: Street,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from station_app.welfare.ui import campaigns_page
    from station_app.welfare.ui.tab import create_tab

    monkeypatch.setattr(campaigns_page, "ask_yes", lambda *_args: True)
    tab = create_tab(context(street, street.desk))
    qtbot.addWidget(tab)
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == [
        "Hand-out",
        "Campaigns",
        "Stock",
    ]
    cid = street.campaign()
    tab.campaigns_page.refresh()
    tab.campaigns_page.select(cid)
    assert tab.handout_page.campaign_id() is None
    tab.campaigns_page.open_selected()
    assert tab.handout_page.campaign_id() == cid
    tab.shutdown()
