"""Coordinator economy: the year's key and statsbidrag, entered FTE, budget lines, fixed shares,
population figures.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "economy_year",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("key", sa.String(32)),
        sa.Column("grant_per_fte", sa.Integer),
        sa.Column("billings_per_year", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "economy_fte",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("unit_label", sa.String(120), nullable=False),
        sa.Column("fte", sa.String(16), nullable=False),
        sa.UniqueConstraint("year", "unit_label"),
    )
    op.create_table(
        "economy_budget_line",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("amount", sa.Integer),
        sa.Column("percent", sa.String(16)),
        sa.UniqueConstraint("year", "label"),
    )
    op.create_table(
        "economy_share",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("municipality", sa.String(80), nullable=False),
        sa.Column("percent", sa.String(16), nullable=False),
        sa.UniqueConstraint("year", "municipality"),
    )
    op.create_table(
        "economy_population",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("municipality", sa.String(80), nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("population_all", sa.Integer),
        sa.Column("population_18plus", sa.Integer),
        sa.UniqueConstraint("municipality", "as_of"),
    )


def downgrade() -> None:
    for table in (
        "economy_population",
        "economy_share",
        "economy_budget_line",
        "economy_fte",
        "economy_year",
    ):
        op.drop_table(table)
