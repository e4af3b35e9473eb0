"""Every word the welfare printouts and exports print, as English source text (the tab
reuses the names of kinds, states and movements).

Marked with ``QT_TRANSLATE_NOOP("WelfareReport", ...)`` for ``lupdate`` and translated
when a printout is built (:func:`t`), so a PDF comes out in the desk's language.
"""

from __future__ import annotations

from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.welfare.types import LedgerRow

CONTEXT = "WelfareReport"


def t(source: str) -> str:
    return translate(CONTEXT, source)


# --- hand-out sign-off list (发放签收表) --------------------------------------------------
HANDOUT_TITLE = QT_TRANSLATE_NOOP("WelfareReport", "Hand-out sign-off list")
COL_NO = QT_TRANSLATE_NOOP("WelfareReport", "No.")
COL_NAME = QT_TRANSLATE_NOOP("WelfareReport", "Name")
COL_UNIT = QT_TRANSLATE_NOOP("WelfareReport", "Employer")
COL_ID = QT_TRANSLATE_NOOP("WelfareReport", "ID number")
COL_PHONE = QT_TRANSLATE_NOOP("WelfareReport", "Phone")
COL_ITEMS = QT_TRANSLATE_NOOP("WelfareReport", "Items and quantity")
COL_SIGNATURE = QT_TRANSLATE_NOOP("WelfareReport", "Signature")
COL_DATE_COLLECTED = QT_TRANSLATE_NOOP("WelfareReport", "Date collected")
CAMPAIGN_LINE = QT_TRANSLATE_NOOP("WelfareReport", "Campaign: {name}")
PERIOD_LINE = QT_TRANSLATE_NOOP("WelfareReport", "Dates: {start} to {end}")
PACKAGE_LINE = QT_TRANSLATE_NOOP("WelfareReport", "Each recipient: {package}")
CASH_ITEM = QT_TRANSLATE_NOOP("WelfareReport", "cash {amount}")
PROXY_WITH_RELATIONSHIP = QT_TRANSLATE_NOOP("WelfareReport", "collected by {name} ({relationship})")
PROXY = QT_TRANSLATE_NOOP("WelfareReport", "collected by {name}")
NO_COMMUNITY = QT_TRANSLATE_NOOP("WelfareReport", "No community on file")
NO_UNIT = QT_TRANSLATE_NOOP("WelfareReport", "No employer on file")
GROUP_HEADING = QT_TRANSLATE_NOOP("WelfareReport", "{title} ({count} recipients)")
GROUP_CONTINUED = QT_TRANSLATE_NOOP("WelfareReport", "{title} (continued)")
GROUP_COUNT = QT_TRANSLATE_NOOP("WelfareReport", "This group: {count} recipients.")
TOTALS = QT_TRANSLATE_NOOP("WelfareReport", "Totals")
TOTALS_PEOPLE = QT_TRANSLATE_NOOP(
    "WelfareReport",
    "On the list: {planned} recipients; collected: {served}; not yet collected: {remaining}.",
)
TOTALS_LEDGER_NOTE = QT_TRANSLATE_NOOP(
    "WelfareReport", "Issued quantities and values are those of the stock ledger."
)
COL_ITEM = QT_TRANSLATE_NOOP("WelfareReport", "Item")
COL_PER_RECIPIENT = QT_TRANSLATE_NOOP("WelfareReport", "Each")
COL_PLANNED_QTY = QT_TRANSLATE_NOOP("WelfareReport", "To issue")
COL_ISSUED_QTY = QT_TRANSLATE_NOOP("WelfareReport", "Issued")
COL_ISSUED_VALUE = QT_TRANSLATE_NOOP("WelfareReport", "Value issued")
COL_ON_HAND = QT_TRANSLATE_NOOP("WelfareReport", "In stock")
CASH = QT_TRANSLATE_NOOP("WelfareReport", "Cash")
SIGN_OPERATOR = QT_TRANSLATE_NOOP("WelfareReport", "Operator")
SIGN_REVIEWER = QT_TRANSLATE_NOOP("WelfareReport", "Reviewer")
SIGN_DATE = QT_TRANSLATE_NOOP("WelfareReport", "Date")

# --- campaign summary ----------------------------------------------------------------------
SUMMARY_TITLE = QT_TRANSLATE_NOOP("WelfareReport", "Campaign summary")
KIND_LINE = QT_TRANSLATE_NOOP("WelfareReport", "Kind")
STATUS_LINE = QT_TRANSLATE_NOOP("WelfareReport", "Status")
DATES = QT_TRANSLATE_NOOP("WelfareReport", "Dates")
DATE_RANGE = QT_TRANSLATE_NOOP("WelfareReport", "{first} to {last}")  # 至, as every printout
PACKAGE = QT_TRANSLATE_NOOP("WelfareReport", "Package")
BUDGET = QT_TRANSLATE_NOOP("WelfareReport", "Budget")
NO_BUDGET = QT_TRANSLATE_NOOP("WelfareReport", "none set")
OPENED = QT_TRANSLATE_NOOP("WelfareReport", "Opened")
CLOSED = QT_TRANSLATE_NOOP("WelfareReport", "Closed")
RECIPIENTS = QT_TRANSLATE_NOOP("WelfareReport", "Recipients")
PLANNED = QT_TRANSLATE_NOOP("WelfareReport", "On the list")
SERVED = QT_TRANSLATE_NOOP("WelfareReport", "Collected")
REMAINING = QT_TRANSLATE_NOOP("WelfareReport", "Not yet collected")
REMOVED = QT_TRANSLATE_NOOP("WelfareReport", "Taken off the list")
ITEMS_ISSUED = QT_TRANSLATE_NOOP("WelfareReport", "Items issued")
MONEY_HEADING = QT_TRANSLATE_NOOP("WelfareReport", "Money")
ITEMS_VALUE = QT_TRANSLATE_NOOP("WelfareReport", "Value of items issued")
CASH_ISSUED = QT_TRANSLATE_NOOP("WelfareReport", "Cash handed out")
TOTAL_VALUE = QT_TRANSLATE_NOOP("WelfareReport", "Total")
BY_COMMUNITY = QT_TRANSLATE_NOOP("WelfareReport", "By community")
COL_COMMUNITY = QT_TRANSLATE_NOOP("WelfareReport", "Community")
COL_SHARE = QT_TRANSLATE_NOOP("WelfareReport", "Collected %")

# --- stock report --------------------------------------------------------------------------
STOCK_TITLE = QT_TRANSLATE_NOOP("WelfareReport", "Stock report")
PERIOD = QT_TRANSLATE_NOOP("WelfareReport", "Period")
PERIOD_SUMMARY = QT_TRANSLATE_NOOP("WelfareReport", "Stock movements by item")
COL_UNIT_VALUE = QT_TRANSLATE_NOOP("WelfareReport", "Unit value")
COL_OPENING = QT_TRANSLATE_NOOP("WelfareReport", "Opening")
COL_RECEIVED = QT_TRANSLATE_NOOP("WelfareReport", "Received")
COL_ADJUSTED = QT_TRANSLATE_NOOP("WelfareReport", "Count adjustment")
COL_WRITTEN_OFF = QT_TRANSLATE_NOOP("WelfareReport", "Written off")
COL_CLOSING = QT_TRANSLATE_NOOP("WelfareReport", "Closing")
COL_CLOSING_VALUE = QT_TRANSLATE_NOOP("WelfareReport", "Closing value")
MOVEMENTS = QT_TRANSLATE_NOOP("WelfareReport", "Ledger of the period")
NO_MOVEMENTS = QT_TRANSLATE_NOOP("WelfareReport", "No movements in this period.")
BALANCES = QT_TRANSLATE_NOOP("WelfareReport", "Balances now")
COL_DATE = QT_TRANSLATE_NOOP("WelfareReport", "Date")
COL_KIND = QT_TRANSLATE_NOOP("WelfareReport", "Movement")
COL_QUANTITY = QT_TRANSLATE_NOOP("WelfareReport", "Quantity")
COL_BALANCE = QT_TRANSLATE_NOOP("WelfareReport", "Balance")
COL_SOURCE = QT_TRANSLATE_NOOP("WelfareReport", "Source / note")
COL_RECEIPT = QT_TRANSLATE_NOOP("WelfareReport", "Receipt no.")
COL_OPERATOR = QT_TRANSLATE_NOOP("WelfareReport", "Operator")
COL_UNIT_OF_COUNT = QT_TRANSLATE_NOOP("WelfareReport", "Counted in")
COL_VALUE = QT_TRANSLATE_NOOP("WelfareReport", "Value")
COL_STOCK_STATE = QT_TRANSLATE_NOOP("WelfareReport", "Stock state")
COL_THRESHOLD = QT_TRANSLATE_NOOP("WelfareReport", "Low at")
LOW_STOCK = QT_TRANSLATE_NOOP("WelfareReport", "low")
INACTIVE = QT_TRANSLATE_NOOP("WelfareReport", "no longer used")

# --- receipt (领取凭证) -------------------------------------------------------------------
RECEIPT_TITLE = QT_TRANSLATE_NOOP("WelfareReport", "Receipt")
RECIPIENT_COPY = QT_TRANSLATE_NOOP("WelfareReport", "Recipient's copy")
STATION_COPY = QT_TRANSLATE_NOOP("WelfareReport", "Station's copy")
CUT_HERE = QT_TRANSLATE_NOOP("WelfareReport", "cut here")
FIELD_RECEIPT_NO = QT_TRANSLATE_NOOP("WelfareReport", "Receipt no.")
FIELD_CAMPAIGN = QT_TRANSLATE_NOOP("WelfareReport", "Campaign")
FIELD_NAME = QT_TRANSLATE_NOOP("WelfareReport", "Name")
FIELD_MEMBER_NO = QT_TRANSLATE_NOOP("WelfareReport", "Member no.")
FIELD_ID = QT_TRANSLATE_NOOP("WelfareReport", "ID number")
FIELD_UNIT = QT_TRANSLATE_NOOP("WelfareReport", "Employer")
FIELD_ITEMS = QT_TRANSLATE_NOOP("WelfareReport", "Items")
FIELD_CASH = QT_TRANSLATE_NOOP("WelfareReport", "Cash")
FIELD_TIME = QT_TRANSLATE_NOOP("WelfareReport", "Collected at")
FIELD_OPERATOR = QT_TRANSLATE_NOOP("WelfareReport", "Operator")
FIELD_PROXY = QT_TRANSLATE_NOOP("WelfareReport", "Collected by")
SIGN_RECIPIENT = QT_TRANSLATE_NOOP("WelfareReport", "Recipient's signature")
SEAL = QT_TRANSLATE_NOOP("WelfareReport", "Station seal")
RECEIPT_FOOTNOTE = QT_TRANSLATE_NOOP(
    "WelfareReport", "Please keep this receipt. Questions: call the station on {phone}."
)

# --- .xlsx exports -------------------------------------------------------------------------
COL_MEMBER_NO = QT_TRANSLATE_NOOP("WelfareReport", "Member no.")
COL_ADDED_REASON = QT_TRANSLATE_NOOP("WelfareReport", "Added because")
COL_REMOVED_REASON = QT_TRANSLATE_NOOP("WelfareReport", "Taken off because")
COL_HANDED_OUT_AT = QT_TRANSLATE_NOOP("WelfareReport", "Collected at")
COL_HANDED_OUT_BY = QT_TRANSLATE_NOOP("WelfareReport", "Handed out by")
COL_PROXY_NAME = QT_TRANSLATE_NOOP("WelfareReport", "Collected by")
COL_PROXY_MOBILE = QT_TRANSLATE_NOOP("WelfareReport", "Their phone")
COL_PROXY_RELATIONSHIP = QT_TRANSLATE_NOOP("WelfareReport", "Relationship")
COL_RECORDED_AT = QT_TRANSLATE_NOOP("WelfareReport", "Recorded at")
SHEET_RECIPIENTS = QT_TRANSLATE_NOOP("WelfareReport", "Recipients")
SHEET_LEDGER = QT_TRANSLATE_NOOP("WelfareReport", "Stock ledger")
YES = QT_TRANSLATE_NOOP("WelfareReport", "yes")

# --- code values ---------------------------------------------------------------------------
KINDS = {
    "festival": QT_TRANSLATE_NOOP("WelfareReport", "Festival care"),
    "hardship": QT_TRANSLATE_NOOP("WelfareReport", "Hardship relief"),
    "summer": QT_TRANSLATE_NOOP("WelfareReport", "Summer cooling"),
    "women": QT_TRANSLATE_NOOP("WelfareReport", "Women workers' care"),
    "members_only": QT_TRANSLATE_NOOP("WelfareReport", "Members-only event"),
    "other": QT_TRANSLATE_NOOP("WelfareReport", "Other"),
}
STATUSES = {
    "draft": QT_TRANSLATE_NOOP("WelfareReport", "Draft"),
    "open": QT_TRANSLATE_NOOP("WelfareReport", "Handing out"),
    "closed": QT_TRANSLATE_NOOP("WelfareReport", "Finished"),
}
MOVEMENT_KINDS = {
    "received": QT_TRANSLATE_NOOP("WelfareReport", "Received"),
    "issued": QT_TRANSLATE_NOOP("WelfareReport", "Handed out"),
    "undo": QT_TRANSLATE_NOOP("WelfareReport", "Hand-out undone"),
    "adjusted": QT_TRANSLATE_NOOP("WelfareReport", "Stock count"),
    "written_off": QT_TRANSLATE_NOOP("WelfareReport", "Written off"),
}


def movement_label(row: LedgerRow) -> str:
    return t(MOVEMENT_KINDS["undo" if row.is_undo else row.kind])


# --- who a campaign is for, in words (the audit log) ---------------------------------------
RULE_ALL = QT_TRANSLATE_NOOP("WelfareReport", "all active members")
RULE_COMMUNITIES = QT_TRANSLATE_NOOP("WelfareReport", "{count} communities")
RULE_UNITS = QT_TRANSLATE_NOOP("WelfareReport", "{count} employers")
RULE_JOINED_BEFORE = QT_TRANSLATE_NOOP("WelfareReport", "joined before {date}")


def rule_text(rule: object) -> str:
    """A campaign's eligibility rule (its stored JSON) in words: the categories by name,
    how many communities and employers, the join date; the text itself if it is no rule."""
    from station_app.members.labels import category_choices
    from station_app.welfare.types import EligibilityRule

    try:
        parsed = EligibilityRule.from_json(rule) if isinstance(rule, str) else None
    except (ValueError, TypeError):
        parsed = None
    if parsed is None:
        return str(rule)
    names = {code: label.strip() for code, label in category_choices()}
    parts = ["、".join(names.get(c, c) for c in parsed.categories)] if parsed.categories else []
    if parsed.community_ids:
        parts.append(t(RULE_COMMUNITIES).format(count=len(parsed.community_ids)))
    if parsed.unit_ids:
        parts.append(t(RULE_UNITS).format(count=len(parsed.unit_ids)))
    if parsed.joined_before:
        parts.append(t(RULE_JOINED_BEFORE).format(date=parsed.joined_before.isoformat()))
    return "，".join(parts) or t(RULE_ALL)
