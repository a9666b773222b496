"""The team exchange: the team, its members, the records seen, published things, handovers and
the synchronisations' notices.

Revision ID: 0011
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_config",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("team_id", sa.String(32), nullable=False),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("member_id", sa.String(24), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("introducer", sa.String(24)),
        sa.Column("bootstrap_record", sa.String(32)),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_sync_at", sa.DateTime),
    )
    op.create_table(
        "team_member",
        sa.Column("member_id", sa.String(24), primary_key=True),
        sa.Column("label", sa.String(80), nullable=False),
        sa.Column("sign_pub", sa.String(64), nullable=False),
        sa.Column("enc_pub", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("last_seq", sa.Integer),
        sa.Column("added_at", sa.String(20), nullable=False),
    )
    op.create_table(
        "team_record",
        sa.Column("record_id", sa.String(32), primary_key=True),
        sa.Column("author", sa.String(24), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(20)),
        sa.Column("payload", sa.JSON),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("applied", sa.Boolean, nullable=False),
        sa.Column("line", sa.Text),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("author", "seq"),
    )
    op.create_index("ix_team_record_author", "team_record", ["author"])
    op.create_index("ix_team_record_kind", "team_record", ["kind"])
    op.create_table(
        "team_published",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("local_ref", sa.String(64), nullable=False),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.UniqueConstraint("kind", "local_ref"),
    )
    op.create_table(
        "team_handover",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("direction", sa.String(4), nullable=False),
        sa.Column("peer", sa.String(24), nullable=False),
        sa.Column("alias", sa.String(40), nullable=False),
        sa.Column("assignment_id", sa.Integer),
        sa.Column("content_digest", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("done_at", sa.DateTime),
    )
    op.create_table(
        "team_notice",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("file", sa.String(255)),
        sa.Column("member", sa.String(24)),
        sa.Column("seq", sa.Integer),
        sa.Column("detail", sa.Text),
    )


def downgrade() -> None:
    for table in (
        "team_notice",
        "team_handover",
        "team_published",
        "team_record",
        "team_member",
        "team_config",
    ):
        op.drop_table(table)
