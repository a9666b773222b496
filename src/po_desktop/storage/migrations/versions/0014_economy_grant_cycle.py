"""The grant cycle: posts with monthly staffing, actual costs, the account's inputs, the
application's texts per year, a budget line's party and the year's index and amount per party.

Revision ID: 0014
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("economy_year") as batch:
        batch.add_column(sa.Column("index_percent", sa.String(16)))
        batch.add_column(sa.Column("amount_per_party", sa.Integer))
    with op.batch_alter_table("economy_budget_line") as batch:
        batch.add_column(sa.Column("party", sa.String(120)))
    op.create_table(
        "economy_post",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("fte", sa.String(16), nullable=False),
        sa.Column("grant_eligible", sa.Boolean, nullable=False),
        sa.Column("municipalities", sa.JSON, nullable=False),
        sa.Column("area", sa.String(80)),
        sa.Column("party", sa.String(120)),
        sa.Column("months", sa.JSON),
        sa.UniqueConstraint("year", "label"),
    )
    op.create_table(
        "economy_actual",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.UniqueConstraint("year", "label"),
    )
    op.create_table(
        "economy_account",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("grant_decided", sa.Integer),
        sa.Column("grant_decided_fte", sa.String(16)),
        sa.Column("billed", sa.JSON),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "economy_application",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("economy_application")
    op.drop_table("economy_account")
    op.drop_table("economy_actual")
    op.drop_table("economy_post")
    with op.batch_alter_table("economy_budget_line") as batch:
        batch.drop_column("party")
    with op.batch_alter_table("economy_year") as batch:
        batch.drop_column("amount_per_party")
        batch.drop_column("index_percent")
