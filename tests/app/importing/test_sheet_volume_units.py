"""A supplier sheet's volume written with its unit ('2.500 t', '1.200,5 kg', '3
contenedores'): read as a number and a unit, the cell's unit before the header's, the
decimal mark decided (or '2.500' alone refused as ambiguous) as every number's is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.importing.cleaning import CellError, CleanOptions, ColumnCleaner
from app.importing.commit import commit_preview
from app.importing.preview import build_preview
from app.importing.supplier_offers import settle_offer
from models import Offer, Unit

CELLS = ["2.500 t", "1.200,5 kg", "3 contenedores", "20吨", "4", 12.5, "-"]


def test_a_volume_cell_reads_its_number_and_unit() -> None:
    cleaner = ColumnCleaner("quantity", CELLS, CleanOptions())
    assert cleaner.decimal == "comma"  # '1.200,5' gives the column's mark away
    assert [cleaner.clean(c) for c in CELLS] == [
        (Decimal("2500"), Unit.T),
        (Decimal("1200.5"), Unit.KG),
        (Decimal("3"), Unit.CONTAINER),
        (Decimal("20"), Unit.T),
        (Decimal("4"), None),
        (Decimal("12.5"), None),
        None,
    ]


def test_an_ambiguous_volume_stays_refused_and_an_unknown_unit_is_named() -> None:
    cleaner = ColumnCleaner("quantity", ["2.500 t"], CleanOptions())
    with pytest.raises(CellError) as ambiguous:
        cleaner.clean("2.500 t")
    assert ambiguous.value.ambiguous
    assert "decimal mark" in str(ambiguous.value)
    chosen = ColumnCleaner("quantity", ["2.500 t"], CleanOptions(decimal="point"))
    assert chosen.clean("2.500 t") == (Decimal("2.5"), Unit.T)
    with pytest.raises(CellError, match="'bananas' is not a unit"):
        cleaner.clean("5 bananas")


def test_the_cells_unit_overrides_the_headers() -> None:
    headers = {"offer.price": "Precio USD/kg", "offer.volume": "Volumen anual (t)"}
    values: dict[str, object] = {
        "offer.price": (Decimal("2"), None),
        "offer.volume": (Decimal("3"), Unit.CONTAINER),
        "supplier.products": ("Palta",),
    }
    assert settle_offer(values, headers) == []
    assert (values["offer.volume"], values["offer.volume_unit"]) == (Decimal("3"), Unit.CONTAINER)
    bare: dict[str, object] = {**values, "offer.volume": (Decimal("800"), None)}
    del bare["offer.volume_unit"]
    settle_offer(bare, headers)
    assert (bare["offer.volume"], bare["offer.volume_unit"]) == (Decimal("800"), Unit.T)


def test_a_sheet_with_units_in_its_volume_cells_makes_offers_in_those_units(
    session: Session, tmp_path: Path
) -> None:
    sheet = (
        "Razón social;País;Productos;Precio FOB USD/kg;Volumen anual (t)\n"
        "Agrícola Los Álamos SA de CV;México;Aguacate Hass;2,45;1.200,5 kg\n"
        "Frutas del Valle SA;México;Limón persa;1,10;3 contenedores\n"
        "Huerta Sur SA;México;Limón persa;1,20;800\n"
    )
    path = tmp_path / "proveedores.csv"
    path.write_bytes(sheet.encode("utf-8"))
    preview = build_preview(session, path)
    assert preview.warnings == []
    commit_preview(session, preview)
    rows = session.execute(select(Offer.volume, Offer.volume_unit).order_by(Offer.id)).all()
    assert [tuple(r) for r in rows] == [
        (Decimal("1200.5"), Unit.KG),
        (Decimal("3"), Unit.CONTAINER),
        (Decimal("800"), Unit.T),  # no unit in the cell: the header's
    ]


def test_an_ambiguous_volume_with_its_unit_is_flagged_as_elsewhere(
    session: Session, tmp_path: Path
) -> None:
    sheet = (
        "Razón social;País;Productos;Precio USD/kg;Volumen\n"
        "Agrícola Los Álamos SA de CV;México;Aguacate Hass;2;2.500 t\n"
    )
    path = tmp_path / "proveedores.csv"
    path.write_bytes(sheet.encode("utf-8"))
    (row,) = build_preview(session, path).rows
    problems = [*row.problems, *row.warnings]
    assert any("could be 2.5 or 2500" in p.message for p in problems)
    assert session.scalar(select(func.count()).select_from(Offer)) == 0
