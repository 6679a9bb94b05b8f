"""Declarative base, naming convention and the audit columns every row carries."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from models.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum: type[StrEnum], **kwargs: Any) -> Any:
    """A StrEnum stored as its value in a VARCHAR (no native enum, no CHECK).

    New members then need no migration; the ORM still refuses unknown strings.
    """
    return mapped_column(
        Enum(
            enum,
            native_enum=False,
            create_constraint=False,
            length=30,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        **kwargs,
    )


ACTOR_CHARS = 80
"""The length of a "who" column (created_by, updated_by, the audit log's actor): a longer
name (an OS account of 200 characters) is cut to fit, never refused (see
models.engine.make_session_factory)."""


class Audited:
    """Created/updated stamps, who made the last change, and an optimistic-lock version.

    `version` is the mapper's version_id_col: every UPDATE says `WHERE version = :seen`
    and fails with StaleDataError when another writer got there first.

    created_by / updated_by: on SQLite the session's actor (models.engine stamps it); on
    PostgreSQL a trigger (migration 0006) overwrites them with the server login
    (`session_user`) whatever the client sent, and an update keeps created_by.
    """

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(ACTOR_CHARS))
    updated_by: Mapped[str | None] = mapped_column(String(ACTOR_CHARS))
    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr receives the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Archivable:
    """Soft delete: an archived row is hidden from lists but keeps everything it refers to."""

    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None
