"""Purge log: which automatic backups still held the purged notes, and when they were deleted.

Revision ID: 0009
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "purge_backup_note",
        sa.Column("purge_log_id", sa.Integer, sa.ForeignKey("purge_log.id"), primary_key=True),
        sa.Column("backups_before", sa.Integer, nullable=False),
        sa.Column("backups_deleted_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("purge_backup_note")
