"""Choosing the member who books: type a name, pinyin initials, the last digits of a
mobile or a member number, and take one from the list that pops up (the shared
picker, widgets/person_picker.py). Mobiles show masked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from station_app.members.service import MemberService
from station_app.members.types import MemberFilter
from station_app.widgets.person_picker import Match, PersonPicker


def member_matches(members: MemberService, query: str, limit: int) -> list[Match]:
    rows = members.list_members(
        MemberFilter(query=query), order_by="name", limit=limit, masked=True
    )
    return [
        Match(
            row.id,
            f"{row.name}（{row.member_no}）",
            "    ".join(p for p in (row.name, row.member_no, row.mobile, row.unit_name or "") if p),
        )
        for row in rows
    ]


class MemberPicker(PersonPicker):
    """:meth:`member_id` is the member chosen (None while nothing is chosen)."""

    def __init__(self, members: MemberService, parent: QWidget | None = None) -> None:
        super().__init__(lambda query, limit: member_matches(members, query, limit), parent)
        self.members = members

    # The booking form's words (kept while booking_dialog.py is split).
    member_id = PersonPicker.chosen_id
    set_member = PersonPicker.set_chosen
