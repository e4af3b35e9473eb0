"""Printouts of the volunteer brigade: the roster (排班表) of an activity, the
volunteer service record certificate (志愿服务记录证明) and the year's figures.

``build_*`` functions turn plain data into a PDF (Qt-free, the bundled font
embedded); ``print_*`` functions fetch that data first (CLI and UI). Mobiles on a
roster are masked except on the leader's copy (an administrator's, audited); a
certificate shows the ID number masked, always.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.pdf import (
    CancelFn,
    Out,
    ProgressFn,
    build_report,
    data_table,
    key_value_table,
    qr_code,
    register_fonts,
    signature_lines,
    styles,
    title_block,
)
from station_app.core.pdf import para as _p
from station_app.volunteers import labels
from station_app.volunteers.certificates import CertificateService, year_period
from station_app.volunteers.labels import fmt_date, fmt_hours, fmt_hours_column, fmt_span, tr
from station_app.volunteers.types import CertificateData, Roster, RosterShift, YearSummary
from station_app.volunteers.views import VolunteerViews

# --- words -------------------------------------------------------------------------------

ROSTER_TITLE = QT_TRANSLATE_NOOP("VolunteersReport", "Roster")
ROSTER_HEADING = QT_TRANSLATE_NOOP("VolunteersReport", "Roster: {title}")
LEADER_COPY = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "Leader's copy: mobile numbers in full. Keep it safe and destroy it after the activity.",
)
KIND = QT_TRANSLATE_NOOP("VolunteersReport", "Kind")
TIME = QT_TRANSLATE_NOOP("VolunteersReport", "Time")
PLACE = QT_TRANSLATE_NOOP("VolunteersReport", "Place")
TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "Team")
LEADER = QT_TRANSLATE_NOOP("VolunteersReport", "Leader")
PLACES_FILLED = QT_TRANSLATE_NOOP("VolunteersReport", "Places filled")
FILLED_OF = QT_TRANSLATE_NOOP("VolunteersReport", "{filled} of {places}")
DESCRIPTION = QT_TRANSLATE_NOOP("VolunteersReport", "Description")
SHIFT_HEADING = QT_TRANSLATE_NOOP(
    "VolunteersReport", "Shift {number}: {span}, {role}, {filled} of {places} places"
)
SHIFT_HEADING_NO_ROLE = QT_TRANSLATE_NOOP(
    "VolunteersReport", "Shift {number}: {span}, {filled} of {places} places"
)
CANCELLED_NOTE = QT_TRANSLATE_NOOP("VolunteersReport", "{count} cancelled, not listed.")
NO_SHIFTS = QT_TRANSLATE_NOOP("VolunteersReport", "No shifts planned yet.")
COL_NO = QT_TRANSLATE_NOOP("VolunteersReport", "No.")
COL_NAME = QT_TRANSLATE_NOOP("VolunteersReport", "Name")
COL_TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "Team")
COL_ROLE = QT_TRANSLATE_NOOP("VolunteersReport", "Role")
COL_MOBILE = QT_TRANSLATE_NOOP("VolunteersReport", "Mobile")
COL_STATUS = QT_TRANSLATE_NOOP("VolunteersReport", "Status")
COL_SIGN_IN = QT_TRANSLATE_NOOP("VolunteersReport", "Sign in")
COL_SIGN_OUT = QT_TRANSLATE_NOOP("VolunteersReport", "Sign out")
COL_NOTES = QT_TRANSLATE_NOOP("VolunteersReport", "Notes")
OVERRIDE_NOTE = QT_TRANSLATE_NOOP("VolunteersReport", "Overlap allowed: {reason}")
HOURS_NOTE = QT_TRANSLATE_NOOP("VolunteersReport", "Hours {hours}: {reason}")
OVERRIDES_FOOTNOTE = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "{count} volunteers on this roster are also on another shift at the same time, allowed "
    "by an administrator (see Notes).",
)
SIGN_LEADER = QT_TRANSLATE_NOOP("VolunteersReport", "Team leader")
SIGN_DESK = QT_TRANSLATE_NOOP("VolunteersReport", "Desk")
SIGN_DATE = QT_TRANSLATE_NOOP("VolunteersReport", "Date")

CERT_TITLE = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer Service Record Certificate")
CERT_NUMBER = QT_TRANSLATE_NOOP("VolunteersReport", "Certificate No. {number}")
CERT_BODY = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "This is to certify that {name} (ID number {id_number}), a volunteer of {team}, took part "
    "in volunteer service {count} times from {first} to {last}, {hours} hours of service in "
    "all.",
)
CERT_NAME = QT_TRANSLATE_NOOP("VolunteersReport", "Name")
CERT_GENDER = QT_TRANSLATE_NOOP("VolunteersReport", "Gender")
CERT_ID = QT_TRANSLATE_NOOP("VolunteersReport", "ID number")
CERT_TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "Team")
CERT_JOINED = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer since")
CERT_PERIOD = QT_TRANSLATE_NOOP("VolunteersReport", "Period")
CERT_PERIOD_VALUE = QT_TRANSLATE_NOOP("VolunteersReport", "{first} to {last}")
CERT_RECORD = QT_TRANSLATE_NOOP("VolunteersReport", "Service record")
COL_DATE = QT_TRANSLATE_NOOP("VolunteersReport", "Date")
COL_ACTIVITY = QT_TRANSLATE_NOOP("VolunteersReport", "Service activity")
COL_KIND = QT_TRANSLATE_NOOP("VolunteersReport", "Kind")
COL_HOURS = QT_TRANSLATE_NOOP("VolunteersReport", "Hours")
TOTAL = QT_TRANSLATE_NOOP("VolunteersReport", "Total")
CERT_CLOSING = QT_TRANSLATE_NOOP("VolunteersReport", "Hereby certified.")
CERT_SEAL = QT_TRANSLATE_NOOP("VolunteersReport", "(Seal)")
CERT_SCAN = QT_TRANSLATE_NOOP("VolunteersReport", "Certificate number {number}")
CERT_PREVIEW = QT_TRANSLATE_NOOP("VolunteersReport", "Preview: not yet issued")
DATE_LONG = QT_TRANSLATE_NOOP("VolunteersReport", "{year}-{month}-{day}")

SUMMARY_TITLE = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer service figures")
SUMMARY_HEADING = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer service in {year}")
SUMMARY_PLANNED = QT_TRANSLATE_NOOP("VolunteersReport", "Service activities planned")
SUMMARY_HELD = QT_TRANSLATE_NOOP("VolunteersReport", "Service activities held")
SUMMARY_ON_FILE = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteers on file")
SUMMARY_SERVED = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteers who served")
SUMMARY_ATTENDANCES = QT_TRANSLATE_NOOP("VolunteersReport", "Times served")
SUMMARY_HOURS = QT_TRANSLATE_NOOP("VolunteersReport", "Hours of service")
SUMMARY_BY_TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "By team")
SUMMARY_BY_KIND = QT_TRANSLATE_NOOP("VolunteersReport", "By kind of service")
COL_VOLUNTEERS = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteers")
COL_SERVED = QT_TRANSLATE_NOOP("VolunteersReport", "Served")
COL_TIMES = QT_TRANSLATE_NOOP("VolunteersReport", "Times served")
COL_ACTIVITIES = QT_TRANSLATE_NOOP("VolunteersReport", "Activities")
SUMMARY_NOTE = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "Counted: attended shifts that began in {year}. A team's figures are those of the "
    "volunteers in it now; the brigade's own line is its volunteers outside the squads.",
)
NOTHING_YET = QT_TRANSLATE_NOOP("VolunteersReport", "No attended service recorded yet.")

_SEAL_GREY = colors.HexColor("#888888")


def long_date(value: dt.date) -> str:
    return tr(DATE_LONG).format(year=value.year, month=value.month, day=value.day)


# --- roster ------------------------------------------------------------------------------

# Landscape A4: 261 mm between the margins.
_ROSTER_WIDTHS = [10 * mm, 24 * mm, 54 * mm, 24 * mm, 28 * mm, 20 * mm, 28 * mm, 28 * mm, 45 * mm]


def _notes(line_override: str | None, hours_reason: str, hours: object) -> str:
    notes = []
    if line_override:
        notes.append(tr(OVERRIDE_NOTE).format(reason=line_override))
    if hours_reason:
        notes.append(tr(HOURS_NOTE).format(hours=fmt_hours(hours), reason=hours_reason))
    return "\n".join(notes)


def _shift_table(number: int, rs: RosterShift) -> list[Flowable]:
    st = styles()
    shift = rs.shift
    span = fmt_span(shift.starts_at, shift.ends_at)
    params = {
        "number": number,
        "span": span,
        "role": shift.role,
        "filled": len(rs.lines),
        "places": shift.places,
    }
    heading = tr(SHIFT_HEADING if shift.role else SHIFT_HEADING_NO_ROLE).format(**params)
    header = [
        tr(COL_NO),
        tr(COL_NAME),
        tr(COL_TEAM),
        tr(COL_ROLE),
        tr(COL_MOBILE),
        tr(COL_STATUS),
        tr(COL_SIGN_IN),
        tr(COL_SIGN_OUT),
        tr(COL_NOTES),
    ]
    rows: list[list[object]] = [
        [
            i,
            line.name,
            line.team_name,
            shift.role,
            line.mobile,
            labels.status(line.status),
            "",
            "",
            _notes(line.override_reason, line.hours_reason, line.hours),
        ]
        for i, line in enumerate(rs.lines, start=1)
    ]
    # A blank line for every open place: walk-ins sign here.
    for i in range(len(rs.lines) + 1, max(shift.places, len(rs.lines)) + 1):
        rows.append([i, "", "", shift.role, "", "", "", "", ""])
    table = data_table(header, rows, _ROSTER_WIDTHS, align_right={0}, zebra=False)
    # Room for a pen: taller rows than a plain list.
    table.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
            ]
        )
    )
    keep = ParagraphStyle("shift_heading", st.heading, keepWithNext=1)  # never orphaned
    parts: list[Flowable] = [_p(heading, keep), table]
    if rs.cancelled:
        parts.append(_p(tr(CANCELLED_NOTE).format(count=rs.cancelled), st.small))
    return parts


def roster_story(roster: Roster) -> list[Flowable]:
    st = styles()
    activity = roster.activity
    story: list[Flowable] = [
        title_block(tr(ROSTER_HEADING).format(title=activity.title)),
    ]
    if roster.leader_copy:
        warn = ParagraphStyle("warn", st.body, textColor=colors.HexColor("#8b0000"))
        story.append(_p(tr(LEADER_COPY), warn))
    pairs = [
        (tr(KIND), labels.kind(activity.kind)),
        (tr(TIME), fmt_span(activity.starts_at, activity.ends_at)),
        (tr(PLACE), activity.place),
        (tr(TEAM), activity.team_name or tr(labels.WHOLE_BRIGADE)),
        (tr(LEADER), roster.leader_name or ""),
        (
            tr(PLACES_FILLED),
            tr(FILLED_OF).format(
                filled=sum(len(s.lines) for s in roster.shifts),
                places=sum(s.shift.places for s in roster.shifts),
            ),
        ),
    ]
    story.append(key_value_table(pairs, [24 * mm, 100 * mm, 24 * mm, 113 * mm]))
    if activity.description:
        story.append(Spacer(1, 2 * mm))
        story.append(
            key_value_table([(tr(DESCRIPTION), activity.description)], [24 * mm, 237 * mm])
        )
    if not roster.shifts:
        story.append(_p(tr(NO_SHIFTS), st.body))
    for number, rs in enumerate(roster.shifts, start=1):
        story.extend(_shift_table(number, rs))
    if roster.overrides:
        story.append(Spacer(1, 2 * mm))
        story.append(_p(tr(OVERRIDES_FOOTNOTE).format(count=roster.overrides), st.small))
    story.append(signature_lines([tr(SIGN_LEADER), tr(SIGN_DESK), tr(SIGN_DATE)]))
    return story


def build_roster(
    out: Out,
    roster: Roster,
    operator: str,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> None:
    build_report(
        out,
        roster_story(roster),
        station_name=roster.station_name,
        title=tr(ROSTER_TITLE),
        operator=operator,
        landscape=True,
        progress=progress,
        should_cancel=should_cancel,
    )


def print_roster(
    db: Database, actor: Actor, activity_id: int, out: Out, leader_copy: bool = False
) -> Roster:
    """The roster of ``activity_id`` at ``out``; the leader's copy (full mobiles) takes
    an administrator and is recorded in the audit log."""
    roster = VolunteerViews(db).roster(actor, activity_id, leader_copy=leader_copy)
    build_roster(out, roster, actor.display_name)
    return roster


# --- certificate -------------------------------------------------------------------------


def _seal_row(data: CertificateData) -> Table:
    """QR code left; the station's name and the date, then a box for the seal, right."""
    font = register_fonts()
    st = styles()
    signed = ParagraphStyle("signed", st.body, alignment=TA_RIGHT, fontSize=12, leading=20)
    box_text = ParagraphStyle("seal_box", st.body, alignment=TA_CENTER, textColor=_SEAL_GREY)
    caption = ParagraphStyle("qr_caption", st.small, alignment=TA_CENTER)
    qr: Flowable = Spacer(1, 1)
    if data.number:
        qr = Table(
            [[qr_code(data.qr_text, size_mm=26)], [_p(data.number, caption)]],
            colWidths=[34 * mm],
        )
        qr.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
    name_and_date = [_p(data.station_name, signed), _p(long_date(data.issued_on), signed)]
    row = Table(
        [[qr, name_and_date, _p(tr(CERT_SEAL), box_text)]],
        colWidths=[40 * mm, 92 * mm, 40 * mm],
        rowHeights=[40 * mm],
        hAlign="CENTER",
    )
    row.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 0), (2, 0), "CENTER"),
                ("BOX", (2, 0), (2, 0), 0.6, _SEAL_GREY),
                ("RIGHTPADDING", (1, 0), (1, 0), 4 * mm),
            ]
        )
    )
    return row


def certificate_story(data: CertificateData) -> list[Flowable]:
    st = styles()
    number_style = ParagraphStyle("number", st.body, alignment=TA_RIGHT, fontSize=9)
    number = tr(CERT_NUMBER).format(number=data.number) if data.number else tr(CERT_PREVIEW)
    body = ParagraphStyle("cert_body", st.body, fontSize=12, leading=20, firstLineIndent=24)
    title = ParagraphStyle("cert_title", st.title, fontSize=20, leading=28, spaceAfter=10)
    first, last = fmt_date(data.first_day), fmt_date(data.last_day)
    story: list[Flowable] = [
        _p(number, number_style),
        title_block(tr(CERT_TITLE), title),
        _p(
            tr(CERT_BODY).format(
                name=data.name,
                id_number=data.id_number,
                team=data.team_name,
                count=len(data.lines),
                first=first,
                last=last,
                hours=fmt_hours(data.total_hours),
            ),
            body,
        ),
        Spacer(1, 2 * mm),
        key_value_table(
            [
                (tr(CERT_NAME), data.name),
                (tr(CERT_GENDER), labels.gender(data.gender)),
                (tr(CERT_ID), data.id_number),
                (tr(CERT_TEAM), data.team_name),
                (tr(CERT_JOINED), fmt_date(data.joined_on)),
                (tr(CERT_PERIOD), tr(CERT_PERIOD_VALUE).format(first=first, last=last)),
            ],
            [24 * mm, 63 * mm, 24 * mm, 63 * mm],
        ),
        _p(tr(CERT_RECORD), st.heading),
    ]
    column = fmt_hours_column([*(line.hours for line in data.lines), data.total_hours])
    rows: list[list[object]] = [
        [
            i,
            fmt_date(line.day),
            line.activity_title,
            labels.kind(line.kind),
            line.role,
            column[i - 1],
        ]
        for i, line in enumerate(data.lines, start=1)
    ]
    rows.append(["", tr(TOTAL), "", "", "", column[-1]])
    table = data_table(
        [tr(COL_NO), tr(COL_DATE), tr(COL_ACTIVITY), tr(COL_KIND), tr(COL_ROLE), tr(COL_HOURS)],
        rows,
        [10 * mm, 24 * mm, 64 * mm, 28 * mm, 26 * mm, 22 * mm],
        align_right={0, 5},
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
                # Tighter than a list: a year of service and the seal fit one page.
                ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2.0),
            ]
        )
    )
    story.append(table)
    closing = ParagraphStyle("closing", body, spaceBefore=4, spaceAfter=2)
    # The closing words and the seal stay together, after the last line of the record.
    story.append(KeepTogether([_p(tr(CERT_CLOSING), closing), _seal_row(data)]))
    return story


def build_certificate(
    out: Out,
    data: CertificateData,
    operator: str,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> None:
    build_report(
        out,
        certificate_story(data),
        station_name=data.station_name,
        title=tr(CERT_TITLE),
        operator=operator,
        progress=progress,
        should_cancel=should_cancel,
    )


def print_certificate(
    db: Database, actor: Actor, volunteer_id: int, year: int, out: Out
) -> CertificateData:
    """Issues (numbers and records) the certificate of ``year`` and prints it."""
    first, last = year_period(year)
    data = CertificateService(db).issue(actor, volunteer_id, first, last)
    build_certificate(out, data, actor.display_name)
    return data


# --- year summary ------------------------------------------------------------------------


def summary_story(summary: YearSummary) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        title_block(tr(SUMMARY_HEADING).format(year=summary.year)),
        key_value_table(
            [
                (tr(SUMMARY_PLANNED), str(summary.activities_planned)),
                (tr(SUMMARY_HELD), str(summary.activities_held)),
                (tr(SUMMARY_ON_FILE), str(summary.volunteers_on_file)),
                (tr(SUMMARY_SERVED), str(summary.volunteers_served)),
                (tr(SUMMARY_ATTENDANCES), str(summary.attendances)),
                (tr(SUMMARY_HOURS), fmt_hours(summary.hours)),
            ],
            [40 * mm, 47 * mm, 40 * mm, 47 * mm],
        ),
        _p(tr(SUMMARY_BY_TEAM), st.heading),
    ]
    team_hours = fmt_hours_column([*(t.hours for t in summary.by_team), summary.hours])
    team_rows: list[list[object]] = [
        [t.team_name, t.volunteers, t.volunteers_served, t.attendances, team_hours[i]]
        for i, t in enumerate(summary.by_team)
    ]
    team_rows.append(
        [
            tr(TOTAL),
            sum(t.volunteers for t in summary.by_team),
            summary.volunteers_served,
            summary.attendances,
            team_hours[-1],
        ]
    )
    story.append(
        data_table(
            [tr(COL_TEAM), tr(COL_VOLUNTEERS), tr(COL_SERVED), tr(COL_TIMES), tr(COL_HOURS)],
            team_rows,
            [78 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
            align_right={1, 2, 3, 4},
        )
    )
    story.append(_p(tr(SUMMARY_BY_KIND), st.heading))
    if summary.by_kind:
        kind_hours = fmt_hours_column([*(k.hours for k in summary.by_kind), summary.hours])
        kind_rows: list[list[object]] = [
            [labels.kind(k.kind), k.activities, k.attendances, kind_hours[i]]
            for i, k in enumerate(summary.by_kind)
        ]
        kind_rows.append([tr(TOTAL), summary.activities_held, summary.attendances, kind_hours[-1]])
        story.append(
            data_table(
                [tr(COL_KIND), tr(COL_ACTIVITIES), tr(COL_TIMES), tr(COL_HOURS)],
                kind_rows,
                [78 * mm, 32 * mm, 32 * mm, 32 * mm],
                align_right={1, 2, 3},
            )
        )
    else:
        story.append(_p(tr(NOTHING_YET), st.body))
    story.append(Spacer(1, 3 * mm))
    story.append(_p(tr(SUMMARY_NOTE).format(year=summary.year), st.small))
    return story


def build_year_summary(
    out: Out,
    summary: YearSummary,
    operator: str,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> None:
    build_report(
        out,
        summary_story(summary),
        station_name=summary.station_name,
        title=tr(SUMMARY_TITLE),
        operator=operator,
        progress=progress,
        should_cancel=should_cancel,
    )


def print_year_summary(db: Database, actor: Actor, year: int, out: Out) -> YearSummary:
    summary = VolunteerViews(db).year_summary(year)
    build_year_summary(out, summary, actor.display_name)
    return summary
