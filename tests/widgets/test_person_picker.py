"""The shared picker: matches from the feature's search, a choice kept until the text
changes, Down listing everything only where the feature asks for it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station_app.widgets.person_picker import Match, PersonPicker

PEOPLE = [(1, "张秀英"), (2, "张伟"), (3, "李娜")]


def search(query: str, limit: int) -> list[Match]:
    return [Match(i, f"{n}（{i}）", f"{n}    #{i}") for i, n in PEOPLE if query in n][:limit]


def test_typing_lists_matches_and_a_choice_holds_until_edited(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = PersonPicker(search)
    qtbot.addWidget(picker)
    picker.show()
    chosen: list[object] = []
    picker.chosen.connect(chosen.append)
    picker.search_now("张")
    assert picker.matches() == [(1, "张秀英（1）"), (2, "张伟（2）")]
    assert picker.choose_first_match()
    assert (picker.chosen_id(), picker.text(), chosen) == (1, "张秀英（1）", [1])
    assert not picker.has_unchosen_text()
    picker.setText("张秀")
    assert picker.chosen_id() is None and chosen == [1, None]
    assert picker.has_unchosen_text()


def test_down_on_an_empty_box_lists_all_only_when_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    for list_all, expected in ((False, []), (True, [1, 2, 3])):
        picker = PersonPicker(lambda q, n: search(q, n), list_all=list_all)
        qtbot.addWidget(picker)
        picker.show()
        picker.setFocus()
        qtbot.waitUntil(picker.hasFocus)
        qtbot.keyClick(picker, Qt.Key.Key_Down)
        assert [i for i, _ in picker.matches()] == expected


def test_esc_is_left_to_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = PersonPicker(search)
    qtbot.addWidget(picker)
    picker.set_chosen(3, "李娜（3）")
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    assert picker.chosen_id() == 3 and picker.text() == "李娜（3）"


def _open(qtbot, picker: PersonPicker, text: str):  # type: ignore[no-untyped-def]
    picker.show()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    picker.setText(text)  # searched after the pause in typing
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    return popup


def test_type_down_enter_takes_the_first_match_and_down_again_the_next(qtbot) -> None:  # type: ignore[no-untyped-def]
    for downs, expected in ((0, 1), (1, 1), (2, 2)):
        picker = PersonPicker(search)
        qtbot.addWidget(picker)
        popup = _open(qtbot, picker, "张")
        for _ in range(downs):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert picker.chosen_id() == expected, downs


def test_a_match_that_cannot_be_taken_is_listed_but_skipped(qtbot) -> None:  # type: ignore[no-untyped-def]
    def some_taken(query: str, limit: int) -> list[Match]:
        return [Match(m.id, m.chosen, m.line, enabled=m.id != 1) for m in search(query, limit)]

    picker = PersonPicker(some_taken)
    qtbot.addWidget(picker)
    popup = _open(qtbot, picker, "张")
    assert picker.match_lines() == ["张秀英    #1", "张伟    #2"]
    assert popup.currentIndex().row() == 1  # the first that can be taken
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.chosen_id() == 2
    picker.search_now("张秀")
    assert not picker.choose_first_match() and picker.chosen_id() is None
