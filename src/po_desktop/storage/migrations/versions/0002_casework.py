"""Casework: assignments, notes (with FTS5 index), follow-ups, inquiries, systemfel, purge log.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("alias", sa.String(40), nullable=False, index=True),
        sa.Column("gender", sa.String(20), nullable=False),
        sa.Column("birth_year", sa.Integer),
        sa.Column("municipality", sa.String(80), nullable=False),
        sa.Column("referral_source", sa.String(40), nullable=False),
        sa.Column("priority_flags", sa.JSON, nullable=False),
        sa.Column("areas", sa.JSON, nullable=False),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("end_date", sa.Date),
        sa.Column("end_reason", sa.String(40)),
        sa.Column("first_visit_two_ombud", sa.Boolean, nullable=False),
        sa.Column("purged_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "assignment_id",
            sa.Integer,
            sa.ForeignKey("assignment.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    # Full-text index inside the encrypted file. External content (the text is stored once, in
    # ``note``); case folding covers å/ä/ö, diacritics are kept so "får" and "far" differ.
    op.execute(
        "CREATE VIRTUAL TABLE note_fts USING fts5(text, content='note', content_rowid='id', "
        "tokenize=\"unicode61 remove_diacritics 0\", prefix='2 3')"
    )
    op.execute(
        "CREATE TRIGGER note_ai AFTER INSERT ON note BEGIN "
        "INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER note_ad AFTER DELETE ON note BEGIN "
        "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER note_au AFTER UPDATE ON note BEGIN "
        "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text); "
        "INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text); END"
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "assignment_id",
            sa.Integer,
            sa.ForeignKey("assignment.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("step", sa.String(40), nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("served_on", sa.Date),
        sa.Column("proposed_due", sa.Date),
        sa.Column("due_date", sa.Date),
        sa.Column("due_overridden", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("done_on", sa.Date),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "inquiry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("referral_source", sa.String(40), nullable=False),
        sa.Column("priority_flags", sa.JSON, nullable=False),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("referred_to", sa.String(200)),
        sa.Column("outcome_on", sa.Date),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "system_failure",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("identified_on", sa.Date, nullable=False),
        sa.Column("authority", sa.String(40), nullable=False),
        sa.Column("area", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("independence_effect", sa.Text),
        sa.Column("measures", sa.Text),
        sa.Column("reported_to", sa.String(200)),
        sa.Column("reported_on", sa.Date),
        sa.Column("feedback_requested_on", sa.Date),
        sa.Column("feedback_received", sa.Boolean, nullable=False),
        sa.Column("feedback_received_on", sa.Date),
        sa.Column("feedback", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "purge_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("purged_at", sa.DateTime, nullable=False),
        sa.Column("assignment_ref", sa.String(40), nullable=False),
        sa.Column("notes_count", sa.Integer, nullable=False),
        sa.Column("follow_ups_count", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in ("purge_log", "system_failure", "inquiry", "follow_up"):
        op.drop_table(table)
    op.execute("DROP TRIGGER note_au")
    op.execute("DROP TRIGGER note_ad")
    op.execute("DROP TRIGGER note_ai")
    op.execute("DROP TABLE note_fts")
    op.drop_table("note")
    op.drop_table("assignment")
