"""The translation files: `.ts` sources kept in resources/translations (written by
pyside6-lupdate from ui/ and app/, translated by people), and the `.qm` files the window
loads, built from them with pyside6-lrelease by the project, never copied by hand.

`python -m ui.i18n_build` builds every `.qm` that is missing or older than its `.ts`
(the window does the same at start, so a fresh checkout needs no extra step);
`python -m ui.i18n_build --update` re-reads the code into the `.ts` files (new strings
come in unfinished, strings gone from the code are dropped) for a translator to finish.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ("ui", "app")
"""The packages whose translate()/tr() strings the window shows."""

LANGUAGES = ("zh_CN", "es")
"""Every `.ts` file: the window's languages other than English, the source language
(whose plurals follow one rule: ui.i18n.EnglishPlurals)."""


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"supplier_desk_{language}.ts"


def qm_file(language: str, folder: Path | None = None) -> Path:
    return (folder or TRANSLATIONS) / f"supplier_desk_{language}.qm"


def tool(name: str) -> str:
    """The path of pyside6-lupdate or pyside6-lrelease (installed with PySide6)."""
    command = f"pyside6-{name}"
    for folder in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        candidate = folder / (command + (".exe" if os.name == "nt" else ""))
        if candidate.exists():
            return str(candidate)
    found = shutil.which(command)
    if found is None:
        raise FileNotFoundError(f"{command} not found: install PySide6 (pip install -e .)")
    return found


def source_files() -> list[Path]:
    """Every Python file lupdate reads, in a stable order."""
    return sorted(p for package in SOURCES for p in (ROOT / package).rglob("*.py"))


def update(ts_files: list[Path] | None = None, *, quiet: bool = True) -> None:
    """Re-read the code into the `.ts` files (relative locations, obsolete entries dropped)."""
    for language in LANGUAGES:
        target = ts_file(language)
        if ts_files is not None and target not in ts_files:
            continue
        extract(target, language)
    if not quiet:
        print(f"updated {len(LANGUAGES)} .ts files in {TRANSLATIONS}")


def extract(target: Path, language: str) -> None:
    """lupdate from the code into `target` (which may be a copy of a committed file)."""
    plurals = plural_translations(target) if target.exists() else {}
    listing = target.with_suffix(".files")
    listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
    try:
        args = [tool("lupdate"), f"@{listing}", "-no-obsolete", "-locations", "none"]
        args += ["-source-language", "en", "-target-language", language]
        subprocess.run([*args, "-ts", str(target)], check=True, capture_output=True, cwd=ROOT)
    finally:
        listing.unlink()
    mark_counts(target, plurals)


Plurals = dict[tuple[str, str], ET.Element]
"""(context, source) -> the <translation> element of a plural entry."""


def plural_translations(target: Path) -> Plurals:
    found: Plurals = {}
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                found[(name, message.findtext("source") or "")] = translation
    return found


def mark_counts(target: Path, before: Plurals | None = None) -> None:
    """Make every source with %n a plural entry. lupdate's Python reader marks a
    `translate(context, source, None, n)` as plural only when n is a literal number
    (self.tr(source, "", n) is always right), and turns such an entry of the file back
    into a single form, so app/'s counts would otherwise get one form for every number.
    The plural forms the file held `before` lupdate ran are put back; a new entry keeps
    its text as the first form, unfinished for the translator to add the others."""
    tree = ET.parse(target)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes" or ("%n" not in source and "%Ln" not in source):
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            kept = (before or {}).get((name, source))
            if kept is not None:
                message.append(kept)
            else:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
                ET.SubElement(translation, "numerusform").text = (
                    old.text if old is not None else None
                )
            changed = True
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        target.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )


def build(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Build each `.qm` missing or older than its `.ts` into `folder` (the translations
    folder by default); the files built."""
    built = []
    for language in LANGUAGES:
        source, target = ts_file(language), qm_file(language, folder)
        if not source.exists():
            continue
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool("lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n_build", description=__doc__)
    parser.add_argument("--update", action="store_true", help="re-read the code into the .ts")
    args = parser.parse_args(argv)
    if args.update:
        update(quiet=False)
    for path in build(force=True):
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
