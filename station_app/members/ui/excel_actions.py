"""What the member tab's Excel and print buttons do (the tab calls these).

    import_members(parent, context) -> ImportDialog      (connect .imported to refresh)
    import_units(parent, context) -> ImportDialog
    export_members(parent, context, member_filter) -> BackgroundTask | None
    save_member_template(parent, context) / save_unit_template(parent, context)
    print_receipt(parent, context, member_id) -> PdfBuildJob

Long work runs off the UI thread with progress and Cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from station_app.context import DeskContext
from station_app.core import clock
from station_app.members.reports import RECEIPT_TITLE, build_receipt, receipt_data
from station_app.members.reports.receipt import tr as report_tr
from station_app.members.sheets.export import export_members as export_to_file
from station_app.members.sheets.template import save_template
from station_app.members.sheets.types import MEMBERS, UNITS, ExportResult
from station_app.members.types import MemberFilter
from station_app.members.ui.import_dialog import CANCELLED_BY, ImportDialog
from station_app.widgets.background import BackgroundTask
from station_app.widgets.date_range import ask_period
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.print_action import preview_pdf
from station_app.widgets.save_path import ask_save_path

# --- import --------------------------------------------------------------------------


def _import(parent: QWidget, context: DeskContext, target: str, path: Path | None) -> ImportDialog:
    dialog = ImportDialog(context, target, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if path is not None:
        dialog.load_file(path)
    else:
        dialog.choose_file()
    return dialog


def import_members(parent: QWidget, context: DeskContext, path: Path | None = None) -> ImportDialog:
    """Opens the import dialog (and the file chooser, unless ``path`` is given)."""
    return _import(parent, context, MEMBERS, path)


def import_units(parent: QWidget, context: DeskContext, path: Path | None = None) -> ImportDialog:
    return _import(parent, context, UNITS, path)


# --- templates -----------------------------------------------------------------------


def _save_template(parent: QWidget, context: DeskContext, target: str) -> Path | None:
    name = "会员导入模板.xlsx" if target == MEMBERS else "单位导入模板.xlsx"
    path = ask_save_path(
        parent, QCoreApplication.translate("ExcelActions", "Save blank template"), name
    )
    if path is None:
        return None
    try:
        save_template(context.db, path, target)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExcelActions", "Save blank template"),
            QCoreApplication.translate(
                "ExcelActions", "The file could not be saved: {error}"
            ).format(error=exc.strerror or exc),
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ExcelActions", "Save blank template"),
        QCoreApplication.translate(
            "ExcelActions",
            "The blank template was saved as {file}. Its second sheet explains each column.",
        ).format(file=str(path)),
    )
    return path


def save_member_template(parent: QWidget, context: DeskContext) -> Path | None:
    return _save_template(parent, context, MEMBERS)


def save_unit_template(parent: QWidget, context: DeskContext) -> Path | None:
    return _save_template(parent, context, UNITS)


ASK = "ask"  # export_members: ask for the period of joining first

# --- export --------------------------------------------------------------------------


def export_members(
    parent: QWidget,
    context: DeskContext,
    member_filter: MemberFilter | None = None,
    *,
    on_done: Callable[[ExportResult], None] | None = None,
    joined: tuple[dt.date, dt.date] | str | None = ASK,
) -> BackgroundTask | None:
    """Asks whether only the members who joined in a period (unless ``joined`` says:
    ``None`` all, or the period), for a file (and, for an administrator, whether to
    include full ID numbers and mobiles), then exports in the background with a
    progress dialog."""
    title = QCoreApplication.translate("ExcelActions", "Export members")
    full = False
    if context.actor.is_admin:
        answer = QMessageBox.question(
            parent,
            title,
            QCoreApplication.translate(
                "ExcelActions",
                "Include full ID numbers and mobile numbers? Choose No for masked values "
                "(110106********123X), which is enough for most purposes. Exports with full "
                "values are recorded in the audit log.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        full = answer == QMessageBox.StandardButton.Yes
    if joined == ASK:
        today = clock.today()
        chosen = ask_period(
            parent,
            title,
            today.replace(month=1, day=1),
            today,
            limit_text=QCoreApplication.translate(
                "ExcelActions", "Only members who joined between these dates"
            ),
        )
        if chosen is None:
            return None
        joined = chosen[0]
    period = joined if isinstance(joined, tuple) else None
    if period is not None:
        member_filter = replace(
            member_filter or MemberFilter(), joined_from=period[0], joined_to=period[1]
        )
    name = f"会员名单-{clock.today():%Y%m%d}.xlsx"
    path = ask_save_path(parent, title, name)
    if path is None:
        return None
    db, actor = context.db, context.actor

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportResult:
        return export_to_file(
            db,
            actor,
            path,
            member_filter,
            full_ids=full,
            progress=progress,
            should_cancel=cancelled,
        )

    task = BackgroundTask(work, "export", cancelled_by=CANCELLED_BY)
    dialog = QProgressDialog(
        QCoreApplication.translate("ExcelActions", "Exporting members…"),
        QCoreApplication.translate("ExcelActions", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def close() -> None:
        if shiboken6.isValid(dialog) and dialog.isEnabled():
            dialog.setEnabled(False)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def progress(done: int, total: int) -> None:
        if shiboken6.isValid(dialog) and dialog.isEnabled() and not dialog.wasCanceled():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))

    def finished(result: ExportResult) -> None:
        close()
        if on_done is not None:
            on_done(result)
        if not shiboken6.isValid(parent):
            return
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(
            QCoreApplication.translate(
                "ExcelActions", "{rows} members were exported to {file}."
            ).format(rows=result.rows, file=str(result.path))
        )
        open_button = box.addButton(
            QCoreApplication.translate("ExcelActions", "Open file"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: object) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

        box.buttonClicked.connect(clicked)
        box.open()

    def failed(message: str) -> None:
        close()
        if shiboken6.isValid(parent):
            QMessageBox.warning(parent, title, message)

    task.progress.connect(progress)
    task.finished.connect(finished)
    task.failed.connect(failed)
    task.cancelled.connect(close)
    parent.destroyed.connect(task.cancel)
    task.start()
    return task


# --- the intake receipt --------------------------------------------------------------


def print_receipt(parent: QWidget, context: DeskContext, member_id: int) -> PdfBuildJob | None:
    """Reads the member now (a refusal is a warning), builds their intake receipt in the
    background and opens the print preview."""
    db, actor, station = context.db, context.actor, context.station
    return preview_pdf(
        parent,
        report_tr(RECEIPT_TITLE),
        lambda: receipt_data(db, actor, member_id, station),
        build_receipt,
    )


__all__ = [
    "export_members",
    "import_members",
    "import_units",
    "print_receipt",
    "save_member_template",
    "save_unit_template",
]
