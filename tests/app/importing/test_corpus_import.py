"""The whole import over every file of the shared edge-case corpus: each one imports
(preview and commit of all its sheets) or is refused with one line, within 10 s,
and a refused file leaves the database exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ServiceError
from app.importing.commit import commit_preview
from app.importing.plan import ImportOptions
from app.importing.preview import build_preview
from models import Contact, ImportBatch, Product, Supplier
from tests.app.importing.test_corpus_readers import CORPUS, FILES


def counts(session: Session) -> tuple[int, ...]:
    return tuple(
        session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Supplier, Contact, Product, ImportBatch)
    )


@pytest.mark.skipif(not FILES, reason="the shared spreadsheet corpus is not on this machine")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_file_imports_or_is_refused_in_one_line(session: Session, path: Path) -> None:
    before = counts(session)
    options = ImportOptions(all_sheets=True, default_country="CL")
    try:
        with session.begin_nested() as savepoint:
            preview = build_preview(session, path, options)
            result = commit_preview(session, preview)
            assert (
                result.created + result.updated + result.unchanged + result.skipped
                <= len(preview.rows) + result.possible_duplicates
            )
            savepoint.rollback()
    except ServiceError as refused:
        message = str(refused)
        assert "\n" not in message
        assert path.name in message or ":" in message
    session.expunge_all()
    assert counts(session) == before
