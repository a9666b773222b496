"""ORM models of the team exchange (migration 0011); imported by :mod:`.models` so that
``Base.metadata`` holds them. What the shared folder's records did to this vault, kept inside
the encrypted vault: the team and this vault's place in it, the members, every record seen
(by author and sequence number: the high-water marks), this vault's own record lines (so its
file can be written again when a sync tool rolls it back), what was published, handovers and
what the last synchronisations reported (without content)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from po_desktop.storage.models import Base


class TeamConfig(Base):
    """The one team this vault belongs to (one row, id 1)."""

    __tablename__ = "team_config"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    folder: Mapped[str] = mapped_column(Text)
    member_id: Mapped[str] = mapped_column(String(24))
    label: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16))  # pending · member · removed
    introducer: Mapped[str | None] = mapped_column(String(24))
    bootstrap_record: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class TeamMember(Base):
    """A member as the member list (folded from the records) says; removed ones stay with the
    last sequence number of theirs that counts."""

    __tablename__ = "team_member"

    member_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    label: Mapped[str] = mapped_column(String(80))
    sign_pub: Mapped[str] = mapped_column(String(64))
    enc_pub: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # member · removed
    last_seq: Mapped[int | None] = mapped_column(Integer)
    added_at: Mapped[str] = mapped_column(String(20))


class TeamRecord(Base):
    """A record seen in the folder (or written here): its (author, seq) is never imported
    twice. ``payload`` is the decrypted, validated payload (None when not for this vault);
    a handover's notes leave it once they are in the vault's own tables."""

    __tablename__ = "team_record"
    __table_args__ = (UniqueConstraint("author", "seq"),)

    record_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    author: Mapped[str] = mapped_column(String(24), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str | None] = mapped_column(String(20), index=True)
    payload: Mapped[Any] = mapped_column(JSON, nullable=True)
    digest: Mapped[str] = mapped_column(String(64))
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
    line: Mapped[str | None] = mapped_column(Text)  # this vault's own records only
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TeamPublished(Base):
    """What this vault last published for a local thing (an inquiry, an absence's cover list),
    so an unchanged thing is not written again."""

    __tablename__ = "team_published"
    __table_args__ = (UniqueConstraint("kind", "local_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    local_ref: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(64))


class TeamHandover(Base):
    """A handover sent (``out``: purged here after the receiver's receipt) or received
    (``in``). After the purge the alias is replaced by the purge log's neutral reference."""

    __tablename__ = "team_handover"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))
    peer: Mapped[str] = mapped_column(String(24))
    alias: Mapped[str] = mapped_column(String(40))
    assignment_id: Mapped[int | None] = mapped_column(Integer)
    content_digest: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class TeamNotice(Base):
    """What a synchronisation refused or noticed (a forged record, an older copy of a file, a
    sync tool's conflict copy …): kind, file name, member and sequence number, no content."""

    __tablename__ = "team_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(40))
    file: Mapped[str | None] = mapped_column(String(255))
    member: Mapped[str | None] = mapped_column(String(24))
    seq: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)
