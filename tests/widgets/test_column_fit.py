"""Column widths follow the content: names and titles whole, the stretching column
takes the spare room, the other columns give way when the list is too wide."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.widgets.batched_table import list_view
from station_app.widgets.column_fit import fitted
from station_app.widgets.list_page import item_table
from station_app.widgets.table_model import ListTableModel, column


def test_room_to_spare_goes_to_the_stretching_column() -> None:
    assert fitted([50, 80, 60], [30, 30, 30], {0}, 2, 300) == [50, 80, 170]


def test_too_wide_cuts_the_widest_others_first_and_keeps_the_name() -> None:
    widths = fitted([120, 300, 60, 200], [40, 40, 40, 40], {0}, 3, 400)
    assert widths[0] == 120 and widths[2] == 60  # the name whole; a short column untouched
    assert widths[1] == widths[3] == 110  # the two wide ones cut to the same width
    assert sum(widths) == 400


def test_never_below_the_header_then_the_table_scrolls() -> None:
    assert fitted([100, 300, 300], [40, 90, 90], {0}, None, 200) == [100, 90, 90]


def test_a_title_takes_at_most_half() -> None:
    assert fitted([900, 100], [40, 40], {0}, 0, 400)[0] == 200


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    state: str


def test_a_name_is_not_cut_while_a_long_state_fills_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    model: ListTableModel[Person] = ListTableModel(
        [
            column("Name", "name", "欧阳", whole=True),
            column("State", "state", "on the list", stretch=True),
        ]
    )
    model.set_rows([Person(1, "欧阳思远远远", "Not eligible: " + "left the union, " * 12)])
    view = list_view(model, "", "people")
    qtbot.addWidget(view)
    view.resize(360, 200)
    view.show()
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= view.sizeHintForColumn(0))
    qtbot.waitUntil(
        lambda: header.sectionSize(0) + header.sectionSize(1) == view.viewport().width()
    )


def test_a_list_filled_by_hand_keeps_its_title_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableWidgetItem

    table = item_table(["Title", "Team", "Filled"], 0, "t")
    qtbot.addWidget(table)
    table.setRowCount(1)
    for col, text in enumerate(
        ["社区公园清洁行动（春季）", "太平桥西里社区工会志愿者服务分队" * 2, "3/4"]
    ):
        table.setItem(0, col, QTableWidgetItem(text))
    table.resize(420, 200)
    table.show()
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= table.sizeHintForColumn(0))
    assert header.sectionSize(1) < table.sizeHintForColumn(1)  # the team gave way


class CountingModel(ListTableModel[Person]):
    """Remembers the rows the view asked about."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.rows_read: set[int] = set()

    def data(self, index, role=0):  # type: ignore[no-untyped-def,override]
        self.rows_read.add(index.row())
        return super().data(index, role)


def test_a_long_list_is_fitted_from_its_first_rows_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Qt reads 1,000 rows a column by default: the members list's first fit read
    # 17,000 cells before the window showed (issue 17).
    from station_app.widgets.column_fit import FIT_ROWS

    model = CountingModel([column("Name", "name", "欧阳", whole=True), column("State", "state")])
    model.set_rows([Person(n, f"会员{n}", "在册") for n in range(5_000)])
    view = list_view(model, "", "people")
    qtbot.addWidget(view)
    view.resize(360, 300)
    view.show()
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) >= view.sizeHintForColumn(0))
    assert model.rows_read and max(model.rows_read) < 2 * FIT_ROWS


def test_widths_measured_from_the_texts_are_qts(qtbot) -> None:  # type: ignore[no-untyped-def]
    # content_width sizes only the widest texts through the delegate: it must answer
    # what sizeHintForColumn answers, whichever rows Qt reads (issue 17).
    from PySide6.QtWidgets import QTableView

    from station_app.widgets.batched_table import DeskTableView
    from station_app.widgets.column_fit import content_width, rows_read

    texts = [
        "欧阳思远远",
        "Li Lei",
        "1234567890",
        "trailing   ",
        "two\nlines",
        "",
        "a\tb",
        "abcd\xad",
    ]
    model: ListTableModel[Person] = ListTableModel(
        [column("Name", "name"), column("State", "state", stretch=True)]
    )
    model.set_rows(
        [Person(n, texts[n % len(texts)] * (1 + n % 5), f"{n * 7919 % 1000}") for n in range(600)]
    )

    def same(view: QTableView) -> None:
        for precision in (100, 0, -1, 7):
            view.horizontalHeader().setResizeContentsPrecision(precision)
            qt = [view.sizeHintForColumn(c) for c in range(2)]
            assert [content_width(view, c) for c in range(2)] == qt
            assert len(rows_read(view)) == len(set(rows_read(view)))

    for view in (DeskTableView(), QTableView()):
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(400, 300)
        for row in (3, 250, 251, 420):
            view.setRowHidden(row, True)

        same(view)  # hidden: every row is "in view"
        view.show()
        qtbot.waitExposed(view)
        same(view)
        view.scrollTo(model.index(300, 0))
        same(view)
        view.verticalHeader().moveSection(10, 0)
        view.scrollToTop()
        same(view)


def test_a_soft_hyphen_is_sized_as_qt_sizes_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    # At the end of a line it draws a hyphen the text's advance does not count.
    from station_app.widgets.batched_table import DeskTableView
    from station_app.widgets.column_fit import content_width

    model: ListTableModel[Person] = ListTableModel([column("Name", "name")])
    model.set_rows([Person(0, "abcd\xad", ""), Person(1, "abcdi", "")])
    view = DeskTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert content_width(view, 0) == view.sizeHintForColumn(0)
