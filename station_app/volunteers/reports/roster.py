"""The roster (排班表) of a service activity: one table per shift, a blank line for every
open place, signatures. Mobiles are masked except on the leader's copy (an
administrator's, audited)."""

from __future__ import annotations

from typing import Unpack

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.pdf import (
    BuildOptions,
    Out,
    build_report,
    data_table,
    key_value_table,
    para,
    signature_lines,
    title_block,
)
from station_app.volunteers import labels
from station_app.volunteers.labels import fmt_hours, fmt_span, tr
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.reports import words
from station_app.volunteers.types import Roster, RosterShift

# --- roster ------------------------------------------------------------------------------

# Landscape A4: 261 mm between the margins.
_ROSTER_WIDTHS = [10 * mm, 24 * mm, 54 * mm, 24 * mm, 28 * mm, 20 * mm, 28 * mm, 28 * mm, 45 * mm]


def _notes(line_override: str | None, hours_reason: str, hours: object) -> str:
    notes = []
    if line_override:
        notes.append(tr(words.OVERRIDE_NOTE).format(reason=line_override))
    if hours_reason:
        notes.append(tr(words.HOURS_NOTE).format(hours=fmt_hours(hours), reason=hours_reason))
    return "\n".join(notes)


def _shift_table(number: int, rs: RosterShift) -> list[Flowable]:
    shift = rs.shift
    span = fmt_span(shift.starts_at, shift.ends_at)
    params = {
        "number": number,
        "span": span,
        "role": shift.role,
        "filled": len(rs.lines),
        "places": shift.places,
    }
    heading = tr(words.SHIFT_HEADING if shift.role else words.SHIFT_HEADING_NO_ROLE).format(
        **params
    )
    header = [
        tr(words.COL_NO),
        tr(words.NAME),
        tr(words.COL_TEAM),
        tr(words.COL_ROLE),
        tr(words.COL_MOBILE),
        tr(words.COL_STATUS),
        tr(words.COL_SIGN_IN),
        tr(words.COL_SIGN_OUT),
        tr(words.COL_NOTES),
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
    # Room for a pen: taller rows than a plain list.
    table = data_table(header, rows, _ROSTER_WIDTHS, align_right={0}, zebra=False, row_padding=6)
    parts: list[Flowable] = [para(heading, "heading", keepWithNext=1), table]  # never orphaned
    if rs.cancelled:
        parts.append(para(tr(words.CANCELLED_NOTE).format(count=rs.cancelled), "small"))
    return parts


def roster_story(roster: Roster) -> list[Flowable]:
    activity = roster.activity
    heading = words.LEADER_HEADING if roster.leader_copy else words.ROSTER_HEADING
    story: list[Flowable] = [title_block(tr(heading).format(title=activity.title))]
    if roster.leader_copy:
        story.append(para(tr(words.LEADER_COPY), "body", textColor=colors.HexColor("#8b0000")))
    pairs = [
        (tr(words.COL_KIND), labels.kind(activity.kind)),
        (tr(words.TIME), fmt_span(activity.starts_at, activity.ends_at)),
        (tr(words.PLACE), activity.place),
        (tr(words.COL_TEAM), activity.team_name or tr(labels.WHOLE_BRIGADE)),
        (tr(words.LEADER), roster.leader_name or ""),
        (
            tr(words.PLACES_FILLED),
            tr(words.FILLED_OF).format(
                filled=sum(len(s.lines) for s in roster.shifts),
                places=sum(s.shift.places for s in roster.shifts),
            ),
        ),
    ]
    story.append(key_value_table(pairs, [24 * mm, 100 * mm, 24 * mm, 113 * mm]))
    if activity.description:
        story.append(Spacer(1, 2 * mm))
        story.append(
            key_value_table([(tr(words.DESCRIPTION), activity.description)], [24 * mm, 237 * mm])
        )
    if not roster.shifts:
        story.append(para(tr(words.NO_SHIFTS), "body"))
    for number, rs in enumerate(roster.shifts, start=1):
        story.extend(_shift_table(number, rs))
    if roster.overrides:
        story.append(Spacer(1, 2 * mm))
        story.append(para(tr(words.OVERRIDES_FOOTNOTE).format(count=roster.overrides), "small"))
    story.append(signature_lines([tr(words.SIGN_LEADER), tr(words.SIGN_DESK), tr(words.DATE)]))
    return story


def build_roster(out: Out, roster: Roster, operator: str, **options: Unpack[BuildOptions]) -> None:
    """The public roster, or the leader's copy: its own title and its warning on every
    page, so that no page of it passes for the public one."""
    title = tr(words.LEADER_TITLE if roster.leader_copy else words.ROSTER_TITLE)
    if roster.leader_copy:
        options["notice"] = tr(words.LEADER_COPY)
    build_report(
        out, roster_story(roster), roster.station_name, title, operator, landscape=True, **options
    )


def print_roster(
    db: Database, actor: Actor, activity_id: int, out: Out, leader_copy: bool = False
) -> Roster:
    """The roster of ``activity_id`` at ``out``; the leader's copy (full mobiles) takes
    an administrator and is recorded in the audit log."""
    roster = VolunteerViews(db).roster(actor, activity_id, leader_copy=leader_copy)
    build_roster(out, roster, actor.display_name)
    return roster
