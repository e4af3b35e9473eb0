"""Two desks, two processes, one database (an SQLite file, or PostgreSQL): the same
recipient is served once; the last unit goes to one of two recipients; a desk killed
mid-hand-out leaves stock, allocations and the audit log consistent."""

from __future__ import annotations

import multiprocessing
from dataclasses import astuple

from station_app.welfare.types import EligibilityRule
from tests.welfare import workers
from tests.welfare.conftest import NOW, Street, assert_reconciled, rows, scalar

CTX = multiprocessing.get_context("spawn")


def _race(street: Street, allocations: list[int]) -> list[tuple[str, str]]:
    barrier = CTX.Barrier(len(allocations))
    results = CTX.Queue()
    desks = [street.desk, street.desk2]
    children = [
        CTX.Process(
            target=workers.confirm,
            args=(street.db.url, allocation, astuple(desks[i]), barrier, results, 0.5, NOW),
        )
        for i, allocation in enumerate(allocations)
    ]
    for child in children:
        child.start()
    outcomes = [results.get(timeout=90) for _ in children]
    for child in children:
        child.join(timeout=30)
        assert child.exitcode == 0
    return sorted(outcomes)


def test_two_desks_serving_the_same_member_at_once_hand_out_once(street: Street) -> None:
    campaign = street.campaign()
    street.campaigns.open(street.desk, campaign)
    allocation = street.allocation_of(campaign, "zhang")
    street.db.dispose()  # no pooled connection shared with the children
    outcomes = _race(street, [allocation, allocation])
    kinds = [kind for kind, _ in outcomes]
    assert kinds == ["AlreadyServed", "ok"], outcomes
    receipt = outcomes[1][1]
    assert receipt in outcomes[0][1]  # the loser is told which receipt was issued
    assert rows(street.db, "SELECT receipt_no FROM allocation WHERE id = :a", a=allocation) == [
        (receipt,)
    ]
    assert scalar(street.db, "SELECT COUNT(*) FROM stock_movement WHERE kind = 'issued'") == 2
    assert street.stock.item(street.rice).on_hand == 19
    assert_reconciled(street.db)


def test_two_desks_cannot_both_take_the_last_unit(street: Street) -> None:
    campaign = street.campaign(package=((street.voucher, 1),), cash="0")
    street.campaigns.open(street.admin, campaign, accept_shortfall=True)
    street.handout.confirm_handout(street.desk, street.allocation_of(campaign, "shan"))
    assert street.stock.item(street.voucher).on_hand == 1
    street.db.dispose()
    outcomes = _race(
        street, [street.allocation_of(campaign, "zhang"), street.allocation_of(campaign, "wang")]
    )
    assert [kind for kind, _ in outcomes] == ["ConflictError", "ok"], outcomes
    assert "Not enough stock" in outcomes[0][1]
    assert street.stock.item(street.voucher).on_hand == 0
    assert street.handout.counters(campaign).served == 2
    assert_reconciled(street.db)


def test_a_desk_killed_mid_hand_out_leaves_everything_consistent(street: Street) -> None:
    campaign = street.campaign(rule=EligibilityRule(categories=("women",)))
    street.campaigns.open(street.desk, campaign)
    allocation = street.allocation_of(campaign, "wang")
    audit_before = scalar(street.db, "SELECT COUNT(*) FROM audit_log")
    street.db.dispose()
    seen = CTX.Queue()
    child = CTX.Process(
        target=workers.die_mid_handout,
        args=(street.db.url, allocation, astuple(street.desk), seen, NOW),
    )
    child.start()
    written, claimed = seen.get(timeout=90)
    child.join(timeout=30)
    assert child.exitcode == 1
    # Inside its transaction the child had claimed the recipient and moved the stock ...
    assert written == 2 and claimed is not None
    # ... and none of it survived the kill.
    assert rows(
        street.db, "SELECT handed_out_at, receipt_no FROM allocation WHERE id = :a", a=allocation
    ) == [(None, None)]
    assert scalar(street.db, "SELECT COUNT(*) FROM stock_movement WHERE kind = 'issued'") == 0
    assert scalar(street.db, "SELECT COUNT(*) FROM audit_log") == audit_before
    assert (street.stock.item(street.rice).on_hand, street.stock.item(street.oil).on_hand) == (
        20,
        20,
    )
    assert_reconciled(street.db)
    # The desk that restarts serves her normally; the lost receipt number is reused.
    result = street.handout.confirm_handout(street.desk, allocation)
    assert result.receipt_no == claimed
    assert_reconciled(street.db)
