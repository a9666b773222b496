"""The number of billings per year is an input a person enters, never a default: the column
becomes nullable (None = not entered; the cost distribution then shows the year's amount per
municipality and no amount per billing).

Rows already stored keep their value: whether a person chose it or it was the old default of 2
cannot be known afterwards.

Revision ID: 0015
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("economy_year") as batch:
        batch.alter_column("billings_per_year", existing_type=sa.Integer, nullable=True)


def downgrade() -> None:
    op.execute("UPDATE economy_year SET billings_per_year = 2 WHERE billings_per_year IS NULL")
    with op.batch_alter_table("economy_year") as batch:
        batch.alter_column("billings_per_year", existing_type=sa.Integer, nullable=False)
