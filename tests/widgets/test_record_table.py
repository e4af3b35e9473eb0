"""The hand-filled record list: refilling keeps the chosen record, not the row number."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.widgets.list_page import RecordTable, set_row


@dataclass
class Rec:
    id: int
    name: str


def test_refilling_keeps_the_chosen_record_and_never_another(qtbot) -> None:  # type: ignore[no-untyped-def]
    told: list[Rec | None] = []
    table: RecordTable[Rec] = RecordTable(
        ["Name"], 0, "recs", on_select=lambda: told.append(table.selected())
    )
    qtbot.addWidget(table)

    def fill(r: int, rec: Rec) -> None:
        set_row(table, r, [rec.name], record_id=rec.id)

    table.show_records([Rec(1, "a"), Rec(2, "b"), Rec(3, "c")], fill)
    assert table.select_key(2) and table.selected_key() == 2
    table.show_records([Rec(0, "z"), Rec(1, "a"), Rec(2, "b")], fill)  # moved down a row
    assert table.selected() == Rec(2, "b") and told[-1] == Rec(2, "b")
    table.show_records([Rec(0, "z"), Rec(1, "a")], fill)  # gone: nothing chosen
    assert table.selected() is None and told[-1] is None
    table.show_records([Rec(0, "z"), Rec(1, "a")], fill, keep=1)
    assert table.selected_key() == 1
    assert table.item(0, 0).text() == "z"
