"""Drafts belong to an assignment's id (so the purge removes them whatever the alias became).

Revision ID: 0013
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft") as batch:
        batch.add_column(sa.Column("assignment_id", sa.Integer, nullable=True))
        batch.create_index("ix_draft_assignment_id", ["assignment_id"])
        batch.create_foreign_key(
            "fk_draft_assignment_id", "assignment", ["assignment_id"], ["id"], ondelete="CASCADE"
        )
    # drafts kept before: the assignment of their alias (an open one first, then the newest)
    op.execute(
        "UPDATE draft SET assignment_id = (SELECT a.id FROM assignment a WHERE a.alias = "
        "draft.alias ORDER BY a.end_date IS NOT NULL, a.id DESC LIMIT 1) WHERE alias IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch:
        batch.drop_constraint("fk_draft_assignment_id", type_="foreignkey")
        batch.drop_index("ix_draft_assignment_id")
        batch.drop_column("assignment_id")
