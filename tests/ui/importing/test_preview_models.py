from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.importing.jobs import BatchRow
from app.importing.matching import Match
from app.importing.plan import (
    Conflict,
    Decision,
    ImportOptions,
    Preview,
    RowPlan,
    RowProblem,
    RowStatus,
)
from app.importing.plan_store import PlanStore
from ui.importing.history_dialog import BatchesModel
from ui.importing.preview_models import (
    ConflictsModel,
    DuplicatesModel,
    PreviewRowsModel,
    ProblemsModel,
    conflicts_of,
    what_happens,
)
from ui.importing.preview_page import PreviewPage


def _plans() -> list[RowPlan]:
    new = RowPlan("Hoja1", 2, RowStatus.CREATE, {"supplier.name": "Uno", "contact.name": "Ana"})
    update = RowPlan(
        "Hoja1",
        3,
        RowStatus.UPDATE,
        {"supplier.name": "Dos"},
        supplier_id=7,
        fills={"supplier.email": "a@dos.cl"},
        conflicts=[Conflict("supplier.city", "City", "Talca", "Curicó")],
    )
    duplicate = RowPlan(
        "Hoja1",
        4,
        RowStatus.DUPLICATE,
        {"supplier.name": "Agricola Sta Rosa"},
        match=Match("fuzzy", 91.0, 9, None, "Agrícola Santa Rosa"),
        supplier_id=9,
    )
    in_file = RowPlan(
        "Hoja1",
        5,
        RowStatus.DUPLICATE,
        {"supplier.name": "Uno Ltda"},
        match=Match("fuzzy", 88.0, None, 2, "Uno"),
        merged_into=2,
    )
    error = RowPlan(
        "Hoja1",
        6,
        RowStatus.ERROR,
        {"supplier.name": "Tres"},
        problems=[RowProblem(6, "País", "Atlantis", "unknown country", "Hoja1")],
    )
    return [new, update, duplicate, in_file, error]


def test_each_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    plans = _plans()
    rows = PreviewRowsModel(plans)
    qtmodeltester.check(rows)
    rows.set_filter(RowStatus.DUPLICATE)
    qtmodeltester.check(rows)
    problems = ProblemsModel([p for r in plans for p in r.problems])
    qtmodeltester.check(problems)
    duplicates = DuplicatesModel([r for r in plans if r.status == RowStatus.DUPLICATE])
    qtmodeltester.check(duplicates)
    conflicts = ConflictsModel(conflicts_of(plans))
    qtmodeltester.check(conflicts)
    history = BatchesModel(
        [BatchRow(1, "a.csv", "suppliers", None, "committed", 1, 0, 0, 0, 0, 1, "")]
    )
    qtmodeltester.check(history)


def test_the_rows_say_what_happens() -> None:
    new, update, duplicate, in_file, error = _plans()
    assert what_happens(new) == "New supplier with contact Ana"
    assert what_happens(update) == "Fills Email; 1 different value kept as recorded"
    update.take_new.add("supplier.city")
    assert what_happens(update) == "Fills Email; replaces City"
    update.take_new.clear()
    update.merged_into = 3  # the same supplier as an earlier row of the file
    assert what_happens(update) == (
        "Same supplier as row 3: fills Email; 1 different value kept as in row 3"
    )
    assert what_happens(duplicate) == "Looks like “Agrícola Santa Rosa” (91% alike): Skip"
    assert what_happens(in_file) == "Looks like “Uno” (88% alike): Skip"
    assert what_happens(error) == "País: unknown country"
    model = PreviewRowsModel(_plans())
    model.set_filter(RowStatus.ERROR)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == 6
    assert model.index(0, 1).data() == "Error"
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c0392b"


def test_a_decision_and_a_chosen_value_go_into_the_plans() -> None:
    plans = _plans()
    duplicates = DuplicatesModel([r for r in plans if r.status == RowStatus.DUPLICATE])
    recorded, in_file = duplicates.plans
    merge = Decision.MERGE.value
    assert duplicates.setData(duplicates.index(0, DuplicatesModel.DECISION), merge)
    assert recorded.decision == Decision.MERGE
    # An earlier row of the file can take the row's values too.
    assert [d for d, _ in duplicates.choices(in_file)] == [
        Decision.SKIP,
        Decision.CREATE,
        Decision.MERGE,
    ]
    assert duplicates.setData(duplicates.index(1, DuplicatesModel.DECISION), merge)
    assert in_file.decision == Decision.MERGE
    assert not duplicates.setData(duplicates.index(1, 1), Decision.CREATE.value)
    duplicates.decide_all(Decision.CREATE)
    assert [p.decision for p in duplicates.plans] == [Decision.CREATE, Decision.CREATE]
    duplicates.decide_all(Decision.MERGE)
    assert [p.decision for p in duplicates.plans] == [Decision.MERGE, Decision.MERGE]

    conflicts = ConflictsModel(conflicts_of(plans))
    assert conflicts.rowCount() == 1
    use = conflicts.index(0, ConflictsModel.USE)
    assert use.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert conflicts.setData(use, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert plans[1].take_new == {"supplier.city"}
    assert conflicts.setData(use, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert plans[1].take_new == set()


@pytest.mark.slow  # building 100,000 plans takes a few seconds; the page itself is fast
def test_a_hundred_thousand_rows_show_and_filter_quickly(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    statuses = list(RowStatus)
    rows = [
        RowPlan(
            "Hoja1",
            number + 2,
            statuses[number % len(statuses)],
            {"supplier.name": f"Proveedor {number}", "supplier.country": "CL"},
            problems=[RowProblem(number + 2, "País", "?", "unknown country")]
            if statuses[number % len(statuses)] == RowStatus.ERROR
            else [],
        )
        for number in range(100_000)
    ]
    preview = Preview(
        path=tmp_path / "big.xlsx",
        kind="xlsx",
        sha256="",
        options=ImportOptions(),
        sheets=["Hoja1"],
        headers=["Nombre", "País"],
        choices=[],
        rows=PlanStore.of(rows),
    )
    page = PreviewPage(settings)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    started = time.perf_counter()
    page.show_preview(preview)
    qtbot.wait(1)
    shown = time.perf_counter() - started
    assert page.rows_model.rowCount() == 100_000
    assert page.filter_buttons[RowStatus.ERROR].text() == "Errors  20,000"
    started = time.perf_counter()
    page.show_status(RowStatus.DUPLICATE)
    qtbot.wait(1)
    filtered = time.perf_counter() - started
    assert page.rows_model.rowCount() == 20_000
    started = time.perf_counter()
    bar = page.rows_table.verticalScrollBar()
    page.show_status(None)
    for step in range(0, bar.maximum(), max(bar.maximum() // 50, 1)):
        bar.setValue(step)
        page.rows_table.viewport().repaint()
    scrolled = time.perf_counter() - started
    # Generous bounds for a shared test machine; measured: see the report.
    assert shown < 2.0, shown
    assert filtered < 1.0, filtered
    assert scrolled < 3.0, scrolled
