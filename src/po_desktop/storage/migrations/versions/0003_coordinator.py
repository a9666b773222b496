"""Coordinator: expected units, imported bundles, period approvals, the import log.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "expected_unit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String(120), nullable=False, unique=True),
        sa.Column("unit_id", sa.String(36)),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "imported_bundle",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("unit_id", sa.String(36), nullable=False, index=True),
        sa.Column("unit_label", sa.String(120), nullable=False),
        sa.Column("period_start", sa.Date, nullable=False),
        sa.Column("period_end", sa.Date, nullable=False),
        sa.Column("period_label", sa.String(40), nullable=False),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("replaced_by", sa.String(36)),
    )
    op.create_table(
        "period_approval",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("period_start", sa.Date, nullable=False),
        sa.Column("period_end", sa.Date, nullable=False),
        sa.Column("approved_on", sa.DateTime, nullable=False),
        sa.Column("reopened_on", sa.DateTime),
    )
    op.create_table(
        "coordinator_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("bundle_id", sa.String(36)),
        sa.Column("unit_id", sa.String(36)),
        sa.Column("period", sa.String(40)),
        sa.Column("detail", sa.Text),
    )


def downgrade() -> None:
    for table in ("coordinator_log", "period_approval", "imported_bundle", "expected_unit"):
        op.drop_table(table)
