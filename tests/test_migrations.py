"""The Alembic migrations produce exactly what the ORM models describe."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from po_desktop.storage.models import Base


def test_models_match_migrations(vault):
    with vault.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    # FTS5 shadow tables are created by SQL in the migration and are not ORM models.
    diff = [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name.startswith(("note_fts", "note_trigram")))
    ]
    assert diff == []
