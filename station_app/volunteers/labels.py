"""Words the volunteer printouts and exports use (English source, context
``VolunteersReport``), translated when a file is built; the UI may reuse them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from station_app.core.i18n import QT_TRANSLATE_NOOP, CodeNames, translate

CONTEXT = "VolunteersReport"

KINDS = {
    "help": QT_TRANSLATE_NOOP("VolunteersReport", "Help"),
    "mediation": QT_TRANSLATE_NOOP("VolunteersReport", "Mediation"),
    "publicity": QT_TRANSLATE_NOOP("VolunteersReport", "Publicity"),
    "liaison": QT_TRANSLATE_NOOP("VolunteersReport", "Liaison"),
    "organising": QT_TRANSLATE_NOOP("VolunteersReport", "Organising"),
    "neighbourhood_watch": QT_TRANSLATE_NOOP("VolunteersReport", "Neighbourhood watch"),
    "elderly_disabled": QT_TRANSLATE_NOOP("VolunteersReport", "Care for elderly and disabled"),
    "community_building": QT_TRANSLATE_NOOP("VolunteersReport", "Community building"),
    "other": QT_TRANSLATE_NOOP("VolunteersReport", "Other"),
}
STATUSES = {
    "scheduled": QT_TRANSLATE_NOOP("VolunteersReport", "Scheduled"),
    "confirmed": QT_TRANSLATE_NOOP("VolunteersReport", "Confirmed"),
    "attended": QT_TRANSLATE_NOOP("VolunteersReport", "Attended"),
    "absent": QT_TRANSLATE_NOOP("VolunteersReport", "Absent"),
    "cancelled": QT_TRANSLATE_NOOP("VolunteersReport", "Cancelled"),
}
GENDERS = {
    "M": QT_TRANSLATE_NOOP("VolunteersReport", "Male"),
    "F": QT_TRANSLATE_NOOP("VolunteersReport", "Female"),
}
WEEKDAYS_SHORT = (
    QT_TRANSLATE_NOOP("VolunteersReport", "Mon"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Tue"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Wed"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Thu"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Fri"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Sat"),
    QT_TRANSLATE_NOOP("VolunteersReport", "Sun"),
)
PARTS = (
    QT_TRANSLATE_NOOP("VolunteersReport", "morning"),
    QT_TRANSLATE_NOOP("VolunteersReport", "afternoon"),
    QT_TRANSLATE_NOOP("VolunteersReport", "evening"),
)
ANY_TIME = QT_TRANSLATE_NOOP("VolunteersReport", "Any time")
NOT_STATED = QT_TRANSLATE_NOOP("VolunteersReport", "Not stated")
SLOT = QT_TRANSLATE_NOOP("VolunteersReport", "{weekday} {part}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("VolunteersReport", ", ")
WHOLE_BRIGADE = QT_TRANSLATE_NOOP("VolunteersReport", "Whole brigade")


def tr(text: str) -> str:
    return translate(CONTEXT, text)


kind = CodeNames(CONTEXT, KINDS)
status = CodeNames(CONTEXT, STATUSES)
gender = CodeNames(CONTEXT, GENDERS, missing="")


def joined(items: list[str] | tuple[str, ...]) -> str:
    return tr(LIST_SEPARATOR).join(items)


def availability_text(value: int) -> str:
    """``Any time``, or the slots, e.g. ``Mon morning, Sat afternoon``."""
    # Imported here: the services use these labels, so a module-level import of the
    # service package would go round in a circle when labels is imported first.
    from station_app.volunteers.service import availability

    if availability.is_always(value):
        return tr(ANY_TIME)
    slots = sorted(availability.decode(value))
    if not slots:
        return tr(NOT_STATED)
    return joined(
        [tr(SLOT).format(weekday=tr(WEEKDAYS_SHORT[w]), part=tr(PARTS[p])) for w, p in slots]
    )


def fmt_date(value: dt.date) -> str:
    return value.strftime("%Y-%m-%d")


def fmt_time(value: dt.datetime | dt.time) -> str:
    return value.strftime("%H:%M")


def fmt_span(start: dt.datetime, end: dt.datetime) -> str:
    """``2026-03-05 09:00–11:30`` (the end date is added when it differs)."""
    if end.date() == start.date() or (
        end.time() == dt.time(0) and end.date() == start.date() + dt.timedelta(days=1)
    ):
        closing = "24:00" if end.date() != start.date() else fmt_time(end)
        return f"{fmt_date(start.date())} {fmt_time(start)}–{closing}"
    return f"{fmt_date(start.date())} {fmt_time(start)}–{fmt_date(end.date())} {fmt_time(end)}"


def fmt_hours(value: object) -> str:
    """``2.5`` for 2.50, ``3`` for 3.00 (hours as people write them)."""
    text = f"{value:.2f}" if value is not None else "0.00"
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_hours_column(values: Sequence[Decimal]) -> list[str]:
    """Hours for one table column, all with the same number of decimals (as few as the
    column needs): ``3000.0``, ``3339.5`` rather than ``3000``, ``3339.5``."""
    texts = [f"{v:.2f}" for v in values]
    places = 0
    for text in texts:
        fraction = text.split(".")[1].rstrip("0")
        places = max(places, len(fraction))
    return [f"{v:.{places}f}" for v in values]
