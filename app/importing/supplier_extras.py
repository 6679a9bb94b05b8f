"""What a supplier sheet's row holds besides the supplier and its contact: certifications
(supplier_certs) and an indicative offer (supplier_offers). Settled once the row is
cleaned, so that the preview and the commit see the same values, and written by the
commit after the supplier, in the import's one transaction, logged for undo."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.importing.batch import ChangeLog
from app.importing.field_tables import CERTIFICATIONS_KEY
from app.importing.supplier_certs import record_certifications, settle_certifications
from app.importing.supplier_offers import record_offer, settle_offer
from app.messages import translate


def settle_extras(
    values: dict[str, Any], headers: Mapping[str, str], *, offer_product: str | None = None
) -> list[tuple[str, str]]:
    """A cleaned row's certifications read as kinds and its offer completed from the
    headers, in place (what makes neither goes to the notes); the offer's product is the
    row's, else `offer_product` (ImportOptions.offer_product). The warnings, each as
    (field key, message). Running it twice changes nothing more."""
    certifications = settle_certifications(values, headers)
    return certifications + settle_offer(values, headers, offer_product)


@dataclass
class ExtrasWritten:
    certifications: int = 0
    offers: int = 0

    def note(self) -> str | None:
        """What the commit reports: '2 certifications and 1 offer recorded'."""
        parts = []
        certifications, offers = self.certifications, self.offers
        if certifications:
            parts.append(translate("Importing", "%n certification(s)", None, certifications))
        if offers:
            parts.append(translate("Importing", "%n offer(s)", None, offers))
        if len(parts) == 2:
            return translate("Importing", "{first} and {second} recorded").format(
                first=parts[0], second=parts[1]
            )
        return translate("Importing", "{what} recorded").format(what=parts[0]) if parts else None


def record_extras(
    session: Session,
    supplier_id: int,
    values: Mapping[str, Any],
    row: int,
    log: ChangeLog,
    written: ExtrasWritten,
) -> None:
    """Write a settled row's certifications and offer for `supplier_id`."""
    written.certifications += record_certifications(
        session, supplier_id, values.get(CERTIFICATIONS_KEY, ()), row, log
    )
    written.offers += record_offer(session, supplier_id, values, row, log)
