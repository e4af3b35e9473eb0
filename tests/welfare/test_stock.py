"""Gift items and the stock ledger: receive, count, write off; balances equal the
ledger; refusals are sentences and change nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.welfare.service.common import parse_money
from station_app.welfare.types import ItemInput
from tests.welfare.conftest import Street, audit_actions, rows


def _ledger_matches(street: Street) -> None:
    for balance in street.stock.balances():
        assert balance.on_hand == street.stock.ledger_sum(balance.id)


def test_receive_count_and_write_off_move_the_balance_through_the_ledger(street: Street) -> None:
    stock, admin, rice = street.stock, street.admin, street.rice
    stock.receive(street.desk, rice, 30, "  区总工会调拨 ", on=dt.date(2027, 1, 18), note="第二批")
    assert stock.item(rice).on_hand == 50
    moved = stock.adjust_to_count(admin, rice, 47, "盘点少3袋")
    assert stock.item(rice).on_hand == 47
    assert stock.adjust_to_count(admin, rice, 47, "复盘一致") is None  # nothing to move
    stock.write_off(admin, rice, 2, "受潮")
    assert stock.item(rice).on_hand == 45
    ledger = stock.ledger(rice)
    assert [(r.kind, r.quantity, r.balance_after) for r in ledger] == [
        ("received", 20, 20),
        ("received", 30, 50),
        ("adjusted", -3, 47),
        ("written_off", -2, 45),
    ]
    assert ledger[1].source == "区总工会调拨" and ledger[1].note == "第二批"
    assert ledger[2].id == moved and ledger[2].note == "盘点少3袋"
    assert ledger[-1].operator_name == "王管理"
    _ledger_matches(street)
    actions = [a for a, _ in audit_actions(street.db, "gift_item", rice)]
    assert actions == [
        "create",
        "stock_received",
        "stock_received",
        "stock_counted",
        "stock_counted",
        "stock_written_off",
    ]


def test_the_service_refuses_to_write_off_more_than_is_there(street: Street) -> None:
    before = rows(street.db, "SELECT * FROM stock_movement ORDER BY id")
    with pytest.raises(ValidationError) as refused:
        street.stock.write_off(street.admin, street.voucher, 3, "过期")
    assert refused.value.field == "quantity"
    assert "Only 2 张 of 蛋糕券 are in stock" in refused.value.message()
    assert rows(street.db, "SELECT * FROM stock_movement ORDER BY id") == before
    assert street.stock.item(street.voucher).on_hand == 2


def test_counts_and_write_offs_are_for_administrators(street: Street) -> None:
    with pytest.raises(PermissionDenied):
        street.stock.write_off(street.desk, street.rice, 1, "破损")
    with pytest.raises(PermissionDenied):
        street.stock.adjust_to_count(street.desk, street.rice, 1, "盘点")


def test_bad_input_gets_a_sentence_beside_its_field(street: Street) -> None:
    cases = [
        (lambda: street.stock.receive(street.desk, street.rice, 0, "x"), "quantity"),
        (lambda: street.stock.receive(street.desk, street.rice, 5, "  "), "source"),
        (
            lambda: street.stock.receive(street.desk, street.rice, 5, "x", on=dt.date(2027, 2, 1)),
            "moved_on",
        ),
        (lambda: street.stock.write_off(street.admin, street.rice, 1, ""), "reason"),
        (lambda: street.stock.add_item(street.admin, ItemInput("", "袋", "1")), "name"),
        (lambda: street.stock.add_item(street.admin, ItemInput("面粉", "袋", "-1")), "unit_value"),
        (
            lambda: street.stock.add_item(street.admin, ItemInput("面粉", "袋", "1.005")),
            "unit_value",
        ),
        (lambda: street.stock.add_item(street.admin, ItemInput("面粉", "袋", "abc")), "unit_value"),
    ]
    for call, field in cases:
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.field == field
    with pytest.raises(ConflictError) as taken:
        street.stock.add_item(street.admin, ItemInput("蛋糕券", "张", "100"))
    assert taken.value.field == "name"
    with pytest.raises(TypeError):
        parse_money(12.5, "unit_value")  # type: ignore[arg-type]


def test_money_is_exact_decimal() -> None:
    assert parse_money("￥1,234.5", "x") == Decimal("1234.50")
    assert parse_money("４５．５０", "x") == Decimal("45.50")  # full-width typing
    assert parse_money(Decimal("0.1") + Decimal("0.2"), "x") == Decimal("0.30")
    assert parse_money("", "x", optional=True) is None


def test_item_values_are_kept_per_movement_and_items_can_be_edited(street: Street) -> None:
    stock = street.stock
    assert stock.update_item(street.admin, street.rice, ItemInput("大米（10斤）", "袋", "48.00", 5))
    assert not stock.update_item(
        street.admin, street.rice, ItemInput("大米（10斤）", "袋", "48", 5)
    )
    stock.receive(street.desk, street.rice, 1, "超市")
    values = [r.unit_value for r in stock.ledger(street.rice)]
    assert values == [Decimal("45.50"), Decimal("48.00")]
    assert isinstance(stock.item(street.rice).unit_value, Decimal)


def test_low_stock_and_balances(street: Street) -> None:
    stock = street.stock
    assert [b.name for b in stock.low_stock()] == []
    stock.write_off(street.admin, street.rice, 15, "虫蛀")
    low = stock.low_stock()
    assert [(b.name, b.on_hand, b.low) for b in low] == [("大米（10斤）", 5, True)]
    stock.update_item(street.admin, street.rice, ItemInput("大米（10斤）", "袋", "45.50", 5, False))
    assert stock.low_stock() == []  # inactive items are not flagged
    balances = {b.name: b for b in stock.balances()}
    assert balances["食用油（5升）"].value == Decimal("1598.00")
    assert list(balances) == ["大米（10斤）", "蛋糕券", "食用油（5升）"]  # pinyin order


def test_period_report_adds_up(street: Street) -> None:
    stock = street.stock
    stock.receive(street.desk, street.oil, 10, "超市", on=dt.date(2027, 1, 12))
    stock.write_off(street.admin, street.oil, 1, "漏油", on=dt.date(2027, 1, 15))
    stock.adjust_to_count(street.admin, street.oil, 30, "盘点", on=dt.date(2027, 1, 16))
    lines = {
        line.item_name: line for line in stock.period(dt.date(2027, 1, 10), dt.date(2027, 1, 31))
    }
    oil = lines["食用油（5升）"]
    assert (oil.opening, oil.received, oil.issued, oil.adjusted, oil.written_off, oil.closing) == (
        20,
        10,
        0,
        1,
        1,
        30,
    )
    assert oil.opening + oil.received - oil.issued + oil.adjusted - oil.written_off == oil.closing
    in_period = stock.ledger(start=dt.date(2027, 1, 10), end=dt.date(2027, 1, 31))
    assert [r.kind for r in in_period] == ["received", "written_off", "adjusted"]
    assert in_period[0].balance_after == 30  # running balance counts the earlier rows
    with pytest.raises(ValidationError):
        stock.period(dt.date(2027, 2, 1), dt.date(2027, 1, 1))
