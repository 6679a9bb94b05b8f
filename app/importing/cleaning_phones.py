"""Phone numbers in imported cells without phonenumbers.parse (25-80 us a number).

A supplier sheet holds a phone number or two per row, nearly all distinct, so remembering
them does not help: each has to be read. app.rules.parsing.parse_phone runs phonenumbers.parse,
is_valid_number and format_number, most of whose work is spent on what a cell of digits
never holds (letters, extensions, 'tel:' addresses). For a number written only with
digits and the marks between them (spaces, hyphens, points, brackets), this module takes
the same steps as those three on the same metadata: the international prefix, the
country code written without '+', the national prefix and its rewriting ('0280 15 ...'
in Argentina, '0 85 ...' in Brazil), the possible lengths, then validity by the number's
own patterns. It answers only a number it is sure of; None leaves the cell to
parse_phone, which also words the refusal. tests/app/importing/test_cleaning_phones.py
checks every region's answers against phonenumbers'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

_MAX_NATIONAL = 17
"""The longest national number phonenumbers.parse takes (its _MAX_LENGTH_FOR_NSN)."""

_Desc = tuple[frozenset[int], re.Pattern[str]]
"""A number type's possible lengths (empty: any) and national pattern."""


@dataclass(frozen=True, slots=True)
class _Plan:
    """One region's (or non-geographic calling code's) metadata, as parsing uses it."""

    code: str
    idd: re.Pattern[str] | None
    """The international call prefix ('00'): a number starting with it leaves the region."""
    national_prefix: re.Pattern[str] | None
    transform: str | None
    general: re.Pattern[str] | None
    lengths: tuple[int, ...]
    local_lengths: tuple[int, ...]
    kinds: tuple[_Desc, ...]
    """The number types that make a number valid: fixed line and mobile (unless its
    pattern is the fixed line's) first, the types of a supplier's number; then premium
    rate, toll free, shared cost, VoIP, personal, pager, UAN and voicemail."""


def local_e164(digits: str, region: str) -> str | None:
    """'5512345678' in MX -> '+525512345678': what parse_phone returns for a number that
    has no '+' and is written with ASCII digits and the marks ' -.()' and no-break
    space (`digits` is the number without the marks); None when unsure."""
    if len(digits) < 3:
        return None  # 'no phone' and '1-2' are refused in ways parse_phone words
    plan = _region_plan(region.upper())
    if plan is None:
        return None
    if plan.idd is not None and (idd := plan.idd.match(digits)):
        rest = digits[idd.end() :]
        if rest[:1] != "0":  # dialled from the region to abroad: '00 54 9 11 ...'
            return e164(f"+{rest}")
    national = digits
    code = plan.code
    if digits.startswith(code):
        # The country code written without '+': phonenumbers takes it as one when the
        # number reads better without it.
        after = _without_national_prefix(digits[len(code) :], plan)
        if after is None:
            return None
        if (not _general(digits, plan) and _general(after, plan)) or _length(
            digits, plan
        ) == "too long":
            national = after
    return _valid(national, plan)


def e164(number: str) -> str | None:
    """'+5491123456789' -> the same, when parse_phone returns it for a number written
    '+' and ASCII digits (and the marks local_e164 allows); a number with a national
    prefix after its country code comes back without it; None when unsure."""
    digits = number[1:]
    if len(digits) <= 2 or digits[0] == "0" or not digits.isdigit() or not digits.isascii():
        return None
    for size in (1, 2, 3):
        plan = _calling_code_plan(digits[:size])
        if plan is not None:
            return _valid(digits[size:], plan) if plan.code else None
    return None


def _valid(national: str, plan: _Plan) -> str | None:
    """The E.164 form of `national` after parse's last steps, if it is valid."""
    if len(national) < 2:
        return None
    stripped = _without_national_prefix(national, plan)
    if stripped is None:
        return None
    if stripped != national and _length(stripped, plan) in ("possible", "too long"):
        national = stripped
    # phonenumbers keeps leading zeros apart ('italian_leading_zero') and writes them
    # back: the national significant number is `national` as it is.
    size = len(national)
    if size > _MAX_NATIONAL or size not in plan.lengths or not _general(national, plan):
        return None  # is_valid_number checks the general desc first
    for lengths, pattern in plan.kinds:
        if (not lengths or size in lengths) and pattern.fullmatch(national):
            return f"+{plan.code}{national}"
    return None


def _general(number: str, plan: _Plan) -> bool:
    """phonenumbers' _match_national_number with the general desc (lengths not checked)."""
    return plan.general is not None and plan.general.fullmatch(number) is not None


def _without_national_prefix(number: str, plan: _Plan) -> str | None:
    """phonenumbers' _maybe_strip_national_prefix_carrier_code: `number` without its
    national prefix, rewritten where the region says so; None when unsure."""
    prefix = plan.national_prefix
    if not number or prefix is None:
        return number
    match = prefix.match(number)
    if match is None:
        return number
    groups = match.groups()
    if not plan.transform or (groups and groups[-1] is None):
        if not match.end():
            return number  # nothing to strip (Argentina's prefix may match nothing)
        rest = number[match.end() :]
    elif not groups:
        return None  # a rewriting with nothing to rewrite: phonenumbers fails
    else:
        rest = prefix.sub(plan.transform, number, count=1)
    if _general(number, plan) and not _general(rest, plan):
        return number  # the prefix was part of the number
    return rest


def _length(number: str, plan: _Plan) -> str:
    """phonenumbers' _test_number_length for the general desc."""
    size = len(number)
    if size in plan.local_lengths:
        return "local only"
    lengths = plan.lengths
    if lengths[0] == size:
        return "possible"
    if lengths[0] > size:
        return "too short"
    if lengths[-1] < size:
        return "too long"
    return "possible" if size in lengths[1:] else "invalid length"


@cache
def _region_plan(region: str) -> _Plan | None:
    """The plan of a region whose calling code is its own, or the first of those sharing
    it when that one names no leading digits (US for +1): then the region
    is_valid_number checks a number against is the region itself."""
    import phonenumbers  # ~60 ms: only once a phone is read

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.country_code is None:
        return None
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code, ())
    if not regions or regions[0] != region or (len(regions) > 1 and metadata.leading_digits):
        return None
    return _plan(metadata)


@cache
def _calling_code_plan(code: str) -> _Plan | None:
    """The plan of a calling code that one region (or one non-geographic service) uses;
    an empty code in the plan for a code that several regions share (+1, +7, +44); None
    for digits that are not a calling code."""
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(code))
    if not regions:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(int(code), regions[0])
    plan = _plan(metadata) if len(regions) == 1 and metadata is not None else None
    return plan or _Plan("", None, None, None, None, (), (), ())


def _plan(metadata: Any) -> _Plan | None:
    general = metadata.general_desc
    if general is None or not general.possible_length:
        return None
    prefix = metadata.national_prefix_for_parsing
    idd = metadata.international_prefix
    kinds = [metadata.fixed_line]
    if not metadata.same_mobile_and_fixed_line_pattern:
        kinds.append(metadata.mobile)
    kinds += [
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
    ]
    return _Plan(
        code=str(metadata.country_code),
        idd=re.compile(idd) if idd else None,
        national_prefix=re.compile(prefix) if prefix else None,
        transform=metadata.national_prefix_transform_rule or None,
        general=re.compile(general.national_number_pattern)
        if general.national_number_pattern
        else None,
        lengths=tuple(general.possible_length),
        local_lengths=tuple(general.possible_length_local_only or ()),
        kinds=_descs(kinds),
    )


def _descs(descs: list[Any]) -> tuple[_Desc, ...]:
    return tuple(
        (frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern))
        for desc in descs
        if desc is not None and desc.national_number_pattern
    )
