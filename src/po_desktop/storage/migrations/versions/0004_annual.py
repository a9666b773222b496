"""The year's account: activities, survey rounds and responses, the year's analysis text.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("date", sa.Date, index=True),
        sa.Column("planned_month", sa.String(7)),
        sa.Column("audience", sa.String(40)),
        sa.Column("participants", sa.Integer),
        sa.Column("hours_tenths", sa.Integer),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "survey_round",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("date_from", sa.Date, nullable=False),
        sa.Column("date_to", sa.Date, nullable=False),
        sa.Column("handed_out", sa.Integer, nullable=False),
        sa.Column("definition_id", sa.String(60), nullable=False),
        sa.Column("definition_version", sa.Integer, nullable=False),
        sa.Column("definition_snapshot", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "survey_response",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "round_id",
            sa.Integer,
            sa.ForeignKey("survey_round.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("answers", sa.JSON, nullable=False),
    )
    op.create_table(
        "annual_analysis",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("annual_analysis", "survey_response", "survey_round", "activity"):
        op.drop_table(table)
