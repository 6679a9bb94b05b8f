"""Importing from the window: the import wizard (file and options, columns, preview,
import with undo), the import history, and the background work they share. The work
itself is app.importing; nothing here is imported until the user imports."""

from __future__ import annotations
