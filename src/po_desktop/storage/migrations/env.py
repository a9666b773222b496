"""Alembic environment: always runs on the already-unlocked connection handed in by the vault.

There is no URL and no ini file: the passphrase-derived key never leaves the vault module.
"""

from alembic import context

from po_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
