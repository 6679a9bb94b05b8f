"""What an import can fill: the targets and their fields (the tables are field_tables'),
and the header words that name the fields.

Header words are compared after `header_key` (fold, punctuation and filler words such
as "de"/"do"/"da" removed); "Razón social:" and "RAZON SOCIAL" meet "razon social".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from app.errors import ServiceError
from app.importing.field_tables import PRICE_LIST_FIELDS, SUPPLIER_FIELDS, FieldSpec
from app.messages import translate
from models.text import fold

__all__ = [
    "NOTE",
    "PRICE_LIST",
    "SUPPLIERS",
    "TARGETS",
    "FieldSpec",
    "field",
    "fields",
    "has_cjk",
    "header_key",
    "known_header_score",
    "synonym_keys",
]

NOTE = "note"
"""A column mapped to NOTE is appended to the supplier's notes as "Header: value"."""

SUPPLIERS = "suppliers"
PRICE_LIST = "price-list"

TARGETS: dict[str, tuple[FieldSpec, ...]] = {
    SUPPLIERS: SUPPLIER_FIELDS,
    PRICE_LIST: PRICE_LIST_FIELDS,
}


def fields(target: str) -> tuple[FieldSpec, ...]:
    """The fields of `target`, or a ServiceError naming the targets there are."""
    try:
        return TARGETS[target]
    except KeyError:
        known = ", ".join(TARGETS)
        raise ServiceError(
            translate("Importing", "Unknown import target '{target}' (use one of: {known})").format(
                target=target, known=known
            )
        ) from None


def field(target: str, key: str) -> FieldSpec:
    """The field `key` of `target`; a ServiceError if the target has no such field."""
    for spec in fields(target):
        if spec.key == key:
            return spec
    raise ServiceError(
        translate("Importing", "The {target} import has no field '{key}'").format(
            target=target, key=key
        )
    )


_PUNCTUATION = re.compile(r"[\W_]+")
_FILLER = frozenset({"de", "del", "do", "da", "dos", "das", "of", "the"})
_COPY_SUFFIX = re.compile(r"\s*\(\d+\)\s*$")


def header_key(header: str) -> str:
    """A header as it is compared with the synonyms: folded, punctuation gone, filler
    words dropped. 'Nombre del Proveedor:' -> 'nombre proveedor'; 'Tel./Fax' -> 'tel fax';
    a layout's duplicate marker ('Email (2)') is dropped too."""
    text = _COPY_SUFFIX.sub("", header)
    words = _PUNCTUATION.sub(" ", fold(text)).split()
    kept = [w for w in words if w not in _FILLER]
    return " ".join(kept or words)


@lru_cache(maxsize=8192)
def has_cjk(text: str) -> bool:
    """Whether `text` holds Chinese (or Japanese) characters, which are not split into words."""
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


@cache
def synonym_keys(target: str) -> dict[str, tuple[str, ...]]:
    """Field key -> its synonyms and its label, each passed through `header_key`."""
    result: dict[str, tuple[str, ...]] = {}
    for spec in fields(target):
        keys = dict.fromkeys(header_key(s) for s in (*spec.synonyms, spec.label))
        result[spec.key] = tuple(k for k in keys if k)
    return result


@cache
def _known_keys() -> frozenset[str]:
    return frozenset(
        key for target in TARGETS for keys in synonym_keys(target).values() for key in keys
    )


def known_header_score(text: str) -> float:
    """How much a cell reads like the name of a field of any target: 1.0 when the whole
    header is a synonym, 0.5 when one of its words (3 letters or more) is or a Chinese
    synonym sits inside it, else 0. The header detector adds these up: a strong sign
    that a row is the header."""
    key = header_key(text)
    if not key:
        return 0.0
    known = _known_keys()
    if key in known:
        return 1.0
    if any(len(word) >= 3 and word in known for word in key.split()):
        return 0.5
    if has_cjk(key) and any(len(k) >= 2 and has_cjk(k) and k in key for k in known):
        return 0.5
    return 0.0
