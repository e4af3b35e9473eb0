"""The volunteer service record certificate (志愿服务记录证明): the record of a
period, the total, a QR code of its number and room for the seal. The ID number is
masked, always."""

from __future__ import annotations

import datetime as dt
from typing import Unpack

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.pdf import (
    BuildOptions,
    Out,
    build_report,
    data_table,
    key_value_table,
    para,
    qr_block,
    register_fonts,
    seal_box,
    title_block,
)
from station_app.volunteers import labels
from station_app.volunteers.labels import fmt_date, fmt_hours, fmt_hours_column, tr
from station_app.volunteers.reports import words
from station_app.volunteers.service.certificates import CertificateService, year_period
from station_app.volunteers.types import CertificateData


def long_date(value: dt.date) -> str:
    return tr(words.DATE_LONG).format(year=value.year, month=value.month, day=value.day)


# --- certificate -------------------------------------------------------------------------


class _SignedAndSealed(Flowable):
    """The station's name, the issuer and the date, right-aligned, with the seal area
    drawn over them (a seal is stamped across the name and the date)."""

    def __init__(self, lines: list[str], seal: Table, width: float, height: float) -> None:
        super().__init__()
        self._lines = [
            para(line, "body", alignment=TA_RIGHT, fontSize=12, leading=20) for line in lines
        ]
        self._seal = seal
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        heights = [line.wrap(self.width, self.height)[1] for line in self._lines]
        y = (self.height + sum(heights)) / 2
        for line, h in zip(self._lines, heights, strict=True):
            y -= h
            line.drawOn(self.canv, 0, y)
        seal_w, seal_h = self._seal.wrap(self.width, self.height)
        # Centred on the right-aligned text block's middle, over its last characters.
        self._seal.drawOn(self.canv, self.width - seal_w - 6 * mm, (self.height - seal_h) / 2)


def _seal_row(data: CertificateData) -> Table:
    """QR code left; right, the station's name, the issuer and the date under the seal
    area; the station's phone for verification below."""
    font = register_fonts()
    qr: Flowable = (
        qr_block(data.qr_text, 26, data.number, width=34 * mm) if data.number else Spacer(1, 1)
    )
    lines = [data.station_name]
    if data.issuer and data.issuer != data.station_name:
        lines.append(tr(words.CERT_ISSUER).format(issuer=data.issuer))
    lines.append(long_date(data.issued_on))
    # The caption at the box's top, above the lines: in the middle it sat under the issuer.
    seal = seal_box(tr(words.CERT_SEAL), 42 * mm, 36 * mm, valign="TOP")
    signed = _SignedAndSealed(lines, seal, 132 * mm, 40 * mm)
    row = Table(
        [[qr, signed]], colWidths=[40 * mm, 132 * mm], rowHeights=[40 * mm], hAlign="CENTER"
    )
    row.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (1, 0), (1, 0), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return row


def certificate_story(data: CertificateData) -> list[Flowable]:
    number = (
        tr(words.CERT_NUMBER).format(number=data.number) if data.number else tr(words.CERT_PREVIEW)
    )
    first, last = fmt_date(data.first_day), fmt_date(data.last_day)
    if data.asked_until is not None:  # stopped at the issue date: say so
        last = tr(words.CERT_THROUGH_ISSUE).format(last=last)
    body = para(
        tr(words.CERT_BODY).format(
            name=data.name,
            id_number=data.id_number,
            team=data.team_name,
            count=len(data.lines),
            first=first,
            last=last,
            hours=fmt_hours(data.total_hours),
        ),
        "body",
        fontSize=12,
        leading=20,
        firstLineIndent=24,
    )
    story: list[Flowable] = [
        para(number, "body", alignment=TA_RIGHT, fontSize=9),
        title_block(tr(words.CERT_TITLE), fontSize=20, leading=28, spaceAfter=10),
        body,
        Spacer(1, 2 * mm),
        key_value_table(
            [
                (tr(words.NAME), data.name),
                (tr(words.CERT_GENDER), labels.gender(data.gender)),
                (tr(words.CERT_ID), data.id_number),
                (tr(words.COL_TEAM), data.team_name),
                (tr(words.CERT_JOINED), fmt_date(data.joined_on)),
                (tr(words.CERT_PERIOD), tr(words.CERT_PERIOD_VALUE).format(first=first, last=last)),
            ],
            [24 * mm, 63 * mm, 24 * mm, 63 * mm],
        ),
        para(tr(words.CERT_RECORD), "heading"),
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
    rows.append(["", tr(words.TOTAL), "", "", "", column[-1]])
    table = data_table(
        [
            tr(words.COL_NO),
            tr(words.DATE),
            tr(words.COL_ACTIVITY),
            tr(words.COL_KIND),
            tr(words.COL_ROLE),
            tr(words.COL_HOURS),
        ],
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
    closing = para(tr(words.CERT_CLOSING), body.style, spaceBefore=4, spaceAfter=2)
    ending: list[Flowable] = [closing, _seal_row(data)]
    if data.replaces:
        ending.append(para(tr(words.CERT_REPLACES).format(number=data.replaces), "small"))
    if data.station_phone:
        ending.append(para(tr(words.CERT_VERIFY).format(phone=data.station_phone), "small"))
    # The closing words and the seal stay together, after the last line of the record.
    story.append(KeepTogether(ending))
    return story


def build_certificate(
    out: Out, data: CertificateData, operator: str, **options: Unpack[BuildOptions]
) -> None:
    title = tr(words.CERT_TITLE)
    build_report(out, certificate_story(data), data.station_name, title, operator, **options)


def print_certificate(
    db: Database, actor: Actor, volunteer_id: int, year: int, out: Out
) -> CertificateData:
    """Issues (numbers and records) the certificate of ``year`` and prints it."""
    first, last = year_period(year)
    data = CertificateService(db).issue(actor, volunteer_id, first, last)
    build_certificate(out, data, actor.display_name)
    return data
