"""Importing from the window: the import wizard (file and options, columns, preview,
import with undo), the import history, and the background work they share. The work
itself is app.importing; nothing here is imported until the user imports."""

from __future__ import annotations


def counted(text: str, n: int) -> str:
    """A `self.tr("%n row(s)", "", n)` text as shown: translated, it is the language's
    own plural form; untranslated (English source), "(s)" reads "1 row" / "2 rows"."""
    return text.replace("(s)", "" if n == 1 else "s")
