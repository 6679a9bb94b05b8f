"""Words people write where a name should be when they have none ("N/A", "Sin nombre",
"未知"): not a name. The import refuses a supplier row named so, as it refuses an empty
name; the services can hold a form's name to the same list."""

from __future__ import annotations

from app.messages import translate
from models.text import fold

PLACEHOLDER_NAMES = frozenset(
    fold(word)
    for word in (
        # nothing written
        "-", "--", "---", "—", "–", "?", "??", "???", ".", "...",
        "n/a", "n.a.", "n/d", "s/d", "s/n", "#n/a", "none", "null", "nil",
        # no name / unknown / to be decided, in the sheets' languages
        "sin nombre", "sem nome", "no name", "noname", "unnamed", "nameless",
        "desconocido", "desconocida", "desconhecido", "desconhecida", "unknown",
        "tbd", "tbc", "to be defined", "to be confirmed", "por definir", "a definir",
        "无", "無", "未知", "不详", "待定", "无名", "暂无",
    )
)  # fmt: skip
"""Folded: compare fold(name) (case, accents and spacing do not count)."""


def is_placeholder_name(name: str) -> bool:
    """Whether `name` is a stand-in for a missing name ('N/A', 'Sin nombre', '无')."""
    return fold(name).strip() in PLACEHOLDER_NAMES


def placeholder_message(name: str) -> str:
    """The one-line refusal of a placeholder name."""
    return translate(
        "Validation", "'{name}' is a placeholder, not a name: write the supplier's name"
    ).format(name=name.strip())
