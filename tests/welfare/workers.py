"""Child-process bodies for the two-desk and killed-desk tests (spawned: importable,
no fixtures). Each opens its own Database on the parent's URL, as a second desk would."""

from __future__ import annotations

import datetime as dt
import os
import time
from typing import Any

from sqlalchemy import text

from station_app.core import audit, clock
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import DeskError


def confirm(
    url: str,
    allocation_id: int,
    actor: tuple[Any, ...],
    barrier: Any,
    results: Any,
    hold_seconds: float = 0.0,
    now: dt.datetime | None = None,
) -> None:
    """Waits for the other desk, then confirms; reports ("ok", receipt) or the refusal.
    ``hold_seconds`` keeps the transaction open at its last step, so the other desk's
    confirm really runs while this one is still in flight."""
    from station_app.welfare.service import HandoutService

    _freeze(now)
    if hold_seconds:
        real_record = audit.record

        def slow_record(*args: Any, **kwargs: Any) -> Any:
            time.sleep(hold_seconds)
            return real_record(*args, **kwargs)

        audit.record = slow_record  # type: ignore[assignment]
    db = Database(url)
    try:
        barrier.wait(timeout=60)
        result = HandoutService(db).confirm_handout(Actor(*actor), allocation_id)
        results.put(("ok", result.receipt_no))
    except DeskError as error:
        results.put((type(error).__name__, error.message()))
    except Exception as error:  # reported, so the parent's assertion shows it
        results.put(("crash", repr(error)))
    finally:
        db.dispose()


def die_mid_handout(
    url: str,
    allocation_id: int,
    actor: tuple[Any, ...],
    seen: Any,
    now: dt.datetime | None = None,
) -> None:
    """Confirms, and dies (no commit, no clean-up) at the audit step: the allocation is
    claimed and the stock movements are written inside the open transaction."""
    from station_app.welfare.service import HandoutService

    _freeze(now)

    def crash(session: Any, *args: Any, **kwargs: Any) -> None:
        written = session.execute(
            text("SELECT COUNT(*) FROM stock_movement WHERE allocation_id = :a"),
            {"a": allocation_id},
        ).scalar()
        claimed = session.execute(
            text("SELECT receipt_no FROM allocation WHERE id = :a"), {"a": allocation_id}
        ).scalar()
        seen.put((written, claimed))
        seen.close()
        seen.join_thread()
        os._exit(1)

    audit.record = crash  # type: ignore[assignment]
    db = Database(url)
    HandoutService(db).confirm_handout(Actor(*actor), allocation_id)
    os._exit(3)  # never reached: the crash above exits first


def _freeze(now: dt.datetime | None) -> None:
    """The parent's frozen station clock (monkeypatching does not cross processes)."""
    if now is not None:
        clock.now = lambda: now  # type: ignore[assignment]
