"""The shared page and dialog bases: the tab host, a list page filled by hand, the form
dialog and the background-task dialog, on real widgets."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from station_app.core.errors import ValidationError
from station_app.widgets.dialogs import attempt
from station_app.widgets.form_dialog import FormDialog, RecordDialog
from station_app.widgets.list_page import ListPage, set_row
from station_app.widgets.tab_host import TabHost
from station_app.widgets.task_dialog import TaskDialog


@dataclass
class Rec:
    id: int
    name: str


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def focus_search(self) -> None:
        self.calls.append("search")

    def shutdown(self) -> None:
        self.calls.append("shutdown")


class FirstPage(Page):
    def focus_first(self) -> None:
        self.calls.append("first")


class Host(TabHost):
    def focus_search(self) -> None:  # as the welfare tab: Ctrl+F goes to the first page
        self.pages.setCurrentIndex(0)
        super().focus_search()


def test_tab_host_hands_focus_and_closing_to_the_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = Host(None, "pages", margins=6)  # type: ignore[arg-type]
    qtbot.addWidget(host)
    plain = host.add_page(Page(), "Plain")
    first = host.add_page(FirstPage(), "First")
    bare = host.add_page(QWidget(), "Bare")
    assert host.pages.objectName() == "pages" and host.body.contentsMargins().left() == 6

    host.pages.setCurrentWidget(first)
    host.focus_first()
    assert first.calls == ["first"]
    # Shown without a focus_first: the page's own search, never the host's Ctrl+F
    # (which would switch pages).
    host.pages.setCurrentWidget(plain)
    host.focus_first()
    assert plain.calls == ["search"] and host.page() is plain
    host.pages.setCurrentWidget(bare)
    host.focus_first()  # nothing to focus: nothing happens
    assert host.page() is bare

    host.close()
    assert plain.calls[-1] == "shutdown" and first.calls[-1] == "shutdown"


class Records(ListPage):
    def __init__(self) -> None:
        super().__init__()
        self.rows = [Rec(1, "a"), Rec(2, "b")]
        self.table = self.record_table(["Name"], 0, "recs")
        self.result_line("result", "color: green;", "color: red;")
        self.chosen: list[Rec | None] = []
        self.refresh()

    def refresh(self) -> None:
        self.table.show_records(
            self.rows, lambda r, rec: set_row(self.table, r, [rec.name], record_id=rec.id)
        )

    def selection_changed(self) -> None:
        self.chosen.append(self.selected_row())


def test_a_short_list_page_keeps_the_changed_record_and_tells_the_tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = Records()
    qtbot.addWidget(page)
    assert page.search is None and page.count_text() == ""
    page.focus_search()  # no search box: nothing to do
    assert page.select_record(2) and page.chosen[-1] == Rec(2, "b")

    page.rows = [Rec(3, "c"), *page.rows]
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.after_change(3)
    assert page.selected_row() == Rec(3, "c")

    page.say("Refused.", ok=False)
    assert page.result_label is not None and not page.result_label.isHidden()
    assert page.result_label.text() == "Refused." and "red" in page.result_label.styleSheet()
    page.say("Done.")
    assert "green" in page.result_label.styleSheet()


class NameDialog(RecordDialog):
    TITLES = ("New thing", "Edit thing")

    def __init__(self, record_id: int | None = None) -> None:
        super().__init__(None, record_id)  # type: ignore[arg-type]
        self.name = self.field("name", "Name", QLineEdit(), named=True)
        self.note = self.field("note", "Note", QLineEdit())
        self.saved: list[str] = []
        self.lay_out(QWidget())

    def add_record(self) -> int:
        if not self.name.text().strip():
            raise ValidationError("A name, please.", field="name")
        self.saved.append(self.name.text())
        return 7

    def change_record(self, record_id: int) -> None:
        self.saved.append(f"{record_id}:{self.name.text()}")

    def refused(self, error: Any) -> None:
        self.focus_field(error)


def test_a_form_dialog_shows_a_refusal_beside_its_field_and_stays_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "New thing" and dialog.fields == [dialog.name, dialog.note]
    assert dialog.name.objectName() == "name" and dialog.note.objectName() == ""

    assert not dialog.save()
    assert dialog.errors.text("name") == "A name, please." and dialog.isVisible()
    assert dialog.saved_id is None and dialog.focusWidget() is dialog.name

    dialog.name.setText("Wang")
    assert dialog.save()
    assert dialog.saved_id == 7 and dialog.errors.text("name") == "" and not dialog.isVisible()

    edit = NameDialog(5)
    qtbot.addWidget(edit)
    edit.name.setText("Li")
    assert edit.windowTitle() == "Edit thing" and edit.save()
    assert edit.saved == ["5:Li"] and edit.saved_id == 5


class Worker(TaskDialog):
    def __init__(self) -> None:
        super().__init__()
        self.go = QLineEdit()
        self.idle_only(self.go, None)
        self.outcome: list[object] = []

    def task_finished(self, result: object) -> None:
        self.outcome.append(result)

    def task_failed(self, message: str) -> None:
        self.outcome.append(message)


def test_a_task_dialog_waits_for_its_task_and_hears_the_outcome(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = Worker()
    qtbot.addWidget(dialog)
    dialog.show()
    release = threading.Event()

    def work(progress, _should_cancel):  # type: ignore[no-untyped-def]
        progress(1, 2)
        release.wait(10)
        return "done"

    dialog.run_task(work, "test-task")
    assert dialog.is_busy() and not dialog.go.isEnabled() and dialog.progress.isVisible()
    dialog.reject()  # Esc while the task runs: the dialog stays
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.outcome == ["done"], timeout=10_000)
    assert not dialog.is_busy() and dialog.go.isEnabled() and not dialog.progress.isVisible()

    def broken(_progress, _should_cancel):  # type: ignore[no-untyped-def]
        raise ValidationError("No room on the disk.")

    dialog.run_task(broken, "test-task")
    qtbot.waitUntil(lambda: len(dialog.outcome) == 2, timeout=10_000)
    assert dialog.outcome[1] == "No room on the disk."
    dialog.reject()
    assert not dialog.isVisible()


def test_attempt_says_a_refusal_and_reports_whether_the_use_case_went_through(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: said.append((title, text))
    )

    def refuse() -> None:
        raise ValidationError("Not today.")

    assert attempt(None, "Operators", lambda: None)
    assert not attempt(None, "Operators", refuse)
    assert said == [("Operators", "Not today.")]


def test_a_form_dialog_without_a_record(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Ask(FormDialog):
        def __init__(self) -> None:
            super().__init__(None)  # type: ignore[arg-type]
            self.answer = self.field("answer", "Answer", QLineEdit())
            self.lay_out(QWidget(), above=[QLineEdit("above")])

        def write(self) -> None:
            if self.answer.text() != "42":
                raise ValidationError("Think again.", field="answer")

    dialog = Ask()
    qtbot.addWidget(dialog)
    assert not dialog.save() and dialog.errors.text("answer") == "Think again."
    dialog.answer.setText("42")
    assert dialog.save() and dialog.errors.text("answer") == ""
