"""Signed bundles: the coordinator's unit id → public key bindings, and which key signed each
imported bundle.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_key",
        sa.Column("unit_id", sa.String(36), primary_key=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("bound_at", sa.DateTime, nullable=False),
        sa.Column("bundle_id", sa.String(36)),
    )
    op.add_column("imported_bundle", sa.Column("signed_by", sa.String(40)))


def downgrade() -> None:
    with op.batch_alter_table("imported_bundle") as batch:
        batch.drop_column("signed_by")
    op.drop_table("unit_key")
