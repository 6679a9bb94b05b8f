"""Which column fills which field: a suggestion from the header words, and the mappings a
user confirmed, offered again to files with the same header row.

Scoring a header against a field's synonyms:
- the folded header (`fields.header_key`) equals a synonym: 1.0;
- a Chinese header holding a Chinese synonym: 0.85 at its end (the head noun: 联系人手机
  is a mobile number), 0.8 elsewhere;
- otherwise word by word: every word of the synonym must be in the header (typos
  tolerated, rapidfuzz ratio >= 80; words under four letters exactly), and the score
  grows with the share of the header's words the synonym explains. Words that name one
  field only ('rfc') count more than words many fields use ('proveedor'), so
  'RFC Proveedor' is a tax id, not a name. (rapidfuzz's token_set_ratio scores any subset
  100, which cannot tell those two apart.) A fuzzy score stays below 0.95.
A column scoring under MIN_CONFIDENCE for every field is left unmapped.

Each field goes to one column at most, in an assignment over all the columns (`_assign`,
the Hungarian method): the choice whose scores are best overall (a score counts as its
fourth power, so one exact synonym outweighs two middling guesses), ties going to the
leftmost column; a column competes only for the fields scoring near its best
(ALTERNATIVE_MARGIN). Sample rows raise a fuzzy score when the values have the field's look
(emails under an email field), and map an unnamed column of emails, phone numbers or web
addresses.

A bare "Nombre"/"Nome"/"Name" names a company and a person alike: when another column
clearly names the company ("Razón social", "Empresa", "Company", "Proveedor", "公司名称")
it is the contact's name, otherwise the supplier's. A column under a group
("Contacto › Nombre", see layout.GROUP_SEPARATOR) is read with its group: under a
contact group it fills contact fields, under a company group supplier fields, and the
group's words help name it ("Contacto" + "Nombre" is "nombre contacto").

Plain "Email"/"Teléfono" headers on a supplier list are settled by position: such a
column standing in the run of contact columns right after the contact-name column
("Contacto | Cargo | Email | Teléfono") is the contact's; otherwise the first one is the
supplier's and a second one the contact's. With no name column but a "Razón social"
one, the legal name column is mapped to the name (a supplier needs a name).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.importing.field_tables import CERTIFICATE_VALIDITY_WORDS
from app.importing.fields import (
    NOTE,
    FieldSpec,
    fields,
    has_cjk,
    header_key,
    synonym_keys,
)
from app.importing.layout import cell_type, split_group
from app.importing.source import CellValue, column_letter
from app.messages import translate
from models.import_batch import ImportMapping
from models.text import fold

MIN_CONFIDENCE = 0.6
FUZZY_CEILING = 0.95
SAMPLE_BONUS = 0.05
ALTERNATIVE_MARGIN = 0.1
"""A column may go to a field scoring this much under its best: "Nombre contacto" names
the contact (1.0), its "nombre" does not make it a candidate for the supplier's name."""

_GENERIC = {
    "email": frozenset(
        {"email", "e mail", "mail", "correo", "correo electronico", "邮箱", "电子邮件", "电邮"}
    ),
    "phone": frozenset(
        {
            "phone",
            "telephone",
            "phone number",
            "tel",
            "tel fax",
            "telefono",
            "telefonos",
            "telefono fax",
            "telefone",
            "fone",
            "电话",
            "联系电话",
        }
    ),
}
"""Header words that name an email or phone without saying whose: supplier or contact."""

_KIND_LOOK = {"email": "email", "url": "url", "phone": "phone", "date": "date"}
_KIND_LOOK |= {"money": "number", "decimal": "number", "quantity": "number"}
"""Field kind -> the cell type (layout.cell_type) its values have."""

_AUTO_NAME = re.compile(r"Column ([A-Z]+)")

_ANY_NAME = frozenset({"name", "nombre", "nome"})
"""Header words that name a company or a person alike."""
_ANY_NAME_SCORES = {
    True: {"contact.name": 0.9, "supplier.name": 0.8},
    False: {"supplier.name": 1.0, "contact.name": 0.9},
}
"""A bare name column's scores when another column names the company (True)."""
_COMPANY_FIELDS = frozenset({"supplier.name", "supplier.legal_name"})
_COMPANY_SCORE = 0.8
"""A column scoring this for a company field, not a bare name, clearly names the company."""
_ROLE_OF = {"supplier.name": "supplier", "supplier.legal_name": "supplier"}
_ROLE_OF |= {"contact.name": "contact"}
"""What a group label names, by the field its words name: the company or the contact."""


@dataclass(frozen=True)
class ColumnChoice:
    column: int
    """0-based column index."""
    header: str
    field: str | None
    """A FieldSpec.key, NOTE, or None (the column is ignored)."""
    confidence: float
    """0..1: 1.0 for an exact synonym (or a confirmed mapping), lower for fuzzy, 0 unmapped."""


@dataclass(frozen=True)
class SavedMapping:
    choices: list[ColumnChoice]
    options: dict[str, Any]
    """What else the user settled for this layout: {"decimal": "comma", "header_row": 3}."""


# --- suggestion --------------------------------------------------------------------------


def suggest_mapping(
    headers: Sequence[str], target: str, sample: Sequence[Sequence[CellValue]] = ()
) -> list[ColumnChoice]:
    """One choice per header, each field used at most once (see the module docstring)."""
    specs = fields(target)
    synonyms = synonym_keys(target)
    weights = _word_weights(target)
    parts = [split_group(h) for h in headers]
    keys = [_own_key(i, name) for i, (_, name) in enumerate(parts)]
    roles = [_group_role(group) for group, _ in parts]
    looks = [_column_look(sample, i) for i in range(len(headers))]
    by_key = {spec.key: spec for spec in specs}
    shared = "supplier.email" in by_key and "contact.email" in by_key

    generic: dict[int, tuple[str, float]] = {}
    if shared:
        for column, key in enumerate(keys):
            for kind, words in _GENERIC.items():
                if key in words:
                    generic[column] = (kind, 1.0)

    scores: dict[tuple[int, int], float] = {}  # (field order, column) -> score
    for column, key in enumerate(keys):
        if not key:
            continue
        role = roles[column]
        if column in generic:
            if role is not None:  # a plain "Teléfono" under "Contacto"
                kind = generic.pop(column)[0]
                scores[list(by_key).index(f"{role}.{kind}"), column] = 1.0
            continue
        group = parts[column][0]
        together = _group_keys(group, parts[column][1]) if group else ()
        for order, spec in enumerate(specs):
            if role is not None and _other_side(spec.key, role, by_key):
                continue
            score = max(_score(k, synonyms[spec.key], weights) for k in (key, *together))
            if score < MIN_CONFIDENCE:
                continue
            confirmed = looks[column] is not None and looks[column] == _KIND_LOOK.get(spec.kind)
            if confirmed and score < 1.0:
                score = min(FUZZY_CEILING, score + SAMPLE_BONUS)
            scores[order, column] = score
    if shared:
        _weigh_bare_names(scores, keys, roles, specs)
    best: dict[int, float] = {}
    for (_, column), score in scores.items():
        best[column] = max(best.get(column, 0.0), score)
    scores = {k: v for k, v in scores.items() if v >= best[k[1]] - ALTERNATIVE_MARGIN}

    chosen: dict[int, tuple[str, float]] = {
        column: (specs[order].key, round(scores[order, column], 2))
        for order, column in _assign(scores, len(specs), len(headers)).items()
    }
    taken = {key for key, _ in chosen.values()}

    if shared:
        # A near miss of a plain word ("Telef.") is as plain as the word: whose it is
        # is settled with the others.
        for column, (key, score) in list(chosen.items()):
            if key in ("supplier.email", "supplier.phone") and score < 1.0:
                if roles[column] is not None:
                    continue
                del chosen[column]
                taken.discard(key)
                generic[column] = (key.removeprefix("supplier."), score)
        # Unnamed columns whose values are plainly emails, phones or web addresses.
        for column in range(len(keys)):
            if column in chosen or column in generic:
                continue
            look = looks[column]
            if look == "email" or (look == "phone" and _international(sample, column)):
                generic[column] = (look, 0.5)
            elif look == "url" and "supplier.website" not in taken:
                chosen[column] = ("supplier.website", 0.5)
                taken.add("supplier.website")
        _settle_generic(generic, keys, chosen, taken)
        if "supplier.name" not in taken and "supplier.legal_name" in taken:
            column = next(c for c, (k, _) in chosen.items() if k == "supplier.legal_name")
            chosen[column] = ("supplier.name", chosen[column][1])
    _validity_beside_numbers(keys, chosen, {spec.key for spec in specs})

    return [
        ColumnChoice(column, header, *chosen.get(column, (None, 0.0)))
        for column, header in enumerate(headers)
    ]


def _validity_beside_numbers(
    keys: Sequence[str], chosen: dict[int, tuple[str, float]], known: set[str]
) -> None:
    """A bare validity column ("有效期", "Vencimiento") right after a kind's number column
    ("Registro GACC") is that kind's valid until, not the offer's: in place."""
    for column, key in enumerate(keys):
        if column == 0 or key not in CERTIFICATE_VALIDITY_WORDS:
            continue
        left = chosen.get(column - 1, ("", 0.0))[0]
        if not (left.startswith("certificate.") and left.endswith(".number")):
            continue
        target = left.removesuffix(".number") + ".valid_until"
        if target in known and all(k != target for k, _ in chosen.values()):
            chosen[column] = (target, 0.9)


def _weigh_bare_names(
    scores: dict[tuple[int, int], float],
    keys: Sequence[str],
    roles: Sequence[str | None],
    specs: Sequence[FieldSpec],
) -> None:
    """A bare "Nombre" is the contact's name beside a column that names the company, the
    supplier's otherwise (it may still take the other when that one is taken)."""
    order = {spec.key: index for index, spec in enumerate(specs)}
    bare = [c for c, key in enumerate(keys) if key in _ANY_NAME and roles[c] is None]
    company = any(
        score >= _COMPANY_SCORE
        for (index, column), score in scores.items()
        if specs[index].key in _COMPANY_FIELDS and column not in bare
    )
    for column in bare:
        for key, score in _ANY_NAME_SCORES[company].items():
            scores[order[key], column] = score


def _other_side(key: str, role: str, by_key: Mapping[str, FieldSpec]) -> bool:
    """Whether field `key` belongs to the other side of a column under a `role` group:
    "supplier.phone" under "Contacto", where the contact has a phone of its own."""
    entity, _, attr = key.partition(".")
    other = "contact" if role == "supplier" else "supplier"
    return entity == other and f"{role}.{attr}" in by_key


def _group_keys(group: str, name: str) -> tuple[str, ...]:
    """A grouped header read as one: "Contacto" + "Nombre" -> "contacto nombre"; Chinese
    joined without a space, "联系人" + "电话" -> "联系人电话"."""
    spaced = header_key(f"{group} {name}")
    return (spaced, spaced.replace(" ", "")) if has_cjk(spaced) else (spaced,)


@cache
def _group_role(group: str) -> str | None:
    """ "supplier" for a group naming the company ("Empresa", "Company", "公司"),
    "contact" for one naming the contact ("Contacto", "联系人"), else None ("Oferta")."""
    key = header_key(group) if group else ""
    if not key:
        return None
    synonyms = synonym_keys("suppliers")
    weights = _word_weights("suppliers")
    scored = [(_score(key, synonyms[field], weights), field) for field in _ROLE_OF]
    score, field = max(scored)
    return _ROLE_OF[field] if score >= MIN_CONFIDENCE else None


_BIG = 1 << 62


def _assign(scores: Mapping[tuple[int, int], float], rows: int, columns: int) -> dict[int, int]:
    """The best assignment of fields (rows) to columns, each used at most once: the
    largest sum of scores to the fourth power, then earlier fields on columns further
    left. {field order: column}, only pairs that have a score.

    The Hungarian method (Kuhn-Munkres, O(rows² x columns)) on integer costs; a pair
    without a score costs nothing, as leaving both free does, and `rows` spare columns
    let every field stay unassigned."""
    if not scores:
        return {}
    tie_span = rows * columns * min(rows, columns) + 1
    # Only the fields and columns that have a score take part (a 9,000-column sheet of
    # numbers has none): compact indexes, 1-based for the method below.
    field_of = sorted({order for order, _ in scores})
    column_of = sorted({column for _, column in scores})
    cost: dict[tuple[int, int], int] = {
        (field_of.index(order), column_of.index(column)): -(
            round(score**4 * 10_000) * tie_span + (columns - column) * (rows - order)
        )
        for (order, column), score in scores.items()
    }
    rows, columns = len(field_of), len(column_of)
    width = columns + rows
    u = [0] * (rows + 1)
    v = [0] * (width + 1)
    owner = [0] * (width + 1)  # column j (1-based) -> row (1-based), 0 = free
    way = [0] * (width + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        j0 = 0
        least = [_BIG] * (width + 1)
        used = [False] * (width + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta, j1 = _BIG, 0
            for j in range(1, width + 1):
                if used[j]:
                    continue
                current = cost.get((i0 - 1, j - 1), 0) - u[i0] - v[j]
                if current < least[j]:
                    least[j], way[j] = current, j0
                if least[j] < delta:
                    delta, j1 = least[j], j
            for j in range(width + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return {
        field_of[owner[j] - 1]: column_of[j - 1]
        for j in range(1, width + 1)
        if owner[j] and (owner[j] - 1, j - 1) in cost
    }


def _own_key(column: int, header: str) -> str:
    """The header's matching key; "" for the "Column C" names the layout gives blank headers."""
    auto = _AUTO_NAME.fullmatch(header.strip())
    if auto and auto.group(1) == column_letter(column):
        return ""
    return header_key(header)


def _international(sample: Sequence[Sequence[CellValue]], column: int) -> bool:
    """Values written "+52 ..." : phone numbers, not tax ids or codes that look alike."""
    values = [str(row[column]).strip() for row in sample if column < len(row) and row[column]]
    return bool(values) and sum(v.startswith("+") for v in values) / len(values) >= 0.6


def _settle_generic(
    generic: Mapping[int, tuple[str, float]],
    keys: Sequence[str],
    chosen: dict[int, tuple[str, float]],
    taken: set[str],
) -> None:
    """Give each plain email/phone column to the supplier or to the contact."""
    contact_block: set[int] = set()
    contact_name = next((c for c, (k, _) in chosen.items() if k == "contact.name"), None)
    if contact_name is not None:
        column = contact_name + 1
        while column < len(keys):
            mapped = chosen.get(column)
            if column in generic or (mapped and mapped[0].startswith("contact.")):
                contact_block.add(column)
                column += 1
            else:
                break
    for column in sorted(generic):
        kind, confidence = generic[column]
        first, second = f"supplier.{kind}", f"contact.{kind}"
        if column in contact_block:
            first, second = second, first
        for key in (first, second):
            if key not in taken:
                chosen[column] = (key, confidence)
                taken.add(key)
                break


@cache
def _word_weights(target: str) -> dict[str, float]:
    """Word -> 1 / the number of the target's fields whose synonyms use it."""
    users: dict[str, set[str]] = {}
    for key, words in synonym_keys(target).items():
        for synonym in words:
            for word in synonym.split():
                users.setdefault(word, set()).add(key)
    return {word: 1.0 / len(keys) for word, keys in users.items()}


_UNKNOWN_WORD_WEIGHT = 0.5
"""Words no synonym uses ('usd', 'kg', '2024') qualify a header more than they name it."""


def _score(key: str, synonyms: Sequence[str], weights: Mapping[str, float]) -> float:
    if key in synonyms:
        return 1.0
    compact = key.replace(" ", "")
    if any(compact == s.replace(" ", "") for s in synonyms):
        return 1.0  # "whats app" and "whatsapp", "e mail" and "email"
    if not any(ch.isalpha() for ch in key):
        return 0.0  # '2024', '100022': no field is named by digits alone
    if has_cjk(key):
        best = 0.0
        for synonym in synonyms:
            if len(synonym) >= 2 and has_cjk(synonym) and synonym in key:
                best = max(best, 0.85 if key.endswith(synonym) else 0.8)
        return best
    words = key.split()
    total = sum(weights.get(w, _UNKNOWN_WORD_WEIGHT) for w in words)
    best = 0.0
    for synonym in synonyms:
        if has_cjk(synonym):
            continue
        similarity = 0.0
        matched: set[int] = set()
        for word in synonym.split():
            position, ratio = _best_word(word, words, matched)
            if position < 0:
                break
            matched.add(position)
            similarity += ratio
        else:
            similarity /= len(synonym.split())
            covered = sum(weights.get(words[i], _UNKNOWN_WORD_WEIGHT) for i in matched)
            score = similarity * (0.55 + 0.4 * covered / total)
            best = max(best, score)
    return min(best, FUZZY_CEILING)


def _best_word(word: str, words: Sequence[str], used: set[int]) -> tuple[int, float]:
    """The header word closest to a synonym's word: (its index, similarity 0..1), or -1."""
    best, best_ratio = -1, 0.0
    for index, candidate in enumerate(words):
        if index in used:
            continue
        if candidate == word:
            return index, 1.0
        if len(word) < 4 or len(candidate) < 4:
            continue
        ratio = fuzz.ratio(word, candidate) / 100
        if len(candidate) >= 4 and word.startswith(candidate):
            ratio = max(ratio, 0.9)  # an abbreviation: "telef" for "telefono"
        if ratio >= 0.8 and ratio > best_ratio:
            best, best_ratio = index, ratio
    return best, best_ratio


def _column_look(sample: Sequence[Sequence[CellValue]], column: int) -> str | None:
    """The cell type most of a column's sample values share (email, phone, number...)."""
    seen: Counter[str] = Counter()
    for row in sample:
        if column < len(row):
            value = row[column]
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            seen[cell_type(value)] += 1
    if not seen:
        return None
    look, count = seen.most_common(1)[0]
    return look if count / sum(seen.values()) >= 0.6 else None


def missing_required(choices: Sequence[ColumnChoice], target: str) -> list[FieldSpec]:
    """The required fields of `target` no column is mapped to."""
    mapped = {c.field for c in choices}
    return [spec for spec in fields(target) if spec.required and spec.key not in mapped]


# --- saved mappings ----------------------------------------------------------------------


def layout_signature(headers: Sequence[str]) -> str:
    """sha256 (hex) of the folded headers in their order: the key of a saved mapping."""
    joined = "\x1f".join(fold(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def load_saved_mapping(
    session: Session, target: str, headers: Sequence[str]
) -> SavedMapping | None:
    """The mapping confirmed earlier for these headers, in this order; None if there is none.

    A field the target no longer has comes back as an ignored column.
    """
    valid = {spec.key for spec in fields(target)} | {NOTE}
    saved = session.scalar(
        select(ImportMapping).where(
            ImportMapping.target == target,
            ImportMapping.signature == layout_signature(headers),
        )
    )
    if saved is None:
        return None
    stored = saved.mapping.get("fields")
    if not isinstance(stored, list) or len(stored) != len(headers):
        return None
    options = saved.mapping.get("options")
    choices: list[ColumnChoice] = []
    used: set[str] = set()
    for column, (header, key) in enumerate(zip(headers, stored, strict=True)):
        if isinstance(key, str) and key in valid and (key == NOTE or key not in used):
            used.add(key)
            choices.append(ColumnChoice(column, header, key, 1.0))
        else:
            choices.append(ColumnChoice(column, header, None, 0.0))
    return SavedMapping(choices=choices, options=dict(options) if isinstance(options, dict) else {})


def save_mapping(
    session: Session,
    target: str,
    headers: Sequence[str],
    choices: Sequence[ColumnChoice],
    options: Mapping[str, Any],
) -> None:
    """Remember the user's mapping for this header row (replacing an earlier one); flushes,
    the caller commits with the import."""
    valid = {spec.key for spec in fields(target)} | {NOTE}
    stored: list[str | None] = [None] * len(headers)
    owner: dict[str, int] = {}
    for choice in choices:
        if not 0 <= choice.column < len(headers):
            raise ServiceError(
                translate(
                    "Importing", "Column {letter} is not in the header row ({count} columns)"
                ).format(letter=column_letter(max(choice.column, 0)), count=len(headers))
            )
        if choice.field is None:
            continue
        if choice.field not in valid:
            raise ServiceError(
                translate(
                    "Importing",
                    "Column {letter} '{header}': the {target} import has no field '{key}'",
                ).format(
                    letter=column_letter(choice.column),
                    header=choice.header,
                    target=target,
                    key=choice.field,
                )
            )
        if choice.field != NOTE and choice.field in owner:
            raise ServiceError(
                translate(
                    "Importing", "Field '{key}' is mapped twice: columns {first} and {second}"
                ).format(
                    key=choice.field,
                    first=column_letter(owner[choice.field]),
                    second=column_letter(choice.column),
                )
            )
        owner[choice.field] = choice.column
        stored[choice.column] = choice.field
    try:
        plain_options = json.loads(json.dumps(dict(options)))
    except (TypeError, ValueError) as error:
        raise ServiceError(
            translate("Importing", "The import options cannot be saved: {reason}").format(
                reason=error
            )
        ) from None

    signature = layout_signature(headers)
    mapping = {"fields": stored, "options": plain_options}
    saved = session.scalar(
        select(ImportMapping).where(
            ImportMapping.target == target, ImportMapping.signature == signature
        )
    )
    if saved is None:
        session.add(
            ImportMapping(
                target=target, signature=signature, headers=list(headers), mapping=mapping
            )
        )
    else:
        saved.headers = list(headers)
        saved.mapping = mapping
    session.flush()
