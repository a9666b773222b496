"""Substring search in notes: a second full-text index over the notes with FTS5's ``trigram``
tokenizer, so "kassan" finds "Försäkringskassan" (the word index ``note_fts`` only matches
word starts). Like ``note_fts`` it is external-content (the text is stored once, in ``note``),
kept in step by triggers, folds case (å/ä/ö included) and keeps diacritics ("får" is not
"far"). Built here from the notes already in the vault.

Revision ID: 0012
Revises: 0009
"""

from alembic import op

revision = "0012"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE note_trigram USING fts5(text, content='note', content_rowid='id', "
        'tokenize="trigram remove_diacritics 0")'
    )
    op.execute(
        "CREATE TRIGGER note_trigram_ai AFTER INSERT ON note BEGIN "
        "INSERT INTO note_trigram(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER note_trigram_ad AFTER DELETE ON note BEGIN "
        "INSERT INTO note_trigram(note_trigram, rowid, text) VALUES ('delete', old.id, old.text);"
        " END"
    )
    op.execute(
        "CREATE TRIGGER note_trigram_au AFTER UPDATE ON note BEGIN "
        "INSERT INTO note_trigram(note_trigram, rowid, text) VALUES ('delete', old.id, old.text);"
        " INSERT INTO note_trigram(rowid, text) VALUES (new.id, new.text); END"
    )
    # the notes already in the vault, as one merged segment
    op.execute("INSERT INTO note_trigram(note_trigram) VALUES ('rebuild')")
    op.execute("INSERT INTO note_trigram(note_trigram) VALUES ('optimize')")


def downgrade() -> None:
    for trigger in ("note_trigram_ai", "note_trigram_ad", "note_trigram_au"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE note_trigram")
