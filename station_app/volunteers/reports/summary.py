"""The year's figures of the volunteer brigade: activities, volunteers, hours, by
team and by kind of service."""

from __future__ import annotations

from typing import Unpack

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
    title_block,
)
from station_app.volunteers import labels
from station_app.volunteers.labels import fmt_hours, fmt_hours_column, tr
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.reports import words
from station_app.volunteers.types import YearSummary

# --- year summary ------------------------------------------------------------------------


def summary_story(summary: YearSummary) -> list[Flowable]:
    story: list[Flowable] = [
        title_block(tr(words.SUMMARY_HEADING).format(year=summary.year)),
        key_value_table(
            [
                (tr(words.SUMMARY_PLANNED), str(summary.activities_planned)),
                (tr(words.SUMMARY_HELD), str(summary.activities_held)),
                (tr(words.SUMMARY_ON_FILE), str(summary.volunteers_on_file)),
                (tr(words.SUMMARY_SERVED), str(summary.volunteers_served)),
                (tr(words.SUMMARY_ATTENDANCES), str(summary.attendances)),
                (tr(words.SUMMARY_HOURS), fmt_hours(summary.hours)),
            ],
            [40 * mm, 47 * mm, 40 * mm, 47 * mm],
        ),
        para(tr(words.SUMMARY_BY_TEAM), "heading"),
    ]
    team_hours = fmt_hours_column([*(t.hours for t in summary.by_team), summary.hours])
    team_rows: list[list[object]] = [
        [t.team_name, t.volunteers, t.volunteers_served, t.attendances, team_hours[i]]
        for i, t in enumerate(summary.by_team)
    ]
    team_rows.append(
        [
            tr(words.TOTAL),
            sum(t.volunteers for t in summary.by_team),
            summary.volunteers_served,
            summary.attendances,
            team_hours[-1],
        ]
    )
    story.append(
        data_table(
            [
                tr(words.COL_TEAM),
                tr(words.COL_VOLUNTEERS),
                tr(words.COL_SERVED),
                tr(words.SUMMARY_ATTENDANCES),
                tr(words.COL_HOURS),
            ],
            team_rows,
            [78 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
            align_right={1, 2, 3, 4},
        )
    )
    story.append(para(tr(words.SUMMARY_BY_KIND), "heading"))
    if summary.by_kind:
        kind_hours = fmt_hours_column([*(k.hours for k in summary.by_kind), summary.hours])
        kind_rows: list[list[object]] = [
            [labels.kind(k.kind), k.activities, k.attendances, kind_hours[i]]
            for i, k in enumerate(summary.by_kind)
        ]
        kind_rows.append(
            [tr(words.TOTAL), summary.activities_held, summary.attendances, kind_hours[-1]]
        )
        story.append(
            data_table(
                [
                    tr(words.COL_KIND),
                    tr(words.COL_ACTIVITIES),
                    tr(words.SUMMARY_ATTENDANCES),
                    tr(words.COL_HOURS),
                ],
                kind_rows,
                [78 * mm, 32 * mm, 32 * mm, 32 * mm],
                align_right={1, 2, 3},
            )
        )
    else:
        story.append(para(tr(words.NOTHING_YET), "body"))
    story.append(Spacer(1, 3 * mm))
    story.append(para(tr(words.SUMMARY_NOTE).format(year=summary.year), "small"))
    return story


def build_year_summary(
    out: Out, summary: YearSummary, operator: str, **options: Unpack[BuildOptions]
) -> None:
    title = tr(words.SUMMARY_TITLE)
    build_report(out, summary_story(summary), summary.station_name, title, operator, **options)


def print_year_summary(db: Database, actor: Actor, year: int, out: Out) -> YearSummary:
    summary = VolunteerViews(db).year_summary(year)
    build_year_summary(out, summary, actor.display_name)
    return summary
