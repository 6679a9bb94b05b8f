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

The landed cost is linear in the price. A `TermLadder` holds what a term, its route, its
charges and its tariff add, free of date and currency; the offers of thousands of deals
that share those run up one TermLadder, each in a few Decimal operations (`per_kg`), the
fixed costs converted once per day. `TermLadder.on` gives one day's `Ladder`, whose
`landed` has every step as a line (the breakdown), from the same expression.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from app.errors import reason
from app.messages import translate
from app.rules.units import Packaging, kg_per_unit
from models.enums import Incoterm, Unit
from models.freight import ChargeBasis, ChargeKind, ChargeSide, FreightBasis

HUNDRED = Decimal(100)
ZERO = Decimal(0)
SHOWN_PER_KG = Decimal("0.01")
SHOWN_LINE = Decimal("0.0001")
NO_INCOTERM: str = translate("Landed", "Incoterm of the offer")

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
class TermInputs:
    """What a ladder depends on apart from the offer's price, currency, unit and date."""

    incoterm: Incoterm | None
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
class LadderInputs(TermInputs):
    """A term's inputs with the offer's currency, unit and date: one day's ladder."""

    currency: str = "USD"
    unit: Unit = Unit.KG
    day: date = date.min


@dataclass(frozen=True)
class Cost:
    """One cost per kg in the currency it is quoted in."""

    item: str
    label: str
    per_kg: Decimal
    currency: str


CHARGE_LABELS = {
    ChargeKind.PICKUP: translate("Landed", "Pickup"),
    ChargeKind.EXPORT_CLEARANCE: translate("Landed", "Export clearance"),
    ChargeKind.INLAND_TRANSPORT: translate("Landed", "Inland transport"),
    ChargeKind.TERMINAL_HANDLING: translate("Landed", "Terminal handling"),
    ChargeKind.LOADING: translate("Landed", "Loading"),
    ChargeKind.UNLOADING: translate("Landed", "Unloading"),
    ChargeKind.PORT: translate("Landed", "Port charges"),
    ChargeKind.IMPORT_CLEARANCE: translate("Landed", "Import clearance"),
    ChargeKind.INSPECTION: translate("Landed", "Inspection"),
    ChargeKind.COLD_STORE: translate("Landed", "Cold store"),
    ChargeKind.DELIVERY: translate("Landed", "Delivery"),
}
"""A breakdown line's words for each charge."""

CHARGE_WORDS = {
    ChargeKind.PICKUP: translate("Landed", "pickup"),
    ChargeKind.EXPORT_CLEARANCE: translate("Landed", "export clearance"),
    ChargeKind.INLAND_TRANSPORT: translate("Landed", "inland transport"),
    ChargeKind.TERMINAL_HANDLING: translate("Landed", "terminal handling"),
    ChargeKind.LOADING: translate("Landed", "loading"),
    ChargeKind.UNLOADING: translate("Landed", "unloading"),
    ChargeKind.PORT: translate("Landed", "port charges"),
    ChargeKind.IMPORT_CLEARANCE: translate("Landed", "import clearance"),
    ChargeKind.INSPECTION: translate("Landed", "inspection"),
    ChargeKind.COLD_STORE: translate("Landed", "cold store"),
    ChargeKind.DELIVERY: translate("Landed", "delivery"),
}
"""The same inside a sentence (lower case in English)."""


def _fraction(percent: Decimal) -> Decimal:
    return percent / HUNDRED


class TermLadder:
    """A term's ladder, free of date and currency: the costs it adds per kg in the
    currencies they are quoted in, and its insurance, duty and VAT rates.

    The landed cost is linear in the price: (price + origin + freight) x M + destination,
    M = (1 + insurance) x (1 + duty) x (1 + VAT), every amount per kg in the reporting
    currency at the day's rates (for DDP: the price). `per_kg` evaluates exactly that,
    converting the fixed costs once per day and the price's currency once per day
    (memoised), so a list of offers costs a few Decimal operations each; `on` gives one
    day's Ladder with every step as a line for a breakdown, from the same figures.
    """

    def __init__(self, inputs: TermInputs) -> None:
        self.incoterm = term = inputs.incoterm
        self.reporting = inputs.reporting_currency
        self.packaging = inputs.packaging
        missing: list[str] = []
        self.origin: tuple[Cost, ...] = ()
        self.freight: Cost | None = None
        self.destination: tuple[Cost, ...] = ()
        self.insurance_factor = self.duty_rate = self.vat_rate = ZERO
        self.duty_label = self.vat_label = ""
        self.multiplier = Decimal(1)
        self._kg: dict[Unit, tuple[Decimal, str | None]] = {}
        self._fixed: dict[date, tuple[Decimal, Decimal, tuple[str, ...]]] = {}
        self._before_by_currency: tuple[tuple[str, Decimal], ...] = ()
        self._after_by_currency: tuple[tuple[str, Decimal], ...] = ()
        if term is None:
            missing.append(NO_INCOTERM)
        if term is None or term is Incoterm.DDP:
            self.missing = tuple(missing)
            return
        route = inputs.route
        if needs_route(term) and route is None:
            missing.append(inputs.route_missing or translate("Landed", "a freight route"))
        container_kg = route.payload_kg if route is not None else None
        container_kg = container_kg or inputs.packaging.kg_per_container

        def costs(kinds: tuple[ChargeKind, ...], side: ChargeSide) -> tuple[Cost, ...]:
            found = []
            for kind in kinds:
                for charge in inputs.charges:
                    if charge.side is not side or charge.kind is not kind:
                        continue
                    amount = charge.amount
                    if charge.per is not ChargeBasis.KG:
                        if not container_kg:
                            missing.append(
                                translate(
                                    "Landed",
                                    "kg per container to spread the {charge} charge (the "
                                    "route's payload or the product's kg per container)",
                                ).format(charge=CHARGE_WORDS[kind])
                            )
                            continue
                        amount /= container_kg
                    found.append(Cost(kind.value, CHARGE_LABELS[kind], amount, charge.currency))
            return tuple(found)

        self.origin = costs(BUYER_ORIGIN.get(term, ()), ChargeSide.ORIGIN)
        if route is not None and term in BUYER_FREIGHT:
            if route.per is FreightBasis.CONTAINER:
                if route.payload_kg:
                    self.freight = Cost(
                        "freight", _main_freight(), route.cost / route.payload_kg, route.currency
                    )
                else:
                    missing.append(
                        translate("Landed", "payload in kg of the freight route {route}").format(
                            route=route.name
                        )
                    )
            else:
                self.freight = Cost("freight", _main_freight(), route.cost, route.currency)
        if route is not None and term in BUYER_INSURANCE:
            if route.insurance_rate is None:
                missing.append(
                    translate("Landed", "insurance rate of the freight route {route}").format(
                        route=route.name
                    )
                )
            else:
                self.insurance_factor = _fraction(route.insurance_rate) * _fraction(route.cover)
        tariff = inputs.tariff
        if tariff is None:
            missing.append(
                inputs.tariff_missing or translate("Landed", "a tariff row (duty and VAT)")
            )
        else:
            self.duty_rate = _fraction(tariff.duty_rate)
            self.duty_label = translate("Landed", "Duty ({tariff})").format(tariff=tariff.label)
            if inputs.include_vat:
                self.vat_rate = _fraction(tariff.vat_rate)
                self.vat_label = translate("Landed", "VAT {rate}%").format(
                    rate=f"{tariff.vat_rate.normalize():f}"
                )
        self.destination = costs(BUYER_DESTINATION[term], ChargeSide.DESTINATION)
        self.multiplier = (1 + self.insurance_factor) * (1 + self.duty_rate) * (1 + self.vat_rate)
        self._before_by_currency = _by_currency(self._before())
        self._after_by_currency = _by_currency(self.destination)
        self.missing = tuple(missing)

    # --- the pieces that depend on the offer -------------------------------------------

    def _per_kg_of_unit(self, unit: Unit) -> tuple[Decimal, str | None]:
        """1 / kg in one `unit` (0 and the reason when the packaging lacks it)."""
        known = self._kg.get(unit)
        if known is None:
            try:
                known = (1 / kg_per_unit(unit, self.packaging), None)
            except ValueError as exc:
                known = (ZERO, reason(exc))
            self._kg[unit] = known
        return known

    def _fixed_costs(
        self, day: date, rates: RateSource
    ) -> tuple[Decimal, Decimal, tuple[str, ...]]:
        """(origin + freight, destination) in the reporting currency on `day`, and the
        rates that are missing."""
        known = self._fixed.get(day)
        if known is None:
            missing: list[str] = []
            before = after = ZERO
            for currency, amount in self._before_by_currency:
                before += amount * self._rate(currency, day, rates, missing)
            for currency, amount in self._after_by_currency:
                after += amount * self._rate(currency, day, rates, missing)
            known = self._fixed[day] = (before, after, tuple(missing))
        return known

    def _rate(self, currency: str, day: date, rates: RateSource, missing: list[str]) -> Decimal:
        rate = rates.rate(currency, self.reporting, day)
        if rate is None:
            text = missing_rate(currency, self.reporting, day)
            if text not in missing:
                missing.append(text)
            return ZERO
        return rate

    def _before(self) -> tuple[Cost, ...]:
        return self.origin if self.freight is None else (*self.origin, self.freight)

    def _convert(self, cost: Cost, day: date, rates: RateSource, missing: list[str]) -> Decimal:
        rate = rates.rate(cost.currency, self.reporting, day)
        if rate is None:
            text = missing_rate(cost.currency, self.reporting, day)
            if text not in missing:
                missing.append(text)
            return ZERO
        return cost.per_kg * rate

    def per_kg(
        self, price: Decimal, currency: str, unit: Unit, day: date, rates: RateSource
    ) -> Decimal | None:
        """The landed cost per kg of `price` (per `unit`, in `currency`, offered on `day`)
        in the reporting currency, or None when an input is missing."""
        if self.missing:
            return None
        inverse_kg, lacking = self._per_kg_of_unit(unit)
        rate = rates.rate(currency, self.reporting, day)
        if lacking is not None or rate is None:
            return None
        goods = price * rate * inverse_kg
        if self.incoterm is Incoterm.DDP:
            return goods
        before, after, missing = self._fixed_costs(day, rates)
        if missing:
            return None
        return (goods + before) * self.multiplier + after

    def missing_for(
        self, currency: str, unit: Unit, day: date, rates: RateSource
    ) -> tuple[str, ...]:
        """Every input missing for an offer in `currency` per `unit` on `day`."""
        found = [NO_INCOTERM] if self.incoterm is None else []
        lacking = self._per_kg_of_unit(unit)[1]
        if lacking is not None:
            found.append(lacking)
        if rates.rate(currency, self.reporting, day) is None:
            found.append(missing_rate(currency, self.reporting, day))
        found += [m for m in self.missing if m != NO_INCOTERM]
        if self.incoterm is not None and self.incoterm is not Incoterm.DDP:
            found += [m for m in self._fixed_costs(day, rates)[2] if m not in found]
        return tuple(found)

    def on(self, currency: str, unit: Unit, day: date, rates: RateSource) -> Ladder:
        """One day's ladder for offers in `currency` per `unit`: every step as a line."""
        missing = self.missing_for(currency, unit, day, rates)
        if missing or self.incoterm is None:
            return Ladder(self.reporting, self.incoterm, missing=missing)
        rate = rates.rate(currency, self.reporting, day)
        assert rate is not None  # missing_for named it otherwise
        to_per_kg = rate * self._per_kg_of_unit(unit)[0]
        if self.incoterm is Incoterm.DDP:
            return Ladder(self.reporting, self.incoterm, to_per_kg)
        ignored: list[str] = []

        def lines(costs: tuple[Cost, ...]) -> tuple[LandedLine, ...]:
            merged: dict[str, LandedLine] = {}
            for cost in costs:
                amount = self._convert(cost, day, rates, ignored)
                if cost.item in merged:
                    amount += merged[cost.item].amount
                merged[cost.item] = LandedLine(cost.item, cost.label, amount)
            return tuple(merged.values())

        before, after, _ = self._fixed_costs(day, rates)
        return Ladder(
            currency=self.reporting,
            incoterm=self.incoterm,
            to_reporting_per_kg=to_per_kg,
            origin=lines(self.origin),
            freight=self._convert(self.freight, day, rates, ignored) if self.freight else ZERO,
            insurance_factor=self.insurance_factor,
            duty_rate=self.duty_rate,
            vat_rate=self.vat_rate,
            duty_label=self.duty_label,
            vat_label=self.vat_label,
            destination=lines(self.destination),
            before=before,
            after=after,
            multiplier=self.multiplier,
        )


def _by_currency(costs: Sequence[Cost]) -> tuple[tuple[str, Decimal], ...]:
    """The costs summed per currency (each converted once a day, whatever their number)."""
    totals: dict[str, Decimal] = {}
    for cost in costs:
        totals[cost.currency] = totals.get(cost.currency, ZERO) + cost.per_kg
    return tuple(totals.items())


def missing_rate(from_currency: str, to_currency: str, day: date) -> str:
    return translate("Landed", "{from_currency}→{to_currency} rate on or before {date}").format(
        from_currency=from_currency, to_currency=to_currency, date=day.isoformat()
    )


def _main_freight() -> str:
    return translate("Landed", "Main freight")


@dataclass(frozen=True)
class Ladder:
    """One day's ladder for one currency and unit: what `TermLadder.on` gives."""

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
    before: Decimal = ZERO
    """Origin charges plus freight, per kg in the reporting currency."""
    after: Decimal = ZERO
    """Destination charges, per kg in the reporting currency."""
    multiplier: Decimal = field(default=Decimal(1))

    def per_kg(self, price: Decimal) -> Decimal | None:
        """The landed cost per kg of `price`, or None when an input is missing: the same
        expression as TermLadder.per_kg."""
        if self.missing or self.incoterm is None:
            return None
        goods = price * self.to_reporting_per_kg
        if self.incoterm is Incoterm.DDP:
            return goods
        return (goods + self.before) * self.multiplier + self.after

    def landed(self, price: Decimal) -> Landed:
        """`per_kg` with each step as a line (for a breakdown)."""
        total = self.per_kg(price)
        if total is None or self.incoterm is None:
            return Landed(self.currency, None, (), self.missing)
        term = self.incoterm.value
        goods = price * self.to_reporting_per_kg
        lines = [LandedLine("price", translate("Landed", "Price {term}").format(term=term), goods)]
        if self.incoterm is Incoterm.DDP:
            return Landed(self.currency, total, tuple(lines))
        lines += self.origin
        goods += sum((line.amount for line in self.origin), ZERO)
        if self.incoterm in BUYER_FREIGHT:
            lines.append(LandedLine("freight", _main_freight(), self.freight))
        insurance = self.insurance_factor * (goods + self.freight)
        if self.incoterm in BUYER_INSURANCE:
            lines.append(LandedLine("insurance", translate("Landed", "Insurance"), insurance))
        cif = goods + self.freight + insurance
        lines.append(LandedLine("cif", translate("Landed", "CIF (customs value)"), cif))
        duty = cif * self.duty_rate
        lines.append(LandedLine("duty", self.duty_label, duty))
        if self.vat_label:
            lines.append(LandedLine("vat", self.vat_label, (cif + duty) * self.vat_rate))
        lines += self.destination
        return Landed(self.currency, total, tuple(lines))


def build_ladder(inputs: LadderInputs, rates: RateSource) -> Ladder:
    """One day's ladder for one currency and unit; what is missing is named in
    `missing` (all of it, not the first only)."""
    return TermLadder(inputs).on(inputs.currency, inputs.unit, inputs.day, rates)
