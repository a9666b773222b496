"""Activities (annual.md §1): add, mark done, change, delete, list, and the period figures.

Every function takes the unlocked vault first, validates everything before anything is stored
(:class:`~po_desktop.errors.RejectedInput`, one Swedish line ending "inget sparades"), and
returns frozen dataclasses. The title leaves the vault in the annual report, so it is scanned
for personal data (personnummer, phone, e-mail, the vault's client aliases) like systemfel
texts. Activities are kept in ombud and coordinator vaults alike (a coordinator has its own
information work and steering-group meetings).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from po_desktop.domain import activities as dom
from po_desktop.domain import safetext
from po_desktop.domain.categories import Profile
from po_desktop.domain.dates import Period
from po_desktop.domain.privacy import describe, find_personal_data
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services.settings import is_coordinator as _is_coordinator
from po_desktop.services.undo import Deleted
from po_desktop.storage import Vault
from po_desktop.storage.models import Activity, Assignment


@dataclass(frozen=True)
class ActivityView:
    id: int
    kind: str
    title: str
    date: dt.date | None
    planned_month: str | None
    audience: str | None
    participants: int | None
    hours: float | None

    @property
    def done(self) -> bool:
        return self.date is not None

    @property
    def status(self) -> str:
        """``"done"`` or ``"planned"``."""
        return "done" if self.done else "planned"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "planned_month": self.planned_month,
            "audience": self.audience,
            "participants": self.participants,
            "hours": self.hours,
            "status": self.status,
        }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _profile(vault: Vault) -> Profile:
    from po_desktop.services.casework import _profile as casework_profile

    return casework_profile(vault)


def vault_aliases(vault: Vault) -> list[str]:
    """Every client alias in the vault (what the personal-data scan looks for)."""
    if _is_coordinator(vault):
        return []
    with vault.session() as s:
        return [a for a in s.scalars(select(Assignment.alias)) if a]


def check_year(year: Any) -> int:
    """The year of the year's account, refused (RejectedInput) unless
    :func:`po_desktop.domain.rules.check_year` takes it."""
    from po_desktop.domain.rules import check_year as rule

    try:
        return rule(year)
    except ValueError as exc:
        raise RejectedInput.nothing_saved(exc) from None


def check_text(vault: Vault, text: str, what: str) -> None:
    """Refuse (RejectedInput) a text that would leave the vault holding personal data."""
    findings = find_personal_data(text, vault_aliases(vault))
    if findings:
        raise RejectedInput.nothing_saved(
            tr(
                "{what} får inte innehålla personuppgifter; hittade {found}. Ta "
                "bort dem och försök igen"
            ).format(what=what, found=describe(findings))
        )


def _view(a: Activity) -> ActivityView:
    return ActivityView(
        id=a.id,
        kind=a.kind,
        title=a.title,
        date=a.date,
        planned_month=a.planned_month,
        audience=a.audience,
        participants=a.participants,
        hours=dom.tenths_to_hours(a.hours_tenths),
    )


def _title(vault: Vault, title: Any) -> str:
    if not isinstance(title, str) or not title.strip():
        raise RejectedInput.nothing_saved(tr("aktiviteten saknar rubrik"), field="title")
    clean: str = dom.clean_text(safetext.clean_text(title, multiline=False))
    if len(clean) > dom.TITLE_MAX_CHARS:
        raise RejectedInput.nothing_saved(
            tr("rubriken är för lång (högst {n} tecken)").format(n=dom.TITLE_MAX_CHARS)
        )
    check_text(vault, clean, tr("Rubriken"))
    return clean


# The years a planned month can be in (a date has the casework's rule, domain.rules): a month of
# year 1 or 9999 is a typing error, and an activity
# no annual report can ever show.
FIRST_YEAR, LAST_YEAR = 1990, 2100


def _date(value: Any, what: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise RejectedInput.nothing_saved(
            tr("{what} måste vara ett datum (ÅÅÅÅ-MM-DD)").format(what=what)
        )
    from po_desktop.domain.rules import check_casework_date

    try:  # the casework's one date rule (2000-01-01 to today + 2 years)
        return check_casework_date(value, what, dt.date.today())
    except ValueError as exc:
        raise RejectedInput.nothing_saved(str(exc)) from None


def _hours(value: Any) -> int | None:
    """Hours as whole tenths. A negative zero (-0.0) is refused like any negative number, as
    the command line refuses "-0"."""
    if isinstance(value, (float, Decimal)) and not isinstance(value, bool):
        if (isinstance(value, float) and math.copysign(1.0, value) < 0) or (
            isinstance(value, Decimal) and value.is_signed()
        ):
            raise ValueError(tr("timmar {value} ligger utanför 0–24").format(value=value))
    result: int | None = dom.hours_to_tenths(value)
    return result


def _apply(vault: Vault, a: Activity, fields: dict[str, Any]) -> None:
    """Validate ``fields`` (all of an activity's) and set them on ``a``; raise before any
    change is stored."""
    profile = _profile(vault)
    try:
        kind, audience = dom.check_kind_and_audience(
            profile, fields.get("kind"), fields.get("audience")
        )
        planned = fields.get("planned_month")
        planned = dom.parse_planned_month(planned) if planned is not None else None
        if planned is not None and not FIRST_YEAR <= int(planned[:4]) <= LAST_YEAR:
            raise ValueError(
                tr("planerad månad {month} ligger utanför åren {first}–{last}").format(
                    month=planned, first=FIRST_YEAR, last=LAST_YEAR
                )
            )
        participants = dom.check_participants(fields.get("participants"))
        hours = _hours(fields.get("hours"))
    except ValueError as exc:
        raise RejectedInput.nothing_saved(str(exc)) from None
    day = _date(fields.get("date"), tr("Datum"))
    if day is None and planned is None:
        raise RejectedInput.nothing_saved(
            tr("ange datum (genomförd) eller planerad månad (planerad)")
        )
    title = _title(vault, fields.get("title"))
    a.kind, a.title, a.date, a.planned_month = kind, title, day, planned
    a.audience, a.participants, a.hours_tenths = audience, participants, hours


def add_activity(
    vault: Vault,
    *,
    kind: str,
    title: str,
    date: dt.date | None = None,
    planned_month: str | None = None,
    audience: str | None = None,
    participants: int | None = None,
    hours: Any = None,
) -> ActivityView:
    """A new activity: done when ``date`` is given, planned (``planned_month`` "YYYY-MM")
    otherwise. ``hours``: ``Decimal``/``int``/``float`` 0–24 with at most one decimal."""
    now = _now()
    a = Activity(created_at=now, updated_at=now)
    _apply(
        vault,
        a,
        dict(
            kind=kind,
            title=title,
            date=date,
            planned_month=planned_month,
            audience=audience,
            participants=participants,
            hours=hours,
        ),
    )
    with vault.session() as s:
        s.add(a)
        s.commit()
        return _view(a)


def _find(s: Session, activity_id: Any) -> Activity:
    if isinstance(activity_id, bool) or not isinstance(activity_id, int):
        raise RejectedInput.nothing_saved(tr("aktivitetens id ska vara ett heltal"))
    a = s.get(Activity, activity_id)
    if a is None:
        raise RejectedInput.nothing_saved(
            tr("det finns ingen aktivitet med id {id}").format(id=activity_id)
        )
    return a


def mark_done(vault: Vault, activity_id: int, *, date: dt.date) -> ActivityView:
    """Give a planned activity its date (it keeps its planned month)."""
    day = _date(date, tr("Datum"))
    if day is None:
        raise RejectedInput.nothing_saved(tr("ange datum"), field="date")
    with vault.session() as s:
        a = _find(s, activity_id)
        if a.date is not None:
            raise RejectedInput.nothing_saved(
                tr("aktiviteten {id} är redan genomförd ({date})").format(
                    id=activity_id, date=a.date.isoformat()
                )
            )
        a.date = day
        a.updated_at = _now()
        s.commit()
        return _view(a)


def update_activity(vault: Vault, activity_id: int, **changes: Any) -> ActivityView:
    """Change any of kind, title, date, planned_month, audience, participants, hours (None
    clears an optional one)."""
    allowed = {"kind", "title", "date", "planned_month", "audience", "participants", "hours"}
    if set(changes) - allowed:
        raise TypeError(f"unknown activity fields: {sorted(set(changes) - allowed)}")
    with vault.session() as s:
        a = _find(s, activity_id)
        current = _view(a)
        fields = {
            "kind": current.kind,
            "title": current.title,
            "date": current.date,
            "planned_month": current.planned_month,
            "audience": current.audience,
            "participants": current.participants,
            "hours": None if a.hours_tenths is None else dom.tenths_to_hours(a.hours_tenths),
        }
        fields.update(changes)
        _apply(vault, a, fields)
        a.updated_at = _now()
        s.commit()
        return _view(a)


def delete_activity(vault: Vault, activity_id: int, *, undoable: bool = False) -> Deleted | None:
    """Remove an activity; ``undoable``: keep it in the vault's undo slot
    (``services.undo``)."""
    from po_desktop.services import undo

    with vault.session() as s:
        a = _find(s, activity_id)
        deleted = None
        if undoable:
            record = {
                "kind": a.kind,
                "title": a.title,
                "date": a.date.isoformat() if a.date else None,
                "planned_month": a.planned_month,
                "audience": a.audience,
                "participants": a.participants,
                "hours_tenths": a.hours_tenths,
                "created_at": a.created_at.isoformat(),
                "updated_at": a.updated_at.isoformat(),
            }
            deleted = undo.keep(s, "activity", a.id, record, None)
        s.delete(a)
        s.commit()
        return deleted


def restore_activity_row(s: Session, activity_id: int, record: dict[str, Any]) -> None:
    """A deleted activity back under its id (``services.undo``; in the caller's
    transaction)."""
    if s.get(Activity, activity_id) is not None:
        raise RejectedInput.nothing_saved(tr("aktiviteten finns redan"))
    s.add(
        Activity(
            id=activity_id,
            kind=record["kind"],
            title=record["title"],
            date=dt.date.fromisoformat(record["date"]) if record["date"] else None,
            planned_month=record["planned_month"],
            audience=record["audience"],
            participants=record["participants"],
            hours_tenths=record["hours_tenths"],
            created_at=dt.datetime.fromisoformat(record["created_at"]),
            updated_at=dt.datetime.fromisoformat(record["updated_at"]),
        )
    )


def get_activity(vault: Vault, activity_id: int) -> ActivityView:
    with vault.session() as s:
        return _view(_find(s, activity_id))


def list_activities(vault: Vault, year: int | None = None) -> list[ActivityView]:
    """Every activity (or those of ``year``: dated in it, or planned for a month of it),
    by date (a planned one at its month's first day), then id."""
    with vault.session() as s:
        q = select(Activity)
        if year is not None:
            year = check_year(year)
            q = q.where(
                or_(
                    Activity.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                    Activity.planned_month.like(f"{year:04d}-%"),
                )
            )
        views = [_view(a) for a in s.scalars(q)]

    def when(v: ActivityView) -> dt.date:
        return v.date or dom.month_start(v.planned_month or "9999-12")

    return sorted(views, key=lambda v: (when(v), v.id))


def unstated_numbers(vault: Vault, period: Period | str) -> dict[str, Any]:
    """How many done activities of ``period`` have no participants / hours
    (:func:`po_desktop.domain.activities.unstated_numbers`): the unit's report says so."""
    from po_desktop.services.statistics import as_period

    p = as_period(period)
    return dom.unstated_numbers(p.start, p.end, load_records(vault))


def bundle_unstated(vault: Vault, period: Period | str) -> dict[str, Any]:
    """What a signed bundle adds to ``activities`` so the coordinator can tell "0 entered"
    from "nothing entered" (:func:`po_desktop.domain.activity_gaps.bundle_unstated`)."""
    from po_desktop.domain.activity_gaps import bundle_unstated as unstated
    from po_desktop.services.statistics import as_period

    p = as_period(period)
    return unstated(p.start, p.end, load_records(vault), _profile(vault))


def load_records(vault: Vault) -> list[dom.ActivityRecord]:
    with vault.session() as s:
        return [
            dom.ActivityRecord(
                kind=a.kind,
                date=a.date,
                planned_month=a.planned_month,
                audience=a.audience,
                participants=a.participants,
                hours_tenths=a.hours_tenths,
            )
            for a in s.scalars(select(Activity))
        ]


def activity_figures(vault: Vault, period: Period | str) -> dict[str, Any]:
    """``activities.*`` of annual.md §1 for ``period``."""
    from po_desktop.services.statistics import as_period

    p = as_period(period)
    return dom.activity_figures(p.start, p.end, load_records(vault), _profile(vault))


__all__ = [
    "bundle_unstated",
    "ActivityView",
    "activity_figures",
    "add_activity",
    "check_text",
    "check_year",
    "delete_activity",
    "get_activity",
    "list_activities",
    "load_records",
    "mark_done",
    "unstated_numbers",
    "update_activity",
]
