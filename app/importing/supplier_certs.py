"""A supplier sheet's certification columns read as the supplier's registration and
certificate rows (app.services.compliance).

A list cell ("GlobalG.A.P., HACCP") names kinds; a column headed by one kind
("GlobalG.A.P.") holding yes/no says whether the supplier has it. A word that names no
known kind is kept in the supplier's notes, with a warning: never a lost row.

A column headed by a kind and a number ("GlobalGAP N°", "Registro GACC": the fields
field_tables.CERTIFICATE_FIELDS) holds that kind's number, and a date column for it
("Vencimiento GlobalGAP", or a bare "有效期" right after the number: app.importing.mapping)
its valid until; both become one CertificateEntry. A yes/no in such a number column says
only whether the supplier holds the kind.

What is recorded: a kind the supplier holds no row of yet; an entry whose number the
supplier holds no row of that kind with (an entry without a number: none of that kind
ending the same day). Each row created is logged, so undo removes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.importing.batch import ChangeLog
from app.importing.field_tables import (
    CERTIFICATE_KIND_WORDS,
    CERTIFICATIONS_KEY,
    certificate_key,
)
from app.messages import join, translate
from app.rules import parsing
from app.rules.vocabulary import CERTIFICATION_SYNONYMS, label
from app.services.compliance import add_registration
from models import Certification, SupplierCertification

CERTIFICATION_WORDS: dict[str, Certification] = {
    **CERTIFICATION_SYNONYMS,
    "global g.a.p.": Certification.GLOBALGAP,
    "brc global standard": Certification.BRCGS,
    "primus gfs": Certification.PRIMUS_GFS,
    **dict.fromkeys(
        ["organico usda", "organica usda", "usda organico", "organico nop"],
        Certification.ORGANIC_USDA,
    ),
    **dict.fromkeys(
        ["organico ue", "organico eu", "organica ue", "organico europa"], Certification.ORGANIC_EU
    ),
    **dict.fromkeys(["organico china", "organica china", "中国有机"], Certification.ORGANIC_CHINA),
    **dict.fromkeys(
        ["registro gacc", "gacc registro", "海关注册", "海关总署注册"], Certification.GACC
    ),
}
"""Cell words for certification kinds: app.rules.vocabulary's and their es/pt/zh forms."""


def certification(word: str) -> Certification | None:
    """The kind a word names ('GlobalG.A.P.', 'Global GAP', 'BRC'), or None."""
    try:
        return parsing.parse_enum(word, Certification, CERTIFICATION_WORDS)
    except ValueError:
        return None


@dataclass(frozen=True)
class CertificateEntry:
    """A kind with its number and/or valid until, from a sheet's per-kind columns."""

    kind: Certification
    number: str | None = None
    valid_until: date | None = None

    def __str__(self) -> str:
        until = f" valid until {self.valid_until.isoformat()}" if self.valid_until else ""
        return f"{label(self.kind)}{f' {self.number}' if self.number else ''}{until}"


Settled = Certification | CertificateEntry


_KIND_KEYS = tuple(
    (kind, certificate_key(kind, "number"), certificate_key(kind, "valid_until"))
    for kind in CERTIFICATE_KIND_WORDS
)
"""Each kind with the keys of its number and valid-until columns, made once."""


def _entries(values: dict[str, Any]) -> tuple[list[CertificateEntry], set[Certification]]:
    """The per-kind number and valid-until values taken out of `values` as entries; and
    the kinds whose number column said no."""
    entries: list[CertificateEntry] = []
    refused: set[Certification] = set()
    for kind, number_key, until_key in _KIND_KEYS:
        if number_key not in values and until_key not in values:
            continue  # most rows: no per-kind column
        number = values.pop(number_key, None)
        until = values.pop(until_key, None)
        if isinstance(number, str):
            try:
                held = parsing.parse_bool(number)
            except ValueError:
                pass
            else:
                number = None
                if not held:
                    refused.add(kind)
                    continue
                entries.append(CertificateEntry(kind, None, until))
                continue
        if number is None and until is None:
            continue
        entries.append(CertificateEntry(kind, number or None, until))
    return entries, refused


def settle_certifications(
    values: dict[str, Any], headers: Mapping[str, str]
) -> list[tuple[str, str]]:
    """A cleaned row's certification words as kinds, in place; the words that name none
    go to the supplier's notes, each with a (field key, message) warning. Running it
    twice changes nothing more."""
    entries, refused = _entries(values)
    words = values.get(CERTIFICATIONS_KEY, ())
    if not words and not entries:
        return []
    header = headers.get(CERTIFICATIONS_KEY, "Certifications")
    headed = certification(header)
    kinds: dict[Settled, None] = {}
    unknown: list[str] = []
    for word in words:
        if isinstance(word, CertificateEntry):
            kinds[word] = None
            continue
        kind = certification(word)
        if kind is None and headed is not None:
            try:
                if parsing.parse_bool(word):
                    kind = headed
                else:
                    continue
            except ValueError:
                pass
        if kind is None:
            unknown.append(word)
        else:
            kinds[kind] = None
    for entry in entries:
        kinds.pop(entry.kind, None)  # the entry says more of the same kind
        kinds[entry] = None
    for kind in refused:
        if not any(isinstance(k, CertificateEntry) and k.kind is kind for k in kinds):
            kinds.pop(kind, None)
    if kinds:
        values[CERTIFICATIONS_KEY] = tuple(kinds)
    else:
        values.pop(CERTIFICATIONS_KEY, None)
    if not unknown:
        return []
    line = f"{header}: {', '.join(unknown)}"
    existing = values.get("supplier.notes")
    values["supplier.notes"] = f"{existing}\n{line}" if existing else line
    known = join(", ", [label(k) for k in Certification])
    return [
        (
            CERTIFICATIONS_KEY,
            translate(
                "Importing", "'{word}' is not a certification kind ({known}): kept in the notes"
            ).format(word=word, known=known),
        )
        for word in unknown
    ]


def record_certifications(
    session: Session,
    supplier_id: int,
    kinds: Iterable[Settled],
    row: int,
    log: ChangeLog,
) -> int:
    """Add what the supplier does not hold yet (see the module docstring), each row
    logged for undo; how many were added."""
    wanted = list(dict.fromkeys(kinds))
    if not wanted:
        return 0
    held = session.execute(
        select(
            SupplierCertification.kind,
            SupplierCertification.reference,
            SupplierCertification.valid_until,
        ).where(SupplierCertification.supplier_id == supplier_id)
    ).all()
    held_kinds = {h.kind for h in held}
    numbers = {(h.kind, (h.reference or "").casefold()) for h in held if h.reference}
    ends = {(h.kind, h.valid_until) for h in held}
    added: list[SupplierCertification] = []
    for item in wanted:
        if isinstance(item, CertificateEntry):
            if item.number is not None:
                if (item.kind, item.number.casefold()) in numbers:
                    continue
            elif (item.kind, item.valid_until) in ends or (
                item.valid_until is None and item.kind in held_kinds
            ):
                continue
            data: dict[str, Any] = {"kind": item.kind, "reference": item.number}
            if item.valid_until is not None:
                data["valid_until"] = item.valid_until
            added.append(add_registration(session, supplier_id, data))
        elif item not in held_kinds:
            added.append(add_registration(session, supplier_id, {"kind": item}))
    for certificate in added:
        log.created("certifications", certificate.id, row, certificate.version)
    return len(added)
