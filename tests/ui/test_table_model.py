from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from ui.table_model import ID_ROLE, Column, Fetched, PagedTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class FakeService:
    """Pages of rows as a service would give them, counting the calls."""

    def __init__(self, count: int) -> None:
        self.rows = [Row(i, f"name {i:05d}") for i in range(count)]
        self.calls: list[tuple[int, int, str, bool]] = []

    def fetch(self, offset: int, limit: int, sort: str, descending: bool) -> Fetched[Row]:
        self.calls.append((offset, limit, sort, descending))
        ordered = sorted(self.rows, key=lambda r: getattr(r, sort), reverse=descending)
        return Fetched(ordered[offset : offset + limit], len(self.rows))


COLUMNS = [Column("Id", lambda r: r.id, "id", numeric=True), Column("Name", lambda r: r.name)]


def test_loads_a_page_at_a_time(qtmodeltester: ModelTester) -> None:
    service = FakeService(450)
    model = PagedTableModel(COLUMNS, service.fetch, page_size=200, sort="id")
    model.reload()
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    assert [c[0] for c in service.calls] == [0, 200, 400]
    qtmodeltester.check(model)


def test_sorting_goes_to_the_service_and_unsortable_columns_are_ignored() -> None:
    service = FakeService(5)
    model = PagedTableModel(COLUMNS, service.fetch, sort="id")
    model.reload()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert service.calls[-1][2:] == ("id", True)
    assert model.index(0, 0).data() == "4"
    calls = len(service.calls)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert len(service.calls) == calls


def test_roles_and_lookup() -> None:
    service = FakeService(3)
    model = PagedTableModel(COLUMNS, service.fetch, sort="id")
    model.reload()
    assert model.index(2, 0).data(ID_ROLE) == 2
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.row_of_id(1) == 1
    assert model.row_of_id(99) is None
    assert model.total_text == "3"


def test_shrinking_data_stops_fetching() -> None:
    service = FakeService(300)
    model = PagedTableModel(COLUMNS, service.fetch, page_size=200, sort="id")
    model.reload()
    del service.rows[150:]
    model.fetchMore()
    assert not model.canFetchMore()
    assert model.rowCount() == 200


def test_a_model_never_loaded_does_not_query_when_sorted() -> None:
    service = FakeService(5)
    model = PagedTableModel(COLUMNS, service.fetch, sort="id")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert service.calls == []
    model.reload()
    assert service.calls == [(0, 200, "id", True)]


def test_a_page_read_elsewhere_is_shown_unless_a_reload_was_asked_for_since() -> None:
    """A save's page of the list (ui.forms.saved_reads) is shown as a reload's, but not
    over a reload asked for after it was planned (a search typed meanwhile is newer)."""
    service = FakeService(5)
    model = PagedTableModel(COLUMNS, service.fetch, sort="id")
    model.reload()
    planned_at = model.reloads
    assert model.show_reloaded(planned_at, Fetched([Row(7, "saved")], 1))
    assert (model.rowCount(), model.index(0, 1).data(), model.total) == (1, "saved", 1)
    planned_at = model.reloads
    model.reload()  # asked for after the save's page was planned
    assert not model.show_reloaded(planned_at, Fetched([Row(8, "stale")], 1))
    assert model.rowCount() == 5
    planned_at = model.reloads
    model.clear()
    assert not model.show_reloaded(planned_at, Fetched([Row(8, "stale")], 1))
    assert model.rowCount() == 0
