"""Past imports, newest first: what the history dialog lists and `import undo` acts on."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ImportBatch


def past_imports(session: Session, limit: int = 500) -> list[ImportBatch]:
    return list(
        session.scalars(
            select(ImportBatch)
            .order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc())
            .limit(limit)
        )
    )
