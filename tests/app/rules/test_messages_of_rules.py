"""The rules' words for people are translatable Messages whose English is unchanged
(issue 17): field reasons, their labels inside FieldError, warnings, hints, flags and
the landed-cost lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.errors import ValidationError, reason
from app.messages import Message, translate
from app.rules import landed_ladder as ll
from app.rules import parsing
from app.rules import validation as v
from app.rules.compliance_warnings import HeldRow, registration_warning
from app.rules.seasons import SeasonFacts, shipment_flags
from app.rules.shipment_hints import status_hint
from app.rules.units import Packaging
from models import (
    Certification,
    ChargeBasis,
    ChargeKind,
    ChargeSide,
    FreightBasis,
    Incoterm,
    ShipmentStatus,
    Unit,
)


def test_a_parser_raises_a_message_that_reads_as_before() -> None:
    with pytest.raises(ValueError, match="ambiguous") as caught:
        parsing.parse_decimal("1,200")
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message.context == "Validation"
    assert str(caught.value) == (
        "'1,200' is ambiguous: is ',' a thousands separator or a decimal mark? Write 1200 or 1.2"
    )


def test_money_keeps_the_whole_value_in_a_nested_reason() -> None:
    with pytest.raises(ValueError, match="decimal mark") as caught:
        parsing.parse_money("US$ 1.2.3,4,5")
    assert isinstance(caught.value.args[0], Message)
    assert "'US$ 1.2.3,4,5'" in str(caught.value)


def test_form_errors_carry_translatable_labels_and_reasons() -> None:
    spec = v.FormSpec(
        "Thing",
        [
            v.Field("name", translate("Fields", "Name"), v.text(10), required=True),
            v.Field("when", translate("Fields", "Date"), v.day()),
        ],
    )
    with pytest.raises(ValidationError) as caught:
        spec.clean({"when": "soon", "colour": "red"})
    errors = {e.field: e for e in caught.value.errors}
    assert str(errors["name"]) == "Name: is required"
    assert str(errors["when"]).startswith("Date: 'soon' is not a date")
    assert str(errors["colour"]) == "colour: is not a field of thing"
    for error in errors.values():
        assert isinstance(error.message, Message)
        assert isinstance(error.text, Message)
    assert isinstance(errors["name"].label, Message)
    assert isinstance(spec.check_field("when", "soon", {}), Message)


def test_reason_keeps_a_message_and_reads_any_other_error() -> None:
    assert isinstance(reason(ValueError(v.is_required())), Message)
    assert reason(ValueError("plain")) == "plain"


def test_hints_and_flags_read_as_before() -> None:
    hint = status_hint(ShipmentStatus.BOOKED, date(2026, 1, 2), None)
    assert hint == "An actual departure is recorded, yet the status is still booked."
    assert isinstance(hint, Message)
    hint = status_hint(ShipmentStatus.IN_TRANSIT, None, None)
    assert hint == "In transit, but no actual departure date yet: add it under Dates."
    (flag,) = shipment_flags(
        SeasonFacts(shelf_life_days=30, margin_days=5), date(2026, 1, 1), date(2026, 2, 1)
    )
    assert flag.reason == "transit 31 days exceeds the shelf life 30 days minus 5 days' margin"
    assert isinstance(flag.reason, Message)


def test_a_compliance_warning_names_the_row_in_translatable_words() -> None:
    row = HeldRow(
        1, Certification.GACC, "CHL123", "Packing Curicó", None, None, date(2026, 1, 1), (7,)
    )
    warning = registration_warning(
        [row], supplier="Ñuble", product_id=7, product="Cherries", today=date(2026, 2, 1)
    )
    assert warning == (
        "Compliance warning: Ñuble has no active registration covering Cherries: "
        "GACC registration CHL123 (Packing Curicó) expired on 2026-01-01."
    )
    assert isinstance(warning, Message)
    assert isinstance(warning.args["row"], Message)
    assert isinstance(warning.args["state"], Message)


class _Rates:
    def rate(self, from_currency: str, to_currency: str, on: date) -> Decimal | None:
        return Decimal(1) if from_currency == to_currency else None


def test_landed_lines_and_missing_inputs_are_messages() -> None:
    inputs = ll.LadderInputs(
        incoterm=Incoterm.FOB,
        reporting_currency="USD",
        packaging=Packaging("Cherries"),
        route=ll.RouteCosts(
            "Valparaíso → Shanghai (sea)",
            Decimal(4000),
            "USD",
            FreightBasis.CONTAINER,
            Decimal(20000),
            Decimal("0.3"),
            Decimal(110),
        ),
        charges=[
            ll.ChargeCost(
                ChargeSide.DESTINATION, ChargeKind.PORT, Decimal(100), "EUR", ChargeBasis.KG
            )
        ],
        tariff=ll.TariffRates(Decimal(0), Decimal(9), "fta 0%"),
        currency="USD",
        unit=Unit.KG,
        day=date(2026, 3, 1),
    )
    missing = ll.build_ladder(inputs, _Rates()).missing
    assert missing == ("EUR→USD rate on or before 2026-03-01",)
    assert all(isinstance(m, Message) for m in missing)
    ladder = ll.build_ladder(ll.LadderInputs(**{**inputs.__dict__, "charges": ()}), _Rates())
    labels = [line.label for line in ladder.landed(Decimal(2)).lines]
    assert labels == [
        "Price FOB", "Main freight", "Insurance", "CIF (customs value)", "Duty (fta 0%)", "VAT 9%"
    ]  # fmt: skip
    assert all(isinstance(label, Message) for label in labels)
