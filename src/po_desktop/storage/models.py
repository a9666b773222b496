"""ORM models of the vault (SQLAlchemy 2, typed).

Deliberately absent: any column for personnummer, name, address, phone or e-mail of a client.
A client exists only as an ``Assignment`` with an alias the ombud chooses (see
``tests/test_privacy_model.py``, which fails if such a column appears).

The schema is created and changed only by the Alembic migrations in ``migrations/versions``;
these classes must describe exactly what the newest migration produces
(``tests/test_migrations.py`` compares them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Vault settings as JSON values: unit_id, unit_label, municipalities, fte, mode…"""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


# --- casework (ombud mode) -----------------------------------------------------------------


class Assignment(Base):
    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str] = mapped_column(String(40), index=True)
    gender: Mapped[str] = mapped_column(String(20))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(String(80))
    referral_source: Mapped[str] = mapped_column(String(40))
    priority_flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    phase: Mapped[str] = mapped_column(String(20), default="opening")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(40))
    first_visit_two_ombud: Mapped[bool] = mapped_column(Boolean, default=False)
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    notes: Mapped[list[Note]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", passive_deletes=True
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", passive_deletes=True
    )


class Note(Base):
    """A private work note. Indexed by the FTS5 table ``note_fts`` (triggers keep it in step)."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    assignment: Mapped[Assignment] = relationship(back_populates="notes")


class FollowUp(Base):
    """A bevakning step."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(40))
    date: Mapped[dt.date] = mapped_column(Date)
    served_on: Mapped[dt.date | None] = mapped_column(Date)
    proposed_due: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    due_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str | None] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    assignment: Mapped[Assignment] = relationship(back_populates="follow_ups")


class Inquiry(Base):
    """A förfrågan; waiting ones form the waiting list."""

    __tablename__ = "inquiry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    referral_source: Mapped[str] = mapped_column(String(40))
    priority_flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(40))
    referred_to: Mapped[str | None] = mapped_column(String(200))
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SystemFailure(Base):
    """A systemfel: never holds client data (its texts are scanned before storing)."""

    __tablename__ = "system_failure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    identified_on: Mapped[dt.date] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(String(40))
    area: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    independence_effect: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[str | None] = mapped_column(Text)
    reported_to: Mapped[str | None] = mapped_column(String(200))
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    feedback_requested_on: Mapped[dt.date | None] = mapped_column(Date)
    feedback_received: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback_received_on: Mapped[dt.date | None] = mapped_column(Date)
    feedback: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PurgeLog(Base):
    """What gallring destroyed and when, without content."""

    __tablename__ = "purge_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purged_at: Mapped[dt.datetime] = mapped_column(DateTime)
    assignment_ref: Mapped[str] = mapped_column(String(40))
    notes_count: Mapped[int] = mapped_column(Integer)
    follow_ups_count: Mapped[int] = mapped_column(Integer)


# --- coordinator mode ------------------------------------------------------------------------


class ExpectedUnit(Base):
    __tablename__ = "expected_unit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(120), unique=True)
    unit_id: Mapped[str | None] = mapped_column(String(36))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportedBundle(Base):
    __tablename__ = "imported_bundle"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(36), index=True)
    unit_label: Mapped[str] = mapped_column(String(120))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    period_label: Mapped[str] = mapped_column(String(40))
    profile: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    replaced_by: Mapped[str | None] = mapped_column(String(36))
    # the fingerprint of the key a signed (format 3) bundle was verified with; None: unsigned
    signed_by: Mapped[str | None] = mapped_column(String(40))


class PeriodApproval(Base):
    __tablename__ = "period_approval"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    approved_on: Mapped[dt.datetime] = mapped_column(DateTime)
    reopened_on: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CoordinatorLog(Base):
    __tablename__ = "coordinator_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(40))
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    unit_id: Mapped[str | None] = mapped_column(String(36))
    period: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)


# --- the year's account (annual.md): activities, client survey, analysis ----------------------


class Activity(Base):
    """A verksamhetsaktivitet: planned (``planned_month`` "YYYY-MM", no date) or done (``date``).

    ``hours_tenths`` holds the hours as whole tenths (1.5 h → 15). The title leaves the vault
    (bundle figures do not hold it, the annual report does) and is scanned before storing."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    planned_month: Mapped[str | None] = mapped_column(String(7))
    audience: Mapped[str | None] = mapped_column(String(40))
    participants: Mapped[int | None] = mapped_column(Integer)
    hours_tenths: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SurveyRound(Base):
    """One round of the client survey on one definition (id + version, and a snapshot of its
    questions so the round's tally can be shown after the definition file changes)."""

    __tablename__ = "survey_round"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    date_from: Mapped[dt.date] = mapped_column(Date)
    date_to: Mapped[dt.date] = mapped_column(Date)
    handed_out: Mapped[int] = mapped_column(Integer)
    definition_id: Mapped[str] = mapped_column(String(60))
    definition_version: Mapped[int] = mapped_column(Integer)
    definition_snapshot: Mapped[Any] = mapped_column(JSON, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SurveyResponse(Base):
    """One returned form: ``answers`` maps question id → answer code. Deliberately no date and
    no link to anything but its round; free-text answers are never stored."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("survey_round.id", ondelete="CASCADE"), index=True
    )
    answers: Mapped[Any] = mapped_column(JSON, nullable=False)


class AnnualAnalysis(Base):
    """The year's analysis text of the annual report (the unit's own text: never bundled)."""

    __tablename__ = "annual_analysis"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


# --- automatic backups and the purge (migration 0009) -----------------------------------------


class PurgeBackupNote(Base):
    """Beside a purge log line: how many automatic backups made before that purge still held the
    destroyed notes when it ran, and when po-desktop deleted the last of them (no content)."""

    __tablename__ = "purge_backup_note"

    purge_log_id: Mapped[int] = mapped_column(ForeignKey("purge_log.id"), primary_key=True)
    backups_before: Mapped[int] = mapped_column(Integer)
    backups_deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# --- coordinator: the economy (economy.md) ---------------------------------------------------
# Decimals (FTE, percentages) are stored as their exact text ("1.50", "38.46"); kronor as
# integers. Nothing here concerns clients.


class EconomyYear(Base):
    __tablename__ = "economy_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[str | None] = mapped_column(String(32))
    grant_per_fte: Mapped[int | None] = mapped_column(Integer)
    # None until a person enters it (no default: it sets the amounts per billing)
    billings_per_year: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # the percent the budget was raised by from the previous year's (shown, not applied again)
    index_percent: Mapped[str | None] = mapped_column(String(16))
    amount_per_party: Mapped[int | None] = mapped_column(Integer)  # key own_posts


class EconomyFte(Base):
    """FTE of a unit for a year as entered by the coordinator (overrides the year bundle)."""

    __tablename__ = "economy_fte"
    __table_args__ = (UniqueConstraint("year", "unit_label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_label: Mapped[str] = mapped_column(String(120))
    fte: Mapped[str] = mapped_column(String(16))


class EconomyBudgetLine(Base):
    __tablename__ = "economy_budget_line"
    __table_args__ = (UniqueConstraint("year", "label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(120))  # the line's heading, e.g. "Lokalkostnad"
    kind: Mapped[str] = mapped_column(String(32))
    amount: Mapped[int | None] = mapped_column(Integer)
    percent: Mapped[str | None] = mapped_column(String(16))
    party: Mapped[str | None] = mapped_column(String(120))  # key own_posts: who carries it


class EconomyShare(Base):
    """A municipality's percentage under the fixed key for a year."""

    __tablename__ = "economy_share"
    __table_args__ = (UniqueConstraint("year", "municipality"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(String(80))
    percent: Mapped[str] = mapped_column(String(16))


class EconomyPopulation(Base):
    """Population figures of a municipality on a reference date (entered or imported)."""

    __tablename__ = "economy_population"
    __table_args__ = (UniqueConstraint("municipality", "as_of"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality: Mapped[str] = mapped_column(String(80))
    as_of: Mapped[dt.date] = mapped_column(Date)
    population_all: Mapped[int | None] = mapped_column(Integer)
    population_18plus: Mapped[int | None] = mapped_column(Integer)


class EconomyPost(Base):
    """A post (tjänst) of a year's staffing: FTE, grant-eligible or not, where its FTE is
    allocated, who employs it (key own_posts), and the FTE in place per month (the account)."""

    __tablename__ = "economy_post"
    __table_args__ = (UniqueConstraint("year", "label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(120))
    fte: Mapped[str] = mapped_column(String(16))
    grant_eligible: Mapped[bool] = mapped_column(Boolean, default=True)
    municipalities: Mapped[list[str]] = mapped_column(JSON)
    area: Mapped[str | None] = mapped_column(String(80))
    party: Mapped[str | None] = mapped_column(String(120))
    months: Mapped[list[str] | None] = mapped_column(JSON)  # 12 FTE as "1.00", or None


class EconomyActual(Base):
    """The actual cost of a budget line for a year (the account), whole kronor."""

    __tablename__ = "economy_actual"
    __table_args__ = (UniqueConstraint("year", "label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(120))
    amount: Mapped[int] = mapped_column(Integer)


class EconomyAccount(Base):
    """The account's own inputs for a year: the grant decided (kronor, FTE) and, where it
    differs from the cost distribution, what was billed on account per municipality."""

    __tablename__ = "economy_account"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    grant_decided: Mapped[int | None] = mapped_column(Integer)
    grant_decided_fte: Mapped[str | None] = mapped_column(String(16))
    billed: Mapped[dict[str, int] | None] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EconomyApplication(Base):
    """The grant application's texts for a year (förvaltning, driftsform, plan …), entered
    once and offered again the next year. Never the contact person (typed for the print)."""

    __tablename__ = "economy_application"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    fields: Mapped[dict[str, str]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Draft(Base):
    """The unsaved fields of an open dialog, kept when the vault locked (services/drafts.py).
    Lives only inside the encrypted vault; removed when restored or discarded."""

    __tablename__ = "draft"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    alias: Mapped[str | None] = mapped_column(String(64))
    # the client's assignment (None: a new one not saved yet): the purge removes its drafts
    # whatever the alias has become
    assignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)


# --- signed bundles (issue 20): the coordinator's unit id → public key bindings ---------------


class UnitKey(Base):
    """The Ed25519 public key a unit's bundles are signed with, bound at the first signed
    bundle (trust on first use); replaced only by an explicit rebinding (logged)."""

    __tablename__ = "unit_key"

    unit_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(40))
    bound_at: Mapped[dt.datetime] = mapped_column(DateTime)
    bundle_id: Mapped[str | None] = mapped_column(String(36))  # the bundle that bound it


# --- the team exchange (migration 0011): in a module of its own, registered on Base here ------
from po_desktop.storage import models_team as models_team  # noqa: E402
