"""Words of the annual report and the overview (English source, context ``Overview``),
translated when a report is built or a page shown."""

from __future__ import annotations

from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Overview"


def t(source: str) -> str:
    return translate(CONTEXT, source)


TITLE = QT_TRANSLATE_NOOP("Overview", "Annual report")
YEAR_TO_DATE = QT_TRANSLATE_NOOP("Overview", "{year} (to {date})")
DATE_RANGE = QT_TRANSLATE_NOOP("Overview", "{first} to {last}")  # 至, as every printout
PERIOD_LINE = QT_TRANSLATE_NOOP("Overview", "Period: {period}; compared with {previous}")
TABLE_COLUMN = QT_TRANSLATE_NOOP("Overview", "Breakdown")
COL_ITEM = QT_TRANSLATE_NOOP("Overview", "Item")
COL_VALUE = QT_TRANSLATE_NOOP("Overview", "This period")
COL_PREVIOUS = QT_TRANSLATE_NOOP("Overview", "Previous period")
COL_CHANGE = QT_TRANSLATE_NOOP("Overview", "Change")
COL_CHANGE_PERCENT = QT_TRANSLATE_NOOP("Overview", "Change %")
NO_COMMUNITY = QT_TRANSLATE_NOOP("Overview", "No community on file")
WHOLE_BRIGADE = QT_TRANSLATE_NOOP("Overview", "Brigade (no community)")
NOTES_HEADING = QT_TRANSLATE_NOOP("Overview", "What the figures count")
TABLE_CONTINUED = QT_TRANSLATE_NOOP("Overview", "{title} (continued)")
NO_DATA = QT_TRANSLATE_NOOP("Overview", "No data")
CHARTS_HEADING = QT_TRANSLATE_NOOP("Overview", "Charts")

SECTIONS = {
    "units": QT_TRANSLATE_NOOP("Overview", "Units"),
    "members": QT_TRANSLATE_NOOP("Overview", "Members"),
    "welfare": QT_TRANSLATE_NOOP("Overview", "Welfare"),
    "rooms": QT_TRANSLATE_NOOP("Overview", "Rooms"),
    "volunteers": QT_TRANSLATE_NOOP("Overview", "Volunteers"),
}

TABLES = {
    "units.totals": QT_TRANSLATE_NOOP("Overview", "Units and unions"),
    "members.totals": QT_TRANSLATE_NOOP("Overview", "Members"),
    "members.by_community": QT_TRANSLATE_NOOP("Overview", "Members by community (period end)"),
    "members.by_category": QT_TRANSLATE_NOOP("Overview", "Members by category (period end)"),
    "members.outdoor_by_kind": QT_TRANSLATE_NOOP("Overview", "Outdoor workers by kind"),
    "members.joined_by_month": QT_TRANSLATE_NOOP("Overview", "Members joined by month"),
    "welfare.totals": QT_TRANSLATE_NOOP("Overview", "Welfare campaigns and hand-outs"),
    "welfare.campaigns_by_kind": QT_TRANSLATE_NOOP("Overview", "Campaigns by kind"),
    "welfare.packages_by_kind": QT_TRANSLATE_NOOP("Overview", "Hand-outs by campaign kind"),
    "welfare.cash_by_kind": QT_TRANSLATE_NOOP("Overview", "Cash by campaign kind (yuan)"),
    "welfare.goods_by_kind": QT_TRANSLATE_NOOP("Overview", "Goods value by campaign kind (yuan)"),
    "welfare.by_campaign": QT_TRANSLATE_NOOP("Overview", "Hand-outs by campaign"),
    "welfare.stock": QT_TRANSLATE_NOOP("Overview", "Stock at period end"),
    "rooms.totals": QT_TRANSLATE_NOOP("Overview", "Room sessions"),
    "rooms.by_purpose": QT_TRANSLATE_NOOP("Overview", "Sessions by purpose"),
    "rooms.sessions_by_room": QT_TRANSLATE_NOOP("Overview", "Sessions by room"),
    "rooms.hours_by_room": QT_TRANSLATE_NOOP("Overview", "Hours by room"),
    "rooms.occupancy_by_room": QT_TRANSLATE_NOOP("Overview", "Occupancy by room (%)"),
    "rooms.no_shows_by_room": QT_TRANSLATE_NOOP("Overview", "No-shows by room"),
    "volunteers.totals": QT_TRANSLATE_NOOP("Overview", "Volunteers and service"),
    "volunteers.hours_by_team": QT_TRANSLATE_NOOP("Overview", "Service hours by team"),
    "volunteers.hours_by_community": QT_TRANSLATE_NOOP("Overview", "Service hours by community"),
}

LINES = {
    "units.totals": {
        "total": QT_TRANSLATE_NOOP("Overview", "Units on file"),
        "with_union": QT_TRANSLATE_NOOP("Overview", "Units with a union"),
        "own_union": QT_TRANSLATE_NOOP("Overview", "of which own union"),
        "joint_union": QT_TRANSLATE_NOOP("Overview", "of which joint union"),
        "founded": QT_TRANSLATE_NOOP("Overview", "Unions founded in the period"),
    },
    "members.totals": {
        "total": QT_TRANSLATE_NOOP("Overview", "Members at period end"),
        "joined": QT_TRANSLATE_NOOP("Overview", "Joined"),
        "transferred": QT_TRANSLATE_NOOP("Overview", "Transferred out"),
        "withdrawn": QT_TRANSLATE_NOOP("Overview", "Withdrawn"),
    },
    "members.by_category": {
        "hardship": QT_TRANSLATE_NOOP("Overview", "Workers in hardship"),
        "hardship_severe": QT_TRANSLATE_NOOP("Overview", "of which severe hardship"),
        "outdoor": QT_TRANSLATE_NOOP("Overview", "Outdoor workers"),
        "migrant": QT_TRANSLATE_NOOP("Overview", "Migrant workers"),
        "model": QT_TRANSLATE_NOOP("Overview", "Model workers"),
        "women": QT_TRANSLATE_NOOP("Overview", "Women workers"),
    },
    "welfare.totals": {
        "campaigns": QT_TRANSLATE_NOOP("Overview", "Campaigns"),
        "recipients": QT_TRANSLATE_NOOP("Overview", "Recipients"),
        "packages": QT_TRANSLATE_NOOP("Overview", "Hand-outs"),
        "cash": QT_TRANSLATE_NOOP("Overview", "Cash handed out (yuan)"),
        "goods": QT_TRANSLATE_NOOP("Overview", "Value of goods handed out (yuan)"),
        "value": QT_TRANSLATE_NOOP("Overview", "Total value (yuan)"),
        "stock_value": QT_TRANSLATE_NOOP("Overview", "Value of stock at period end (yuan)"),
    },
    "rooms.totals": {
        "sessions": QT_TRANSLATE_NOOP("Overview", "Sessions"),
        "hours": QT_TRANSLATE_NOOP("Overview", "Hours"),
        "no_shows": QT_TRANSLATE_NOOP("Overview", "No-shows"),
        "cancelled": QT_TRANSLATE_NOOP("Overview", "Cancelled bookings"),
    },
    "volunteers.totals": {
        "on_file": QT_TRANSLATE_NOOP("Overview", "Volunteers on file"),
        "active": QT_TRANSLATE_NOOP("Overview", "Volunteers who served"),
        "activities": QT_TRANSLATE_NOOP("Overview", "Service activities"),
        "shifts": QT_TRANSLATE_NOOP("Overview", "Shifts"),
        "attendances": QT_TRANSLATE_NOOP("Overview", "Times served"),
        "hours": QT_TRANSLATE_NOOP("Overview", "Service hours"),
    },
}

CHARTS = {
    "members.joined_by_month": QT_TRANSLATE_NOOP("Overview", "Members joined by month"),
    "welfare.by_campaign": QT_TRANSLATE_NOOP("Overview", "Hand-outs by campaign"),
    "rooms.by_purpose": QT_TRANSLATE_NOOP("Overview", "Room sessions by purpose"),
    "volunteers.hours_by_team": QT_TRANSLATE_NOOP("Overview", "Volunteer hours by team"),
}

NOTES = (
    QT_TRANSLATE_NOOP(
        "Overview",
        "Members at period end: joined by then and not transferred or withdrawn by then. "
        "Categories are those on file today.",
    ),
    QT_TRANSLATE_NOOP(
        "Overview",
        "Hand-outs: packages handed out in the period (undone ones left out); goods value "
        "from the stock ledger at the value of the day.",
    ),
    QT_TRANSLATE_NOOP(
        "Overview",
        "Room sessions: bookings that were not cancelled and not no-shows; occupancy is "
        "their hours over the room's opening hours on the period's open days.",
    ),
    QT_TRANSLATE_NOOP(
        "Overview",
        "Volunteer hours: attended shifts only, counted for the volunteer's team; by "
        "community, for the community of that team (a squad serves one community), so the "
        "two tables agree where each community has one squad.",
    ),
)
