"""Landed cost per kg up the Incoterm ladder: pure Decimal arithmetic, no database.

An offer's price carries the costs its Incoterm puts on the seller; the ladder adds, in
the reporting currency and per kg, exactly the costs the term leaves to the buyer:

| term      | origin charges the buyer pays                          | freight | insurance |
|-----------|--------------------------------------------------------|---------|-----------|
| EXW       | pickup, export clearance, inland, terminal handling,   | yes     | yes       |
|           | loading                                                |         |           |
| FCA       | inland transport, terminal handling, loading           | yes     | yes       |
| FAS       | loading                                                | yes     | yes       |
| FOB       | none                                                   | yes     | yes       |
| CFR, CPT  | none                                                   | no      | yes       |
| CIF, CIP  | none                                                   | no      | no        |
| DAP, DPU  | none                                                   | no      | no        |
| DDP       | none, and nothing after: the price is the landed cost  |         |           |

Insurance is rate x cover x (goods + freight), goods being the price plus the origin
charges (the FOB value) and, for CFR/CPT, the price itself (it holds the freight). The
customs value is CIF: goods + freight + insurance; for D terms it is the price. Duty is
the tariff's rate x CIF and VAT its rate x (CIF + duty), for every term but DDP (VAT can
be left out: an importer that recovers input VAT compares without it). Then the
destination charges the term leaves to the buyer: all six kinds after E, F and C terms;
after DAP all but port charges (the seller's carriage ends at the terminal); after DPU
(unloaded by the seller) import clearance, inspection, cold store and delivery.

A charge per container, and a charge per shipment (one container is one shipment here),
is spread over the kg a container carries: the route's payload, else the product's kg per
container. Nothing is rounded here: callers round for show.

Every offer of one deal shares its ladder (term, currency, unit, route, tariff, date):
`Ladder` holds what does not depend on the price, so a price runs up it in a dozen
Decimal operations (`per_kg`) and a list of thousands of offers costs milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from app.rules.units import Packaging, kg_per_unit
from models.enums import Incoterm, Unit
from models.freight import ChargeBasis, ChargeKind, ChargeSide, FreightBasis

HUNDRED = Decimal(100)
ZERO = Decimal(0)
SHOWN_PER_KG = Decimal("0.01")
SHOWN_LINE = Decimal("0.0001")

_ALL_ORIGIN = (
    ChargeKind.PICKUP,
    ChargeKind.EXPORT_CLEARANCE,
    ChargeKind.INLAND_TRANSPORT,
    ChargeKind.TERMINAL_HANDLING,
    ChargeKind.LOADING,
)
_ALL_DESTINATION = (
    ChargeKind.UNLOADING,
    ChargeKind.PORT,
    ChargeKind.IMPORT_CLEARANCE,
    ChargeKind.INSPECTION,
    ChargeKind.COLD_STORE,
    ChargeKind.DELIVERY,
)
BUYER_ORIGIN: dict[Incoterm, tuple[ChargeKind, ...]] = {
    Incoterm.EXW: _ALL_ORIGIN,
    Incoterm.FCA: (ChargeKind.INLAND_TRANSPORT, ChargeKind.TERMINAL_HANDLING, ChargeKind.LOADING),
    Incoterm.FAS: (ChargeKind.LOADING,),
}
"""Origin charges each term leaves to the buyer (a term not named here: none)."""
BUYER_FREIGHT = frozenset({Incoterm.EXW, Incoterm.FCA, Incoterm.FAS, Incoterm.FOB})
BUYER_INSURANCE = BUYER_FREIGHT | {Incoterm.CFR, Incoterm.CPT}
PRICE_IS_CIF_OR_MORE = frozenset(
    {Incoterm.CIF, Incoterm.CIP, Incoterm.DAP, Incoterm.DPU, Incoterm.DDP}
)
BUYER_DESTINATION: dict[Incoterm, tuple[ChargeKind, ...]] = {
    **{term: _ALL_DESTINATION for term in Incoterm},
    Incoterm.DAP: tuple(k for k in _ALL_DESTINATION if k is not ChargeKind.PORT),
    Incoterm.DPU: (
        ChargeKind.IMPORT_CLEARANCE,
        ChargeKind.INSPECTION,
        ChargeKind.COLD_STORE,
        ChargeKind.DELIVERY,
    ),
    Incoterm.DDP: (),
}
"""Destination charges each term leaves to the buyer."""


def needs_route(term: Incoterm) -> bool:
    """Whether the term's ladder needs the main freight route (freight or insurance)."""
    return term in BUYER_INSURANCE


class RateSource(Protocol):
    """What the ladder asks of exchange rates (app.services.fx_convert.RateBook)."""

    def rate(self, from_currency: str, to_currency: str, on: date) -> Decimal | None:
        """Units of `to_currency` per unit of `from_currency` on `on`, or None."""
        ...


@dataclass(frozen=True)
class RouteCosts:
    """The main freight of a route, as stored."""

    name: str
    """How the route is named in a missing-input message: 'Manzanillo → Shanghai (sea)'."""
    cost: Decimal
    currency: str
    per: FreightBasis
    payload_kg: Decimal | None
    insurance_rate: Decimal | None
    cover: Decimal


@dataclass(frozen=True)
class ChargeCost:
    side: ChargeSide
    kind: ChargeKind
    amount: Decimal
    currency: str
    per: ChargeBasis


@dataclass(frozen=True)
class TariffRates:
    duty_rate: Decimal
    vat_rate: Decimal
    label: str
    """'provisional 7%' (scheme and duty rate): what the duty line says."""


@dataclass(frozen=True)
class LandedLine:
    item: str
    """A stable key: 'price', 'freight', 'insurance', 'cif', 'duty', 'vat' or a charge kind."""
    label: str
    amount: Decimal
    """Per kg in the reporting currency, not rounded."""

    @property
    def shown(self) -> str:
        return str(self.amount.quantize(SHOWN_LINE, ROUND_HALF_UP))


@dataclass(frozen=True)
class Landed:
    currency: str
    per_kg: Decimal | None
    """Not rounded; None when an input is missing (then `missing` names it)."""
    lines: tuple[LandedLine, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def shown(self) -> str | None:
        """The landed cost per kg as shown: two decimals."""
        if self.per_kg is None:
            return None
        return str(self.per_kg.quantize(SHOWN_PER_KG, ROUND_HALF_UP))

    def as_dict(self) -> dict[str, object]:
        """The JSON shape: amounts as decimal strings, per_kg null when missing inputs."""
        return {
            "currency": self.currency,
            "per_kg": self.shown,
            "lines": [
                {"item": line.item, "label": line.label, "amount": line.shown}
                for line in self.lines
            ],
            "missing": list(self.missing),
        }


@dataclass(frozen=True)
class LadderInputs:
    """Everything but the price that an offer's landed cost depends on."""

    incoterm: Incoterm | None
    currency: str
    unit: Unit
    day: date
    reporting_currency: str
    packaging: Packaging
    route: RouteCosts | None = None
    route_missing: str | None = None
    """Why there is no route (named in `missing` when the term needs one)."""
    charges: Sequence[ChargeCost] = ()
    tariff: TariffRates | None = None
    tariff_missing: str | None = None
    include_vat: bool = True


@dataclass(frozen=True)
class Ladder:
    """The price-independent part of a landed cost: built once per term, route, date."""

    currency: str
    incoterm: Incoterm | None
    to_reporting_per_kg: Decimal = ZERO
    """Multiplies a price per offered unit into reporting currency per kg."""
    origin: tuple[LandedLine, ...] = ()
    freight: Decimal = ZERO
    insurance_factor: Decimal = ZERO
    """rate x cover, as a fraction."""
    duty_rate: Decimal = ZERO
    vat_rate: Decimal = ZERO
    duty_label: str = ""
    vat_label: str = ""
    destination: tuple[LandedLine, ...] = ()
    missing: tuple[str, ...] = ()
    _origin_total: Decimal = field(default=ZERO, repr=False)
    _destination_total: Decimal = field(default=ZERO, repr=False)

    def per_kg(self, price: Decimal) -> Decimal | None:
        """The landed cost per kg of `price`, or None when an input is missing."""
        if self.missing or self.incoterm is None:
            return None
        goods = price * self.to_reporting_per_kg
        if self.incoterm is Incoterm.DDP:
            return goods
        goods += self._origin_total
        cif = goods + self.freight
        cif += self.insurance_factor * cif
        duty = cif * self.duty_rate
        return cif + duty + (cif + duty) * self.vat_rate + self._destination_total

    def landed(self, price: Decimal) -> Landed:
        """`per_kg` with each step as a line (for a breakdown)."""
        if self.missing or self.incoterm is None:
            return Landed(self.currency, None, (), self.missing)
        term = self.incoterm.value
        goods = price * self.to_reporting_per_kg
        lines = [LandedLine("price", f"Price {term}", goods)]
        if self.incoterm is Incoterm.DDP:
            return Landed(self.currency, goods, tuple(lines))
        lines += self.origin
        goods += self._origin_total
        if self.incoterm in BUYER_FREIGHT:
            lines.append(LandedLine("freight", "Main freight", self.freight))
        insurance = self.insurance_factor * (goods + self.freight)
        if self.incoterm in BUYER_INSURANCE:
            lines.append(LandedLine("insurance", "Insurance", insurance))
        cif = goods + self.freight + insurance
        lines.append(LandedLine("cif", "CIF (customs value)", cif))
        duty = cif * self.duty_rate
        vat = (cif + duty) * self.vat_rate
        lines.append(LandedLine("duty", self.duty_label, duty))
        if self.vat_label:
            lines.append(LandedLine("vat", self.vat_label, vat))
        lines += self.destination
        total = cif + duty + vat + self._destination_total
        return Landed(self.currency, total, tuple(lines))


CHARGE_LABELS = {
    ChargeKind.PICKUP: "Pickup",
    ChargeKind.EXPORT_CLEARANCE: "Export clearance",
    ChargeKind.INLAND_TRANSPORT: "Inland transport",
    ChargeKind.TERMINAL_HANDLING: "Terminal handling",
    ChargeKind.LOADING: "Loading",
    ChargeKind.UNLOADING: "Unloading",
    ChargeKind.PORT: "Port charges",
    ChargeKind.IMPORT_CLEARANCE: "Import clearance",
    ChargeKind.INSPECTION: "Inspection",
    ChargeKind.COLD_STORE: "Cold store",
    ChargeKind.DELIVERY: "Delivery",
}


def _fraction(percent: Decimal) -> Decimal:
    return percent / HUNDRED


def build_ladder(inputs: LadderInputs, rates: RateSource) -> Ladder:
    """The ladder of one term, currency, unit, route, tariff and date; what is missing is
    named in `missing` (all of it, not the first only)."""
    reporting = inputs.reporting_currency
    term = inputs.incoterm
    missing: list[str] = []

    def to_reporting(currency: str) -> Decimal:
        rate = rates.rate(currency, reporting, inputs.day)
        if rate is None:
            text = f"{currency}→{reporting} rate on or before {inputs.day.isoformat()}"
            if text not in missing:
                missing.append(text)
            return ZERO
        return rate

    if term is None:
        missing.append("Incoterm of the offer")
    try:
        per_kg = 1 / kg_per_unit(inputs.unit, inputs.packaging)
    except ValueError as exc:
        missing.append(str(exc))
        per_kg = ZERO
    to_per_kg = per_kg * to_reporting(inputs.currency)
    if term is None or term is Incoterm.DDP:
        return Ladder(reporting, term, to_per_kg, missing=tuple(missing))

    route = inputs.route
    if needs_route(term) and route is None:
        missing.append(inputs.route_missing or "a freight route")
    container_kg = route.payload_kg if route is not None else None
    container_kg = container_kg or inputs.packaging.kg_per_container

    def charge_lines(kinds: tuple[ChargeKind, ...], side: ChargeSide) -> tuple[LandedLine, ...]:
        lines = []
        for kind in kinds:
            amount = ZERO
            found = False
            for charge in inputs.charges:
                if charge.side is not side or charge.kind is not kind:
                    continue
                found = True
                value = charge.amount * to_reporting(charge.currency)
                if charge.per is not ChargeBasis.KG:
                    if not container_kg:
                        missing.append(
                            f"kg per container to spread the {CHARGE_LABELS[kind].lower()} "
                            "charge (the route's payload or the product's kg per container)"
                        )
                        continue
                    value /= container_kg
                amount += value
            if found:
                lines.append(LandedLine(kind.value, CHARGE_LABELS[kind], amount))
        return tuple(lines)

    origin = charge_lines(BUYER_ORIGIN.get(term, ()), ChargeSide.ORIGIN)
    freight = ZERO
    insurance_factor = ZERO
    if route is not None and term in BUYER_FREIGHT:
        if route.per is FreightBasis.CONTAINER:
            if route.payload_kg:
                freight = route.cost * to_reporting(route.currency) / route.payload_kg
            else:
                missing.append(f"payload in kg of the freight route {route.name}")
        else:
            freight = route.cost * to_reporting(route.currency)
    if route is not None and term in BUYER_INSURANCE:
        if route.insurance_rate is None:
            missing.append(f"insurance rate of the freight route {route.name}")
        else:
            insurance_factor = _fraction(route.insurance_rate) * _fraction(route.cover)
    tariff = inputs.tariff
    if tariff is None:
        missing.append(inputs.tariff_missing or "a tariff row (duty and VAT)")
        duty_rate = vat_rate = ZERO
        duty_label = vat_label = ""
    else:
        duty_rate = _fraction(tariff.duty_rate)
        duty_label = f"Duty ({tariff.label})"
        if inputs.include_vat:
            vat_rate = _fraction(tariff.vat_rate)
            vat_label = f"VAT {tariff.vat_rate.normalize():f}%"
        else:
            vat_rate, vat_label = ZERO, ""
    destination = charge_lines(BUYER_DESTINATION[term], ChargeSide.DESTINATION)
    return Ladder(
        currency=reporting,
        incoterm=term,
        to_reporting_per_kg=to_per_kg,
        origin=origin,
        freight=freight,
        insurance_factor=insurance_factor,
        duty_rate=duty_rate,
        vat_rate=vat_rate,
        duty_label=duty_label,
        vat_label=vat_label,
        destination=destination,
        missing=tuple(missing),
        _origin_total=sum((line.amount for line in origin), ZERO),
        _destination_total=sum((line.amount for line in destination), ZERO),
    )
