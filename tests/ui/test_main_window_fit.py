"""The window opens to fit the screen it is on and remembers its place per screen; New,
Save and Archive are off where there is no record form; Del says what it archived and
offers Undo (issue 14 points 6, 15, 16)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from pytestqt.qtbot import QtBot

from app.services.suppliers import create_supplier, get_supplier
from app.store.database import Database
from tests.ui.waiting import settle
from ui.main_window import MainWindow, first_geometry, screen_key


def test_first_geometry_fits_the_screen() -> None:
    small, maximised = first_geometry(QRect(0, 0, 1280, 680))  # 1280x720 less the panel
    assert maximised
    assert small == QRect(0, 0, 1280, 680)
    large, maximised = first_geometry(QRect(0, 0, 1920, 1040))
    assert not maximised
    assert QRect(0, 0, 1920, 1040).contains(large)
    assert large.width() >= 1600
    assert large.height() >= 900


def test_window_opens_within_the_screen_and_remembers_per_screen(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.isMaximized() or available.contains(window.geometry())
    window.show()
    settle()
    qtbot.waitExposed(window)
    settle()
    window.showNormal()
    window.setGeometry(QRect(available.x() + 10, available.y() + 20, 790, 500))
    window.close()
    assert settings.value(screen_key(window)) is not None
    again = MainWindow(database, settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(790, 500)
    # a remembered size that does not fit the screen any more is not restored
    again.setGeometry(QRect(0, 0, available.width() + 400, available.height() + 300))
    again.close()
    third = MainWindow(database, settings)
    qtbot.addWidget(third)
    assert third.isMaximized() or available.contains(third.geometry())


def test_new_save_archive_are_off_where_there_is_no_form(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    actions = (window.new_action, window.save_action, window.archive_action)
    for number, kind, expected in (
        (0, "dashboard", False),
        (1, "supplier", True),
        (5, "followups", False),
        (2, "negotiation", True),
    ):
        window.show_view(number)
        settle()
        assert window.current.kind == kind
        assert [a.isEnabled() for a in actions] == [expected] * 3, kind
    window.show_view(4)  # contacts: a form, nothing to archive
    assert [a.isEnabled() for a in actions] == [True, True, False]


def test_archiving_says_so_marks_the_form_and_can_be_undone(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    with database.transaction() as session:
        supplier_id = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"}).id
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    settle()
    qtbot.waitExposed(window)
    settle()
    window.show_view(1)
    settle()
    view = window.current
    view.select(supplier_id)
    settle()
    qtbot.waitUntil(lambda: view.form.record_id == supplier_id)
    view.table.setFocus()
    window.archive_action.trigger()
    settle()
    with database.transaction() as session:
        assert get_supplier(session, supplier_id).is_archived
    notice = window.archive_notice
    assert notice.isVisible()
    assert notice.label.text() == "Archived Frutícola Ñuble SpA"
    assert notice.undo_button.text() == "Undo"
    assert "(archived)" in view.form.title.text()
    notice.undo_button.click()
    settle()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Restored")  # off the UI thread
    with database.transaction() as session:
        assert not get_supplier(session, supplier_id).is_archived
    assert not notice.isVisible()
    assert "(archived)" not in view.form.title.text()
    assert view.archive_button.text() == "Archive"
    # the form's own Archive button gives the same notice
    view.archive_button.click()
    settle()
    assert notice.isVisible()
    notice.timer.timeout.emit()  # the few seconds are up
    assert not notice.isVisible()
