"""A supplier sheet's certifications column: its words read as the supplier's certification
rows (one per kind, as app.services.suppliers.set_certification keeps them).

A list cell ("GlobalG.A.P., HACCP") names kinds; a column headed by one kind
("GlobalG.A.P.") holding yes/no says whether the supplier has it. A word that names no
known kind is kept in the supplier's notes, with a warning: never a lost row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.importing.batch import ChangeLog
from app.rules import parsing
from app.rules.vocabulary import CERTIFICATION_SYNONYMS, label
from app.services.suppliers import set_certification
from models import Certification, SupplierCertification

KEY = "supplier.certifications"

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


def settle_certifications(
    values: dict[str, Any], headers: Mapping[str, str]
) -> list[tuple[str, str]]:
    """A cleaned row's certification words as kinds, in place; the words that name none
    go to the supplier's notes, each with a (field key, message) warning. Running it
    twice changes nothing more."""
    words = values.get(KEY)
    if not words:
        return []
    header = headers.get(KEY, "Certifications")
    headed = certification(header)
    kinds: dict[Certification, None] = {}
    unknown: list[str] = []
    for word in words:
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
    if kinds:
        values[KEY] = tuple(kinds)
    else:
        values.pop(KEY)
    if not unknown:
        return []
    line = f"{header}: {', '.join(unknown)}"
    existing = values.get("supplier.notes")
    values["supplier.notes"] = f"{existing}\n{line}" if existing else line
    known = ", ".join(label(k) for k in Certification)
    return [
        (KEY, f"'{word}' is not a certification kind ({known}): kept in the notes")
        for word in unknown
    ]


def record_certifications(
    session: Session,
    supplier_id: int,
    kinds: Iterable[Certification],
    row: int,
    log: ChangeLog,
) -> int:
    """Add the kinds the supplier does not hold yet (logged for undo); how many were added."""
    wanted = list(dict.fromkeys(kinds))
    if not wanted:
        return 0
    held = set(
        session.scalars(
            select(SupplierCertification.kind).where(
                SupplierCertification.supplier_id == supplier_id
            )
        )
    )
    added = [set_certification(session, supplier_id, {"kind": k}) for k in wanted if k not in held]
    for certificate in added:
        log.created("certifications", certificate.id, row, certificate.version)
    return len(added)
