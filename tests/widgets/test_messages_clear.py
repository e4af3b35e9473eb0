"""A page's message about what was done goes when the context changes (another
record, another tab), stays while the same record is shown again; a refusal under a
field goes when the desk edits that field."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from station_app.core.errors import ValidationError
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.list_page import ListPage, set_row


@dataclass(frozen=True)
class Rec:
    id: int
    name: str


def _page(qtbot):  # type: ignore[no-untyped-def]
    page = ListPage()
    table = page.record_table(["Name"], 0, "records", parent=page)
    page.result_line("result", "color: green;", "color: red;")
    qtbot.addWidget(page)
    records = [Rec(1, "一"), Rec(2, "二")]
    table.show_records(records, lambda r, rec: set_row(table, r, [rec.name]))
    return page, table, records


def test_another_record_clears_the_line_the_same_record_keeps_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    page, table, records = _page(qtbot)
    table.select_key(1)
    page.say("Opened 一.")
    assert not page.result_label.isHidden()
    table.show_records(records, lambda r, rec: set_row(table, r, [rec.name]))  # read again
    assert not page.result_label.isHidden() and page.result_label.text() == "Opened 一."
    table.select_key(2)
    assert page.result_label.isHidden() and page.result_label.text() == ""


def test_another_tab_clears_the_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    page, table, _records = _page(qtbot)
    page.show()
    table.select_key(1)
    page.say("Refused.", ok=False)
    page.hide()
    assert page.result_label.isHidden()


def test_a_refusal_under_a_field_goes_when_the_field_is_edited(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    form = QFormLayout(owner)
    edit = QLineEdit()
    errors = FormErrors(form)
    errors.add_field("name", "Name", edit)
    errors.show(ValidationError("A name is needed.", field="name"))
    assert errors.text("name")
    edit.setText("set by the form")  # not the desk's edit: the sentence stays
    assert errors.text("name")
    qtbot.keyClick(edit, "a")
    assert errors.text("name") == ""
