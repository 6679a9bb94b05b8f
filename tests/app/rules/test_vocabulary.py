"""Every member of every closed list the window shows has its translatable words
(app.rules.vocabulary.label), and their English is what the window showed before
translation: 'on_hold' -> 'On hold', units and Incoterms as written (issue 17)."""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

import pytest

from app.messages import Message
from app.rules import vocabulary
from app.rules.vocabulary import label
from models import activity, audit, enums, freight, fx_rate, import_batch

MODULES = (enums, freight, fx_rate, activity, import_batch, audit)
ENUMS = sorted(
    {
        value
        for module in MODULES
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    },
    key=lambda e: e.__name__,
)
MEMBERS = [member for enum in ENUMS for member in enum]

ENGLISH_BEFORE = {
    enums.SupplierStatus.ON_HOLD: "On hold",
    enums.Certification.GLOBALGAP: "GlobalG.A.P.",
    enums.Certification.HACCP: "HACCP",
    enums.Certification.BRCGS: "BRCGS",
    enums.Certification.PRIMUS_GFS: "Primus GFS",
    enums.Certification.ORGANIC_USDA: "Organic (USDA)",
    enums.Certification.ORGANIC_EU: "Organic (EU)",
    enums.Certification.ORGANIC_CHINA: "Organic (China)",
    enums.Certification.GACC: "GACC registration",
    enums.Certification.SAG_CSG: "SAG CSG orchard",
    enums.Certification.SAG_CSP: "SAG CSP packhouse",
    enums.Certification.SENASICA: "SENASICA packhouse",
    enums.Certification.SENASA: "SENASA plant",
    enums.Certification.IFS: "IFS",
    enums.Certification.RAINFOREST_ALLIANCE: "Rainforest Alliance",
    enums.Certification.OTHER: "Other",
    enums.SiteKind.COLD_STORE: "Cold store",
    enums.NegotiationStage.CLOSED_LOST: "Closed lost",
    enums.ShipmentStatus.IN_TRANSIT: "In transit",
    enums.ShipmentStatus.AT_CUSTOMS: "At customs",
}
"""The explicit English labels before issue 17 (the rest: value, '_' -> ' ', capitalised)."""

SPELLED_AS_CODES = {"Mfn": "MFN", "Fta": "FTA", "Kg": "kg", "Csv": "CSV", "Ecb": "ECB"}
"""The labels issue 17 corrected: a code capitalised as a word read 'Ecb', 'Mfn'."""


def english_before(member: StrEnum) -> str:
    if isinstance(member, enums.Unit | enums.Incoterm):
        return member.value
    for known, text in ENGLISH_BEFORE.items():
        if type(known) is type(member) and known is member:
            return text
    text = member.value.replace("_", " ").capitalize()
    return SPELLED_AS_CODES.get(text, text)


def test_the_modules_hold_the_lists_the_window_shows() -> None:
    names = {e.__name__ for e in ENUMS}
    assert {"SupplierStatus", "NegotiationStage", "DocumentKind", "ChargeKind"} <= names
    assert {"RateSource", "ActivityKind", "ImportStatus", "ImportAction", "AuditAction"} <= names


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_its_words_and_the_english_is_unchanged(member: StrEnum) -> None:
    shown = label(member)
    assert shown == english_before(member)
    if isinstance(member, vocabulary.CODES) and member not in vocabulary.UNIT_WORDS:
        assert not isinstance(shown, Message)  # kg, FOB: codes in every language
    else:
        assert isinstance(shown, Message)
        assert shown.source == shown  # a literal lupdate extracts, not a formatted text
        assert shown.context in {"Vocabulary", "ComplianceStatus", "Units"}


def test_equal_values_of_two_lists_keep_their_own_words() -> None:
    supplier = label(enums.SupplierStatus.ACTIVE)
    registration = label(enums.ComplianceStatus.ACTIVE)
    assert supplier == registration == "Active"
    assert isinstance(supplier, Message)
    assert isinstance(registration, Message)
    assert supplier.context != registration.context


def test_no_member_is_missing_from_the_table() -> None:
    """label() falls back to the old rule for a member the table lacks: a new member
    must be added to the table (with a literal) to be translated."""
    missing = [
        f"{type(m).__name__}.{m.name}"
        for m in MEMBERS
        if not isinstance(m, vocabulary.CODES) and m not in vocabulary._LABELS.get(type(m), {})
    ]
    assert missing == []


def test_the_table_is_written_as_literals() -> None:
    """lupdate reads the code: every entry is translate("<context>", "<literal>")."""
    tree = ast.parse(Path(vocabulary.__file__).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translate"
    ]
    words = sum(1 for m in MEMBERS if not isinstance(m, vocabulary.CODES))
    assert len(calls) == words + len(vocabulary.UNIT_WORDS)
    assert all(
        all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)
        for call in calls
    )


def test_none_is_empty() -> None:
    assert label(None) == ""
