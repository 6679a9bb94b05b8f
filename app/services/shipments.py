"""Shipments under a deal, and their document checklists."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError, reason
from app.messages import translate
from app.rules import parsing
from app.rules import validation as v
from app.rules.vocabulary import SHIPMENT_STATUS_SYNONYMS
from app.services import compliance_checks
from app.services.common import (
    apply_changes,
    current_values,
    flush,
    get_for_update,
    get_or_fail,
)
from app.services.negotiations import get_negotiation
from models import (
    DocumentKind,
    DocumentStatus,
    Shipment,
    ShipmentDocument,
    ShipmentMode,
    ShipmentStatus,
)

LABEL = translate("Entities", "Shipment")

SEA_DOCUMENTS = (
    DocumentKind.PHYTOSANITARY,
    DocumentKind.CERTIFICATE_OF_ORIGIN,
    DocumentKind.HEALTH_CERTIFICATE,
    DocumentKind.PACKING_LIST,
    DocumentKind.INVOICE,
    DocumentKind.BILL_OF_LADING,
)
AIR_DOCUMENTS = SEA_DOCUMENTS[:-1]
"""By air the transport document is the air waybill, kept in transport_doc_no."""


def _parse_container(value: object, ctx: Mapping[str, Any]) -> str:
    return parsing.parse_container_number(value)


_container = v.limited(_parse_container, v.Limit(length=11))
"""ISO 6346: four letters and seven digits."""


def _parse_setpoint(value: object, ctx: Mapping[str, Any]) -> Any:
    number = parsing.parse_decimal(str(value).replace("°C", "").replace("ºC", ""))
    if not -60 <= number <= 30:
        raise ValueError(translate("Validation", "must be between -60 and 30 °C"))
    return number


_setpoint = v.limited(_parse_setpoint, v.TEMPERATURE)


def _not_future(value: object, ctx: Mapping[str, Any]) -> date:
    """An actual date: not after today."""
    when = parsing.parse_date(value)
    if when > date.today():
        raise ValueError(
            translate("Shipments", "is in the future: an actual date records what happened")
        )
    return when


def _after_atd(value: object, ctx: Mapping[str, Any]) -> date:
    when: date = _not_future(value, ctx)
    atd = ctx.get("atd")
    if isinstance(atd, date) and when < atd:
        raise ValueError(
            translate("Shipments", "is before the actual departure ({date})").format(
                date=atd.isoformat()
            )
        )
    return when


SHIPMENT_FIELDS = v.FormSpec(
    LABEL,
    [
        v.Field("reference", translate("Fields", "Reference"), v.text(40)),
        v.Field(
            "mode",
            translate("Fields", "Mode"),
            v.choice(ShipmentMode, {"maritimo": ShipmentMode.SEA, "aereo": ShipmentMode.AIR}),
            True,
            ShipmentMode.SEA,
        ),
        v.Field(
            "status",
            translate("Fields", "Status"),
            v.choice(ShipmentStatus, SHIPMENT_STATUS_SYNONYMS),
            True,
            ShipmentStatus.PLANNED,
        ),
        v.Field("container_no", translate("Fields", "Container"), _container),
        v.Field("seal_no", translate("Fields", "Seal"), v.text(40)),
        v.Field("transport_doc_no", translate("Fields", "B/L or AWB"), v.text(40)),
        v.Field("carrier", translate("Fields", "Carrier"), v.text(80)),
        v.Field("vessel", translate("Fields", "Vessel / flight"), v.text(80)),
        v.Field("origin_port", translate("Fields", "Port of loading"), v.text(120)),
        v.Field("destination_port", translate("Fields", "Port of discharge"), v.text(120)),
        v.Field("reefer_setpoint_c", translate("Fields", "Reefer set-point (°C)"), _setpoint),
        v.Field("etd", translate("Fields", "ETD"), v.day()),
        v.Field(
            "eta",
            translate("Fields", "ETA"),
            v.day(after="etd", after_label=translate("Validation", "the ETD")),
        ),
        v.Field("atd", translate("Fields", "Actual departure"), _not_future),
        v.Field("ata", translate("Fields", "Actual arrival"), _after_atd),
        v.Field("notes", translate("Fields", "Incident notes"), v.text(20_000, multiline=True)),
    ],
    model=Shipment,
)


def get_shipment(session: Session, shipment_id: int) -> Shipment:
    return get_or_fail(session, Shipment, shipment_id, LABEL)


def _next_reference(session: Session, year: int) -> str:
    prefix = f"SHP-{year}-"
    last = session.scalar(
        select(func.max(Shipment.reference)).where(Shipment.reference.like(f"{prefix}%"))
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{prefix}{number:04d}"


def _check_mode(values: Mapping[str, Any]) -> None:
    if values.get("mode") is ShipmentMode.AIR and values.get("container_no"):
        raise ValidationError(
            [
                FieldError(
                    "container_no",
                    SHIPMENT_FIELDS.label("container_no"),
                    translate("Shipments", "an air shipment has no sea container"),
                )
            ]
        )


def create_shipment(session: Session, negotiation_id: int, data: Mapping[str, Any]) -> Shipment:
    """A shipment under a deal, with its document checklist; by sea, the ports default to
    the deal's and the reefer set-point to the product's lowest temperature."""
    negotiation = get_negotiation(session, negotiation_id)
    values = SHIPMENT_FIELDS.clean(
        data,
        context={"origin_port": negotiation.origin_port},
    )
    _check_mode(values)
    values["reference"] = values.get("reference") or _next_reference(session, date.today().year)
    _check_reference_free(session, values["reference"], None)
    if values["mode"] is ShipmentMode.SEA:
        # The deal's ports and the product's cold chain are sea terms: an air shipment
        # leaves from an airport and has no reefer set-point.
        for port in ("origin_port", "destination_port"):
            if not values.get(port):
                values[port] = getattr(negotiation, port)
        if values.get("reefer_setpoint_c") is None and negotiation.product.temp_min_c is not None:
            values["reefer_setpoint_c"] = negotiation.product.temp_min_c
    shipment = Shipment(**values)
    kinds = SEA_DOCUMENTS if shipment.mode is ShipmentMode.SEA else AIR_DOCUMENTS
    shipment.documents = [ShipmentDocument(kind=kind) for kind in kinds]
    negotiation.shipments.append(shipment)
    flush(session, LABEL, shipment)
    return shipment


def _check_reference_free(session: Session, reference: str, own_id: int | None) -> None:
    clash = session.scalar(select(Shipment.id).where(Shipment.reference == reference))
    if clash is not None and clash != own_id:
        raise ValidationError(
            [
                FieldError(
                    "reference",
                    SHIPMENT_FIELDS.label("reference"),
                    translate("Shipments", "{reference} is already used").format(
                        reference=reference
                    ),
                    reference,
                )
            ]
        )


def update_shipment(
    session: Session,
    shipment_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    warnings: list[str] | None = None,
) -> Shipment:
    """Change the given fields. Booking it (status booked) when its supplier holds no
    active registration covering the product through the ETA is not refused: the warning
    is kept as a note on the shipment in this transaction and appended to `warnings`."""
    shipment = get_for_update(session, Shipment, shipment_id, LABEL, expected_version)
    current = current_values(shipment)
    values = SHIPMENT_FIELDS.clean(changes, current=current)
    if "reference" in values:
        if values["reference"] is None:
            values.pop("reference")
        else:
            _check_reference_free(session, values["reference"], shipment.id)
    _check_mode({**current, **values})
    apply_changes(shipment, values)
    flush(session, LABEL, shipment)
    booked = values.get("status") is ShipmentStatus.BOOKED
    if booked and current.get("status") is not ShipmentStatus.BOOKED:
        warning = compliance_checks.shipment_warning(session, shipment, date.today())
        if warning is not None:
            compliance_checks.record_warning(session, shipment, warning)
            flush(session, LABEL, shipment)
            if warnings is not None:
                warnings.append(warning)
    return shipment


def delete_shipment(session: Session, shipment_id: int) -> None:
    shipment = get_shipment(session, shipment_id)
    negotiation = shipment.negotiation
    session.delete(shipment)
    flush(session, LABEL)
    session.expire(negotiation, ["shipments"])


DOCUMENT_STATUS_SYNONYMS = {
    "n/a": DocumentStatus.NOT_REQUIRED,
    "no aplica": DocumentStatus.NOT_REQUIRED,
    "nao se aplica": DocumentStatus.NOT_REQUIRED,
    "not needed": DocumentStatus.NOT_REQUIRED,
    "pendiente": DocumentStatus.MISSING,
    "pendente": DocumentStatus.MISSING,
    "recibido": DocumentStatus.RECEIVED,
    "recebido": DocumentStatus.RECEIVED,
    "aprobado": DocumentStatus.APPROVED,
    "aprovado": DocumentStatus.APPROVED,
}

DOCUMENT_FIELDS = v.FormSpec(
    translate("Entities", "Document"),
    [
        v.Field(
            "status",
            translate("Fields", "Status"),
            v.choice(DocumentStatus, DOCUMENT_STATUS_SYNONYMS),
            True,
            DocumentStatus.MISSING,
        ),
        v.Field("reference", translate("Fields", "Number"), v.text(80)),
        v.Field("received_on", translate("Fields", "Received on"), v.day()),
        v.Field("file_path", translate("Fields", "File"), v.text(500)),
        v.Field("notes", translate("Fields", "Notes"), v.text(5_000, multiline=True)),
    ],
    model=ShipmentDocument,
)


def set_document(
    session: Session, shipment_id: int, kind: DocumentKind | str, data: Mapping[str, Any]
) -> ShipmentDocument:
    """Update one line of the checklist (added if the checklist lacks it)."""
    shipment = get_shipment(session, shipment_id)
    try:
        doc_kind = parsing.parse_enum(kind, DocumentKind)
    except ValueError as exc:
        raise ValidationError(
            [FieldError("kind", translate("Fields", "Document"), reason(exc), kind)]
        ) from None
    document = next((d for d in shipment.documents if d.kind is doc_kind), None)
    if document is None:
        document = ShipmentDocument(kind=doc_kind)
        shipment.documents.append(document)
        values = DOCUMENT_FIELDS.clean(data)
    else:
        values = DOCUMENT_FIELDS.clean(data, current=current_values(document))
    if values.get("status") in (DocumentStatus.RECEIVED, DocumentStatus.APPROVED) and not (
        values.get("received_on") or document.received_on
    ):
        values["received_on"] = date.today()
    apply_changes(document, values)
    flush(session, LABEL, document)
    return document


def missing_documents(shipment: Shipment) -> list[DocumentKind]:
    return [d.kind for d in shipment.documents if d.status is DocumentStatus.MISSING]
