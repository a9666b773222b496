"""Drafts: the unsaved content of an open dialog kept through a lock (inside the encrypted vault).

Revision ID: 0007
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("alias", sa.String(64)),
        sa.Column("content", sa.JSON, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("draft")
