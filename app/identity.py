"""Who the program is, said the same way everywhere: its name, its organisation (where its
settings are kept), its version and the licences of what it is built from.

The version has one source: the package's own (pyproject.toml's `version`, read from the
installed package's metadata; a frozen bundle carries that metadata too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib import metadata

NAME = "Supplier Desk"
ORGANISATION = "SupplierDesk"
"""Qt's organisation name: the folder of the window's settings (as it has always been)."""
DISTRIBUTION = "supplier-desk"
"""The package, the command, the desktop entry and the icon's name."""
UNKNOWN_VERSION = "0+unknown"


@cache
def version() -> str:
    """The installed package's version ("0+unknown" for a copy run without installing).
    importlib.metadata is imported here, when asked (20 ms the window's start need not pay)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN_VERSION


@dataclass(frozen=True)
class Component:
    """A library the program is built from, as its own metadata describes it."""

    name: str
    version: str
    licence: str


def components() -> list[Component]:
    """Every library the installed program needs (its dependencies and theirs, extras
    left out), by name, each with its version and licence."""
    from importlib import metadata

    found: dict[str, Component] = {}
    waiting = [DISTRIBUTION]
    while waiting:
        name = waiting.pop()
        key = _key(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = Component(dist.metadata["Name"] or name, dist.version, _licence(dist))
        for requirement in dist.requires or ():
            if "extra ==" in requirement:
                continue  # an optional part (tests, benchmarks), not the program's
            waiting.append(_requirement_name(requirement))
    return sorted(
        (c for k, c in found.items() if k != _key(DISTRIBUTION)), key=lambda c: c.name.lower()
    )


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else requirement


def _licence(dist: metadata.Distribution) -> str:
    """The licence as the package states it: its SPDX expression, else its licence
    classifiers, else the short License field."""
    meta: Any = dist.metadata  # an email.message.Message
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    short = (meta.get("License") or "").strip()
    if short and "\n" not in short and len(short) <= 80:
        return short
    return "see the package's licence file"
