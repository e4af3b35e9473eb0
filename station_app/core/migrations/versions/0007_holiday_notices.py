"""holiday notices: the State Council's yearly arrangement (调休) as an administrator
entered it, for years the bundled chinesecalendar does not know

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-30 10:00:00.000000

``holiday_notice`` has one row per entered year (even a year whose notice adds no
day); ``holiday_notice_day`` one row per date, the date the key, so that a date has
one verdict: a day off (``holiday``) or a weekend day worked (``workday``).
"""

from collections.abc import Sequence

from station_app.core.migrations import ddl

revision: str = "0007"
# Written in parallel with another 0006; relinked onto it when both are merged.
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ddl.Table(
        "holiday_notice",
        """
        year        integer
        entered_at  datetime
        entered_by  integer null
        """,
        ddl.fk("entered_by", "operator"),
        key=("year",),
    ).create()
    ddl.Table(
        "holiday_notice_day",
        """
        date  date
        year  integer
        kind  varchar(10)
        name  varchar(80)
        """,
        ddl.one_of("kind", ("holiday", "workday")),
        ddl.fk("year", "holiday_notice", ("year",), ondelete="CASCADE"),
        ddl.index("year"),
        key=("date",),
    ).create()


def downgrade() -> None:
    ddl.drop_tables("holiday_notice_day", "holiday_notice")
