"""The client survey (annual.md §2): the current definition, rounds, tally entry, a round's
tally and the period figures.

The current definition is ``survey.toml`` from the first of: the vault setting
``forms_folder``, the user's ``forms`` config folder, the copy shipped with the application
(the same places as the printed forms). A round stores the definition's id, version and a
snapshot of its questions; a response is accepted only while the current definition is the
round's (same id and version), so answers always count against the questions the form asked.

A response holds one code per question and nothing else: no date, no link to an assignment,
alias or anything but its round. Free-text answers are never stored.

The number of forms handed out is never guessed: a round has either the number the user
entered or ``None``, "uppgift saknas" (stored as 0, a count the field never accepts otherwise).
A round without the number has no response rate, and neither has any set of rounds it is in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from po_desktop.domain import survey as dom
from po_desktop.domain.dates import Period
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage import Vault
from po_desktop.storage.models import SurveyResponse, SurveyRound

LABEL_MAX_CHARS = 120
MAX_HANDED_OUT = 100_000
_UNKNOWN_STORED = 0  # how "uppgift saknas" is stored in the (not nullable) handed_out column


class _Keep:
    """``update_round``'s default: leave the value as it is (None means "uppgift saknas")."""


KEEP: Any = _Keep()


def _handed_out_of(stored: int) -> int | None:
    return None if stored == _UNKNOWN_STORED else stored


def handed_out_text(handed_out: int | None) -> str:
    """The number handed out as the window and the terminal print it."""
    return tr("uppgift saknas") if handed_out is None else str(handed_out)


@dataclass(frozen=True)
class SurveyRoundView:
    id: int
    label: str
    date_from: dt.date
    date_to: dt.date
    handed_out: int | None  # None: "uppgift saknas" (no response rate)
    definition_id: str
    definition_version: int
    responses: int  # forms entered so far

    def to_dict(self) -> dict[str, Any]:
        """The ``round`` object of ``survey show --json`` (plus ``responses``)."""
        return {
            "id": self.id,
            "label": self.label,
            "from": self.date_from.isoformat(),
            "to": self.date_to.isoformat(),
            "handed_out": self.handed_out,
            "definition": {"id": self.definition_id, "version": self.definition_version},
            "responses": self.responses,
        }


@dataclass(frozen=True)
class RoundTally:
    """A round's tally: what ``survey show`` prints."""

    round: SurveyRoundView
    definition: dom.SurveyDefinition
    responses: int
    response_rate: float | None
    questions: tuple[dom.QuestionTally, ...]

    def to_dict(self) -> dict[str, Any]:
        """Exactly the ``survey show --json`` object of annual.md §2."""
        r = self.round.to_dict()
        r.pop("responses")
        return {
            "round": r,
            "responses": self.responses,
            "questions": [q.to_dict() for q in self.questions],
        }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


# --- the definition ----------------------------------------------------------------------


def definition_path(vault: Vault | None = None) -> Path | None:
    """The ``survey.toml`` that overrides the shipped one (None: the shipped one is used)."""
    from po_desktop.printing.forms_loader import search_folders
    from po_desktop.services.printing import vault_forms_folder

    for folder in search_folders(vault_forms_folder(vault)):
        candidate = Path(folder) / "survey.toml"
        if candidate.is_file():
            return candidate
    return None


def current_definition(vault: Vault | None = None) -> dom.SurveyDefinition:
    """The survey definition new rounds use (RejectedInput naming the problem when the file
    is broken)."""
    path = definition_path(vault)
    try:
        if path is None:
            return dom.bundled_definition()
        from po_desktop.fileio import read_text_limited

        text = read_text_limited(path, what=tr("Enkätdefinitionen"), max_bytes=1024 * 1024)
        return dom.parse_definition(text, str(path))
    except (dom.SurveyDefinitionError, OSError, UnicodeDecodeError) as exc:
        raise RejectedInput(str(exc)) from None


# --- rounds --------------------------------------------------------------------------------


def _count(s: Session, round_id: int) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(SurveyResponse)
            .where(SurveyResponse.round_id == round_id)
        )
        or 0
    )


def _view(s: Session, r: SurveyRound) -> SurveyRoundView:
    return SurveyRoundView(
        id=r.id,
        label=r.label,
        date_from=r.date_from,
        date_to=r.date_to,
        handed_out=_handed_out_of(r.handed_out),
        definition_id=r.definition_id,
        definition_version=r.definition_version,
        responses=_count(s, r.id),
    )


def _find(s: Session, round_id: Any) -> SurveyRound:
    if isinstance(round_id, bool) or not isinstance(round_id, int):
        raise RejectedInput.nothing_saved(tr("enkätomgångens id ska vara ett heltal"))
    r = s.get(SurveyRound, round_id)
    if r is None:
        raise RejectedInput.nothing_saved(
            tr("det finns ingen enkätomgång med id {id}").format(id=round_id)
        )
    return r


def _check_round_fields(
    vault: Vault, label: Any, date_from: Any, date_to: Any, handed_out: Any
) -> str:
    from po_desktop.services.activities import check_text

    if not isinstance(label, str) or not label.strip():
        raise RejectedInput.nothing_saved(tr("enkätomgången saknar namn"), field="label")
    from po_desktop.domain import safetext
    from po_desktop.domain.activities import clean_text

    clean: str = clean_text(safetext.clean_text(label, multiline=False))
    if len(clean) > LABEL_MAX_CHARS:
        raise RejectedInput.nothing_saved(
            tr("namnet är för långt (högst {n} tecken)").format(n=LABEL_MAX_CHARS)
        )
    for value, what in ((date_from, tr("Från-datum")), (date_to, tr("Till-datum"))):
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise RejectedInput.nothing_saved(
                tr("{what} måste vara ett datum (ÅÅÅÅ-MM-DD)").format(what=what)
            )
    if date_to < date_from:
        raise RejectedInput.nothing_saved(
            tr("insamlingen slutar {to} före sin början {start}").format(
                to=date_to.isoformat(), start=date_from.isoformat()
            )
        )
    if handed_out is None:
        pass  # "uppgift saknas", chosen explicitly
    elif isinstance(handed_out, bool) or not isinstance(handed_out, int):
        raise RejectedInput.nothing_saved(tr("antal utdelade enkäter ska vara ett heltal"))
    elif not 1 <= handed_out <= MAX_HANDED_OUT:
        raise RejectedInput.nothing_saved(
            tr("antal utdelade enkäter ska vara 1–{max} (var {n})").format(
                max=MAX_HANDED_OUT, n=handed_out
            )
        )
    check_text(vault, clean, tr("Namnet"))
    return clean


def add_round(
    vault: Vault, *, label: str, date_from: dt.date, date_to: dt.date, handed_out: int | None
) -> SurveyRoundView:
    """A survey round on the current definition. ``handed_out`` is required: the number of
    forms handed out, or None for "uppgift saknas" (then no response rate is computed)."""
    label = _check_round_fields(vault, label, date_from, date_to, handed_out)
    definition = current_definition(vault)
    with vault.session() as s:
        r = SurveyRound(
            label=label,
            date_from=date_from,
            date_to=date_to,
            handed_out=_UNKNOWN_STORED if handed_out is None else handed_out,
            definition_id=definition.id,
            definition_version=definition.version,
            definition_snapshot=definition.to_snapshot(),
            created_at=_now(),
        )
        s.add(r)
        s.commit()
        return _view(s, r)


def update_round(
    vault: Vault,
    round_id: int,
    *,
    label: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    handed_out: int | None = KEEP,
) -> SurveyRoundView:
    """Change a round's label, dates or number handed out (not below the forms entered;
    ``handed_out=None``: "uppgift saknas")."""
    with vault.session() as s:
        r = _find(s, round_id)
        new_from = r.date_from if date_from is None else date_from
        new_to = r.date_to if date_to is None else date_to
        new_handed = _handed_out_of(r.handed_out) if handed_out is KEEP else handed_out
        clean = _check_round_fields(
            vault, r.label if label is None else label, new_from, new_to, new_handed
        )
        entered = _count(s, r.id)
        if new_handed is not None and new_handed < entered:
            raise RejectedInput.nothing_saved(
                tr("{n} enkäter är redan registrerade; fler än {h} har delats ut").format(
                    n=entered, h=new_handed
                )
            )
        r.label, r.date_from, r.date_to = clean, new_from, new_to
        r.handed_out = _UNKNOWN_STORED if new_handed is None else new_handed
        s.commit()
        return _view(s, r)


def delete_round(vault: Vault, round_id: int) -> None:
    """A round and all its responses."""
    with vault.session() as s:
        r = _find(s, round_id)
        s.execute(delete(SurveyResponse).where(SurveyResponse.round_id == r.id))
        s.delete(r)
        s.commit()


def get_round(vault: Vault, round_id: int) -> SurveyRoundView:
    with vault.session() as s:
        return _view(s, _find(s, round_id))


def list_rounds(vault: Vault) -> list[SurveyRoundView]:
    """Every round, the latest collection first."""
    with vault.session() as s:
        rounds = list(
            s.scalars(
                select(SurveyRound).order_by(SurveyRound.date_to.desc(), SurveyRound.id.desc())
            )
        )
        return [_view(s, r) for r in rounds]


def round_definition(vault: Vault, round_id: int) -> dom.SurveyDefinition:
    """The definition a round was made on (its stored snapshot)."""
    with vault.session() as s:
        return dom.definition_from_snapshot(_find(s, round_id).definition_snapshot)


# --- responses ---------------------------------------------------------------------------


def add_response(vault: Vault, round_id: int, answers: Mapping[str, str]) -> SurveyRoundView:
    """One returned form: ``{question id: code}`` (a question left out is ``no_answer``).
    Refused: an unknown question, a code outside the question's options, an answer to a
    free-text question, a round on another definition than the current one, more forms than
    were handed out. Returns the round with its new count of forms entered."""
    if not isinstance(answers, Mapping):
        raise RejectedInput.nothing_saved(tr("svaren ska vara fråga=svar"))
    current = current_definition(vault)
    with vault.session() as s:
        r = _find(s, round_id)
        if (r.definition_id, r.definition_version) != current.key:
            raise RejectedInput.nothing_saved(
                tr(
                    "enkätomgången {id} gäller enkät {rid} version {rv}, men "
                    "programmets enkät är {cid} version {cv}; svar kan inte "
                    "registreras mot andra frågor"
                ).format(
                    id=r.id,
                    rid=r.definition_id,
                    rv=r.definition_version,
                    cid=current.id,
                    cv=current.version,
                )
            )
        try:
            clean = dom.check_response(current, answers)
        except dom.ResponseError as exc:
            raise RejectedInput.nothing_saved(str(exc)) from None
        entered = _count(s, r.id)
        if r.handed_out != _UNKNOWN_STORED and entered >= r.handed_out:
            raise RejectedInput.nothing_saved(
                tr(
                    "alla {n} utdelade enkäter är redan registrerade; ändra antalet "
                    "utdelade om fler delades ut"
                ).format(n=r.handed_out)
            )
        # free-text answers are never stored (annual.md §2)
        questions = {k: current.question(k) for k in clean}
        stored = {
            k: v
            for k, v in clean.items()
            if (q := questions[k]) is not None and q.type != dom.FREE_TEXT
        }
        s.add(SurveyResponse(round_id=r.id, answers=stored))
        s.commit()
        return _view(s, r)


def undo_last_response(vault: Vault, round_id: int) -> SurveyRoundView:
    """Remove the form entered last in a round (the tally screen's undo)."""
    with vault.session() as s:
        r = _find(s, round_id)
        last = s.scalar(
            select(SurveyResponse)
            .where(SurveyResponse.round_id == r.id)
            .order_by(SurveyResponse.id.desc())
            .limit(1)
        )
        if last is None:
            raise RejectedInput.nothing_saved(
                tr("enkätomgången {id} har inga registrerade svar").format(id=r.id)
            )
        s.delete(last)
        s.commit()
        return _view(s, r)


def _answers(s: Session, round_id: int) -> list[dict[str, str]]:
    return [
        dict(a or {})
        for a in s.scalars(
            select(SurveyResponse.answers)
            .where(SurveyResponse.round_id == round_id)
            .order_by(SurveyResponse.id)
        )
    ]


def round_tally(vault: Vault, round_id: int) -> RoundTally:
    """The round's figures: responses, response rate, per question the counts of every answer
    code (zeros included) and, for scale questions, the mean over 1–5."""
    with vault.session() as s:
        r = _find(s, round_id)
        view = _view(s, r)
        definition = dom.definition_from_snapshot(r.definition_snapshot)
        answers = _answers(s, r.id)
    return RoundTally(
        round=view,
        definition=definition,
        responses=len(answers),
        response_rate=dom.response_rate(len(answers), view.handed_out),
        questions=dom.tally_questions(definition, answers),
    )


# --- figures -------------------------------------------------------------------------------


def load_round_records(vault: Vault) -> list[dom.RoundRecord]:
    with vault.session() as s:
        out = []
        for r in s.scalars(select(SurveyRound)):
            out.append(
                dom.RoundRecord(
                    id=r.id,
                    label=r.label,
                    date_from=r.date_from,
                    date_to=r.date_to,
                    handed_out=_handed_out_of(r.handed_out),
                    definition=dom.definition_from_snapshot(r.definition_snapshot),
                    responses=tuple(_answers(s, r.id)),
                )
            )
    return out


def survey_figures(vault: Vault, period: Period | str) -> dict[str, Any]:
    """``survey.*`` of annual.md §2 for ``period`` (rounds whose collection ends in it)."""
    from po_desktop.services.statistics import as_period

    p = as_period(period)
    return dom.survey_figures(p.start, p.end, load_round_records(vault), current_definition(vault))


__all__ = [
    "RoundTally",
    "SurveyRoundView",
    "add_response",
    "add_round",
    "current_definition",
    "definition_path",
    "delete_round",
    "get_round",
    "handed_out_text",
    "list_rounds",
    "round_definition",
    "round_tally",
    "survey_figures",
    "undo_last_response",
    "update_round",
]
