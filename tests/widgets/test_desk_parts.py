"""The small widgets made in one call, and choosing a desk table's record by its id."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from station_app.widgets.batched_table import list_view
from station_app.widgets.chosen_row import choose_record, current_record, current_record_id
from station_app.widgets.desk_parts import (
    arrow_button,
    column_widths,
    label,
    menu_button,
    named,
    notes_box,
    row_panel,
    spin_box,
)
from station_app.widgets.layout import STRETCH
from station_app.widgets.list_page import item_table
from station_app.widgets.table_model import ListTableModel, column


def test_a_label_takes_its_name_style_wrap_and_stays_hidden_until_told(qtbot) -> None:  # type: ignore[no-untyped-def]
    plain = label("Hello")
    notice = label(name="notice", style="color: red;", wrap=True, hidden=True)
    holder = row_panel(plain, notice)
    qtbot.addWidget(holder)
    holder.show()
    assert (plain.text(), plain.objectName(), plain.styleSheet()) == ("Hello", "", "")
    assert not plain.wordWrap() and plain.isVisible()
    assert notice.objectName() == "notice" and notice.styleSheet() == "color: red;"
    assert notice.wordWrap() and not notice.isVisible()


def test_a_row_panel_lays_its_items_left_to_right_without_margins(qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = named(QLineEdit(), "first"), QLabel("second")
    row = row_panel(first, 12, (second, 1), STRETCH)
    qtbot.addWidget(row)
    layout = row.layout()
    assert layout.contentsMargins().left() == layout.contentsMargins().right() == 0
    assert first.parent() is row and second.parent() is row
    assert layout.itemAt(0).widget() is first and layout.itemAt(2).widget() is second
    assert layout.stretch(2) == 1
    assert row.findChild(QLineEdit, "first") is first


def test_spin_box_notes_box_and_arrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = spin_box("minutes", 0, 1000, 30, prefix="every ", suffix=" min", step=5)
    qtbot.addWidget(box)
    assert (box.objectName(), box.minimum(), box.maximum(), box.value()) == (
        "minutes",
        0,
        1000,
        30,
    )
    assert (box.prefix(), box.suffix(), box.singleStep()) == ("every ", " min", 5)
    clamped = spin_box("year", 2000, 2100, 1990)
    qtbot.addWidget(clamped)
    assert clamped.value() == 2000 and clamped.prefix() == ""

    notes = notes_box("notes", 56)
    qtbot.addWidget(notes)
    assert notes.objectName() == "notes" and notes.tabChangesFocus() and notes.height() == 56

    pressed: list[int] = []
    arrow = arrow_button(
        QStyle.StandardPixmap.SP_ArrowLeft, lambda: pressed.append(1), name="back", tip="Back"
    )
    qtbot.addWidget(arrow)
    arrow.click()
    assert pressed == [1] and arrow.toolTip() == "Back" and arrow.width() == 36
    assert not arrow.icon().isNull() and arrow.text() == ""


def test_menu_button_opens_its_menu_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    button, menu = menu_button("&Print", "print_menu", owner)
    qtbot.addWidget(button)
    assert button.objectName() == "print_menu" and button.text() == "&Print"
    assert button.menu() is menu and menu.parent() is owner
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup


def test_column_widths_fix_some_columns_and_leave_the_stretching_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = column_widths(item_table(["A", "B", "C"], 1, "t"), {0: 110, 2: 80})
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    table.resize(500, 200)
    table.show()
    qtbot.waitUntil(lambda: header.sectionSize(1) > 200)  # the fit ran: B takes the rest
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert (header.sectionSize(0), header.sectionSize(2)) == (110, 80)
    assert sum(header.sectionSize(i) for i in range(3)) == table.viewport().width()


@dataclass(frozen=True)
class Rec:
    id: int
    name: str


def _view(qtbot, rows: list[Rec]):  # type: ignore[no-untyped-def]
    model: ListTableModel[Rec] = ListTableModel([column("Name", "name")])
    view = list_view(model, "", "recs")
    qtbot.addWidget(view)
    model.setParent(view)
    model.set_rows(rows)
    return view, model


def test_choose_record_by_id_or_a_fallback_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, model = _view(qtbot, [Rec(5, "a"), Rec(7, "b"), Rec(9, "c")])
    assert current_record(view) is None and current_record_id(view) is None
    assert choose_record(view, 7)
    assert current_record(view) == Rec(7, "b") and current_record_id(view) == 7
    assert view.selectionModel().isRowSelected(1)
    model.set_rows([Rec(1, "z"), Rec(5, "a")])  # 7 is gone
    assert not choose_record(view, 7)
    assert choose_record(view, 7, 0) and current_record_id(view) == 1
    assert choose_record(view, None, 1) and current_record(view) == Rec(5, "a")
    model.set_rows([])
    assert not choose_record(view, None, 0) and current_record(view) is None
    assert not choose_record(view, 5, -1)
    assert not view.currentIndex().isValid() and not view.selectionModel().hasSelection()
