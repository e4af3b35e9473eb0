"""PagedTable: its own row measure and shared cell styles give what reportlab's Table gives."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from station_app.core.pdf import grid_table
from station_app.core.pdf.paged import PagedTable, row_styles

WIDTHS = [40.0, 90.0, 60.0]
ROWS = [
    ["1", "张三", ""],
    ["2", "李四\n（代领：王五）", "北京鑫源物业\n管理有限公司"],
    ["3", "吉𠮷", "<A&B>"],  # a character the font lacks: the cell becomes a paragraph
    ["4", "", "一\n二\n三"],
]


def _reportlab_heights(table: PagedTable) -> list[float]:
    """The row heights of one plain reportlab Table of the same cells and commands."""
    whole = Table(table._cellvalues, colWidths=WIDTHS)
    whole.setStyle(TableStyle(table._commands))
    whole.wrap(sum(WIDTHS), 1e9)
    return list(whole._rowHeights)


def test_rows_are_measured_as_reportlab_measures_them() -> None:
    table = grid_table(
        ["序号", "姓名", "单位"], ROWS, WIDTHS, small={1, 2}, row_padding=1.5, align_right={0}
    )
    assert isinstance(table, PagedTable)
    assert table._styles is not None  # the shared styles, not reportlab's per-cell ones
    assert table._measure() == _reportlab_heights(table)


def test_each_page_table_styles_its_cells_as_the_commands_say() -> None:
    table = grid_table(["序号", "姓名", "单位"], ROWS, WIDTHS, small={1}, align_center={2})
    page, _rest = table.split(sum(WIDTHS), 80)  # two rows on this page
    assert len(page._cellvalues) == 3
    expected = Table(page._cellvalues, colWidths=WIDTHS)
    expected.setStyle(TableStyle(table._commands))
    assert _looks(page) == _looks(expected)


def _looks(table: Table) -> list[list[dict[str, object]]]:
    """Each cell's style, all but its name."""
    first = table._cellStyles[0][0]
    names = [
        n for n in dir(first) if n[0] != "_" and n != "name" and not callable(getattr(first, n))
    ]
    return [[{n: getattr(s, n) for n in names} for s in row] for row in table._cellStyles]


def test_a_command_for_one_row_keeps_reportlab_styling_each_cell() -> None:
    commands = [("FONTSIZE", (0, 0), (-1, -1), 9), ("TEXTCOLOR", (0, 2), (-1, 2), colors.red)]
    assert row_styles(commands, 3) is None
    table = PagedTable([["a", "b", "c"], *ROWS], WIDTHS, commands)
    assert table._measure() == _reportlab_heights(table)
    page = table._table(table._cellvalues[1:], table._measure())
    assert page._cellStyles[2][0].color == colors.red
    assert page._cellStyles[1][0].color != colors.red
