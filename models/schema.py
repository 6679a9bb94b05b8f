"""Schema versions: a database opens by upgrading itself to the program's head revision.

A database whose revision is not in this program's chain (a newer version's, or another
program's: the two cannot be told apart) is refused rather than touched: this program
cannot know what its columns mean.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

HEAD = "0012"
"""The newest revision, written here so that opening an up-to-date database needs no
Alembic (about 0.1 s of start-up); a test checks it against the migrations folder."""


class SchemaError(Exception):
    """The database's schema cannot be used by this program."""


class SchemaTooNewError(SchemaError):
    """The revision is not one this program knows (see unknown_revision)."""


def unknown_revision(revision: str) -> str:
    """What to tell the user about a database whose schema revision is not in our chain."""
    return (
        f"its schema revision {revision!r} is not one Supplier Desk knows (this version "
        f"knows up to {HEAD}); if a newer Supplier Desk wrote it, update this one; it was "
        "left as it was"
    )


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Revisions oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if rows else None


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def needs_upgrade(engine: Engine, known: str | None = None) -> bool:
    """Whether the database is older than this program. `known`: its revision as the
    caller has just read it; at HEAD nothing is read again."""
    if known == HEAD or current_revision(engine) == HEAD:
        return False
    check_not_too_new(engine)
    return current_revision(engine) != head_revision()


def check_not_too_new(engine: Engine) -> None:
    current = current_revision(engine)
    if current == HEAD:
        return
    if current is not None and current not in all_revisions():
        raise SchemaTooNewError(unknown_revision(current))
    if current is None and not is_empty(engine):
        raise SchemaError(
            "this database is not a Supplier Desk database (it has no schema version)"
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction (PostgreSQL) or per step (SQLite)."""
    from alembic import command

    check_not_too_new(engine)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
