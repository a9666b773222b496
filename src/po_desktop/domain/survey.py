"""The client survey (annual.md §2): its definition as data, response validation, the tally and
the period figures. Pure: no SQL, no Qt.

A definition is a TOML file (``resources/forms/survey.toml``)::

    schema_version = 1
    [survey]   id, version (int ≥ 1), title, intro
    [[question]]  id, type ("scale" | "yes_no" | "free_text"), text, and for scale: low, high

Answer codes: ``1``–``5`` (scale), ``yes`` / ``no`` (yes_no), ``dont_know`` (both) and
``no_answer`` (every question, free text included). A free-text answer is never stored: the
only code a ``free_text`` question takes is ``no_answer``, and it has no ``by_answer``.

Figures of a set of rounds (one definition): ``rounds``, ``handed_out``, ``responses``,
``response_rate`` (percent, one decimal, None when nothing was handed out or when any round's
number handed out is "uppgift saknas": then ``handed_out`` is None too) and per question
``by_answer`` (every code of its type, zeros included) and ``mean`` (scale only: over the 1–5
answers, one decimal, None without any).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from typing import Any

from po_desktop.domain.survey_publication import (  # published: percentages with their n
    TOO_FEW as TOO_FEW,
)
from po_desktop.domain.survey_publication import (
    mask_survey_figures as mask_survey_figures,
)
from po_desktop.domain.survey_publication import (
    mask_survey_set as mask_survey_set,
)
from po_desktop.domain.survey_publication import (
    publishable as publishable,
)
from po_desktop.i18n import tr

SCHEMA_VERSION = 1
SCALE = "scale"
YES_NO = "yes_no"
FREE_TEXT = "free_text"
QUESTION_TYPES = (SCALE, YES_NO, FREE_TEXT)
DONT_KNOW = "dont_know"
NO_ANSWER = "no_answer"
SCALE_VALUES = ("1", "2", "3", "4", "5")
CODES: dict[str, tuple[str, ...]] = {
    SCALE: (*SCALE_VALUES, DONT_KNOW, NO_ANSWER),
    YES_NO: ("yes", "no", DONT_KNOW, NO_ANSWER),
    FREE_TEXT: (NO_ANSWER,),
}
MAX_QUESTIONS = 30


def answer_labels() -> dict[str, str]:
    """The Swedish label of every answer code (as printed on the form and in the tally)."""
    return {
        "1": "1",
        "2": "2",
        "3": "3",
        "4": "4",
        "5": "5",
        "yes": tr("ja"),
        "no": tr("nej"),
        DONT_KNOW: tr("vet inte"),
        NO_ANSWER: tr("inget svar"),
    }


def answer_label(code: str) -> str:
    return answer_labels().get(code, code)


_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_SURVEY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$")


class SurveyDefinitionError(ValueError):
    """A definition that cannot be used; the message (Swedish, one line) names key and problem."""


class ResponseError(ValueError):
    """A response that does not fit the definition; one Swedish line."""


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: str
    low: str = ""  # scale: the label at 1
    high: str = ""  # scale: the label at 5

    @property
    def codes(self) -> tuple[str, ...]:
        return CODES[self.type]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "type": self.type, "text": self.text}
        if self.type == SCALE:
            d.update(low=self.low, high=self.high)
        return d


@dataclass(frozen=True)
class SurveyDefinition:
    id: str
    version: int
    title: str
    intro: str
    questions: tuple[Question, ...]
    source: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def footer(self) -> str:
        """The line printed on every page of the blank form so returned forms match."""
        return tr("Enkät {id}, version {version}").format(id=self.id, version=self.version)

    def to_snapshot(self) -> dict[str, Any]:
        """What a survey round keeps of its definition (JSON)."""
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "intro": self.intro,
            "questions": [q.to_dict() for q in self.questions],
        }


# --- loading ---------------------------------------------------------------------------------


def _fail(source: str, key: str, problem: str) -> SurveyDefinitionError:
    return SurveyDefinitionError(
        tr("Fel i enkätdefinitionen {file}: {key}: {problem}").format(
            file=source, key=key, problem=problem
        )
    )


def _text(
    data: Mapping[str, Any],
    key: str,
    path: str,
    source: str,
    *,
    required: bool = True,
    max_len: int = 2000,
) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise _fail(source, f"{path}.{key}", tr("ska vara text"))
    value = value.strip()
    if required and not value:
        raise _fail(source, f"{path}.{key}", tr("saknas"))
    if len(value) > max_len:
        raise _fail(source, f"{path}.{key}", tr("för lång (högst {n} tecken)").format(n=max_len))
    return value


def _unknown(data: Mapping[str, Any], allowed: set[str], path: str, source: str) -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        raise _fail(source, f"{path}.{extra[0]}" if path else extra[0], tr("okänd nyckel"))


def definition_from_dict(data: Mapping[str, Any], source: str = "survey.toml") -> SurveyDefinition:
    """Validate a parsed definition; raise :class:`SurveyDefinitionError` on the first problem."""
    _unknown(data, {"schema_version", "survey", "question"}, "", source)
    sv = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(sv, int) or isinstance(sv, bool) or sv != SCHEMA_VERSION:
        raise _fail(source, "schema_version", tr("okänd version {v}").format(v=sv))
    head = data.get("survey")
    if not isinstance(head, dict):
        raise _fail(source, "survey", tr("tabellen [survey] saknas"))
    _unknown(head, {"id", "version", "title", "intro"}, "survey", source)
    sid = head.get("id")
    if not isinstance(sid, str) or not _SURVEY_ID.match(sid):
        raise _fail(source, "survey.id", tr("ska vara 1–60 tecken: bokstäver, siffror, . _ -"))
    version = head.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(source, "survey.version", tr("ska vara ett heltal, minst 1"))
    title = _text(head, "title", "survey", source, max_len=200)
    intro = _text(head, "intro", "survey", source, required=False)
    raw_questions = data.get("question")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise _fail(source, "question", tr("minst en fråga ([[question]]) behövs"))
    if len(raw_questions) > MAX_QUESTIONS:
        raise _fail(source, "question", tr("högst {n} frågor").format(n=MAX_QUESTIONS))
    questions: list[Question] = []
    seen: set[str] = set()
    for i, q in enumerate(raw_questions, start=1):
        path = f"question[{i}]"
        if not isinstance(q, dict):
            raise _fail(source, path, tr("ska vara en tabell"))
        _unknown(q, {"id", "type", "text", "low", "high"}, path, source)
        qid = q.get("id")
        if not isinstance(qid, str) or not _ID.match(qid):
            raise _fail(
                source,
                f"{path}.id",
                tr("ska vara 1–40 tecken: a–z, siffror och _, börja med en bokstav"),
            )
        if qid in seen:
            raise _fail(source, f"{path}.id", tr("{id} finns två gånger").format(id=qid))
        seen.add(qid)
        qtype = q.get("type")
        if qtype not in QUESTION_TYPES:
            raise _fail(source, f"{path}.type", tr("ska vara scale, yes_no eller free_text"))
        text = _text(q, "text", path, source, max_len=300)
        low = high = ""
        if qtype == SCALE:
            low = _text(q, "low", path, source, max_len=60)
            high = _text(q, "high", path, source, max_len=60)
        elif "low" in q or "high" in q:
            raise _fail(source, f"{path}.low", tr("bara en scale-fråga har low och high"))
        questions.append(Question(qid, qtype, text, low, high))
    return SurveyDefinition(
        id=sid, version=version, title=title, intro=intro, questions=tuple(questions), source=source
    )


def parse_definition(text: str, source: str = "survey.toml") -> SurveyDefinition:
    """Parse and validate the TOML text of a definition."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(source, tr("(filen)"), tr("inte giltig TOML: {err}").format(err=exc)) from None
    return definition_from_dict(data, source)


def definition_from_snapshot(snapshot: Mapping[str, Any]) -> SurveyDefinition:
    """The definition a survey round stored (:meth:`SurveyDefinition.to_snapshot`)."""
    qs = tuple(
        Question(q["id"], q["type"], q.get("text", ""), q.get("low", ""), q.get("high", ""))
        for q in snapshot.get("questions", ())
    )
    return SurveyDefinition(
        id=snapshot["id"],
        version=int(snapshot["version"]),
        title=snapshot.get("title", ""),
        intro=snapshot.get("intro", ""),
        questions=qs,
        source="snapshot",
    )


def bundled_definition() -> SurveyDefinition:
    """The default Swedish survey shipped with the application."""
    ref = resources.files("po_desktop.resources") / "forms" / "survey.toml"
    return parse_definition(ref.read_text(encoding="utf-8"), "survey.toml")


# --- responses -------------------------------------------------------------------------------


def check_response(definition: SurveyDefinition, answers: Mapping[str, str]) -> dict[str, str]:
    """One returned form → ``{question id: code}`` for every question of the definition (a
    question not given is ``no_answer``). Raises :class:`ResponseError` for an unknown question
    id, a code outside the question's options, or any answer to a free-text question."""
    from po_desktop.domain.activities import normalize_input

    out: dict[str, str] = {}
    for raw_qid, raw_code in answers.items():
        qid = normalize_input(raw_qid).lower() if isinstance(raw_qid, str) else raw_qid
        code = normalize_input(raw_code).lower() if isinstance(raw_code, str) else raw_code
        q = definition.question(qid) if isinstance(qid, str) else None
        if q is None:
            known = ", ".join(x.id for x in definition.questions)
            raise ResponseError(
                tr("okänd fråga '{qid}' (enkäten {id} version {v} har {known})").format(
                    qid=qid, id=definition.id, v=definition.version, known=known
                )
            )
        if qid in out:
            raise ResponseError(tr("fråga {qid} har fått två svar").format(qid=qid))
        if not isinstance(code, str) or code not in q.codes:
            if q.type == FREE_TEXT:
                raise ResponseError(
                    tr(
                        "fråga {qid} är en fritextfråga: svaret sparas inte, "
                        "ange inget svar (eller no_answer)"
                    ).format(qid=qid)
                )
            raise ResponseError(
                tr("svaret '{code}' passar inte fråga {qid} (tillåtet: {codes})").format(
                    code=code, qid=qid, codes=", ".join(q.codes)
                )
            )
        out[qid] = code
    return {q.id: out.get(q.id, NO_ANSWER) for q in definition.questions}


# --- tally and figures -----------------------------------------------------------------------


def _one_decimal(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def scale_mean(by_answer: Mapping[str, int]) -> float | None:
    """Mean over the 1–5 answers only (``dont_know`` and ``no_answer`` left out), one decimal."""
    n = sum(by_answer.get(v, 0) for v in SCALE_VALUES)
    if n == 0:
        return None
    total = sum(int(v) * by_answer.get(v, 0) for v in SCALE_VALUES)
    return _one_decimal(Decimal(total) / Decimal(n))


def response_rate(responses: int, handed_out: int | None) -> float | None:
    """Percent of the handed-out forms returned, one decimal; None when none handed out or
    the number is not known."""
    if handed_out is None or handed_out <= 0:
        return None
    return _one_decimal(Decimal(responses) * 100 / Decimal(handed_out))


@dataclass(frozen=True)
class QuestionTally:
    id: str
    type: str
    text: str
    by_answer: dict[str, int] | None  # None for free_text
    mean: float | None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "type": self.type, "text": self.text}
        if self.by_answer is not None:
            d["by_answer"] = dict(self.by_answer)
        d["mean"] = self.mean
        return d


def tally_questions(
    definition: SurveyDefinition, responses: Iterable[Mapping[str, str]]
) -> tuple[QuestionTally, ...]:
    """Counts per answer code of every question (zeros included), in the definition's order.
    A stored answer the definition does not know counts as ``no_answer``."""
    counts = {q.id: dict.fromkeys(q.codes, 0) for q in definition.questions}
    for r in responses:
        for q in definition.questions:
            code = r.get(q.id, NO_ANSWER)
            cell = counts[q.id]
            cell[code if code in cell else NO_ANSWER] += 1
    out = []
    for q in definition.questions:
        if q.type == FREE_TEXT:
            out.append(QuestionTally(q.id, q.type, q.text, None, None))
        else:
            by = counts[q.id]
            out.append(
                QuestionTally(q.id, q.type, q.text, by, scale_mean(by) if q.type == SCALE else None)
            )
    return tuple(out)


@dataclass(frozen=True)
class RoundRecord:
    """A survey round as the figures need it."""

    id: int
    label: str
    date_from: dt.date
    date_to: dt.date
    handed_out: int | None  # None: "uppgift saknas"
    definition: SurveyDefinition
    responses: tuple[Mapping[str, str], ...] = field(default=())


def round_ends_in(r: RoundRecord, start: dt.date, end: dt.date) -> bool:
    return start <= r.date_to <= end


def figures_for_rounds(
    definition: SurveyDefinition, rounds: Sequence[RoundRecord]
) -> dict[str, Any]:
    """The figures of ``rounds`` (all on ``definition``): one *survey set*::

    {"definition": {"id", "version"}, "rounds", "handed_out", "responses", "response_rate",
     "questions": {qid: {"type", "text", "by_answer"?, "mean"}}}
    """
    responses = [a for r in rounds for a in r.responses]
    counts = [r.handed_out for r in rounds]
    # one round without the number: the set's number (and so its rate) is not known
    handed_out = None if None in counts else sum(c for c in counts if c is not None)
    questions: dict[str, dict[str, Any]] = {}
    for t in tally_questions(definition, responses):
        d = t.to_dict()
        d.pop("id")
        questions[t.id] = d
    return {
        "definition": {"id": definition.id, "version": definition.version},
        "rounds": len(rounds),
        "handed_out": handed_out,
        "responses": len(responses),
        "response_rate": response_rate(len(responses), handed_out),
        "questions": questions,
    }


def survey_figures(
    start: dt.date, end: dt.date, rounds: Iterable[RoundRecord], current: SurveyDefinition
) -> dict[str, Any]:
    """``survey.*`` for the period [start, end]: the rounds whose collection ends in it.

    The top level is the survey set of the main definition (the one of the latest-ending round;
    ``current`` when there is no round, with zeros); rounds on other definitions (the survey
    changed during the period) are survey sets in ``other_definitions``, never mixed in."""
    inside = sorted(
        (r for r in rounds if round_ends_in(r, start, end)), key=lambda r: (r.date_to, r.id)
    )
    groups: dict[tuple[str, int], list[RoundRecord]] = {}
    defs: dict[tuple[str, int], SurveyDefinition] = {}
    for r in inside:
        groups.setdefault(r.definition.key, []).append(r)
        defs[r.definition.key] = r.definition
    main = inside[-1].definition.key if inside else current.key
    defs.setdefault(main, current)
    out = figures_for_rounds(defs[main], groups.get(main, []))
    out["other_definitions"] = [
        figures_for_rounds(defs[k], groups[k]) for k in sorted(groups) if k != main
    ]
    return out


# --- merging (coordinator) -------------------------------------------------------------------


def _set_key(s: Mapping[str, Any]) -> tuple[str, int]:
    return (str(s["definition"]["id"]), int(s["definition"]["version"]))


def _merge_sets(sets: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Sum survey sets of one definition; every question of any set is kept (a set without it
    counts its responses as ``no_answer``), so ``by_answer`` always sums to ``responses``."""
    first = sets[0]
    rounds = sum(int(s["rounds"]) for s in sets)
    counts = [s["handed_out"] for s in sets]
    handed_out = None if None in counts else sum(int(c) for c in counts)
    responses = sum(int(s["responses"]) for s in sets)
    questions: dict[str, dict[str, Any]] = {}
    union: dict[str, Mapping[str, Any]] = {}
    for s in sets:
        for qid, q in s["questions"].items():
            union.setdefault(qid, q)
    for qid, q in union.items():
        merged: dict[str, Any] = {"type": q["type"], "text": q.get("text", "")}
        if q["type"] in (SCALE, YES_NO):
            by = dict.fromkeys(CODES[q["type"]], 0)
            for s in sets:
                theirs = s["questions"].get(qid)
                if theirs is None or theirs.get("type") != q["type"] or "by_answer" not in theirs:
                    by[NO_ANSWER] += int(s["responses"])  # a question the set lacks: unanswered
                    continue
                for code, n in theirs["by_answer"].items():
                    if code in by:
                        by[code] += int(n)
            merged["by_answer"] = by
            merged["mean"] = scale_mean(by) if q["type"] == SCALE else None
        else:
            merged["mean"] = None
        questions[qid] = merged
    return {
        "definition": dict(first["definition"]),
        "rounds": rounds,
        "handed_out": handed_out,
        "responses": responses,
        "response_rate": response_rate(responses, handed_out),
        "questions": questions,
    }


def merge_survey_figures(figures_list: Sequence[Mapping[str, Any] | None]) -> dict[str, Any] | None:
    """Sum the ``survey`` figures of several units; only survey sets of the same definition
    id + version are added, other versions stay separate sets. A unit without survey figures
    (a format-1 bundle: ``None``) is left out; None when no unit has any.

    The main set is the definition with the most responses (then rounds); sets with no round
    do not create a version of their own."""
    present = [f for f in figures_list if f is not None]
    if not present:
        return None
    groups: dict[tuple[str, int], list[Mapping[str, Any]]] = {}
    for f in present:
        for s in [f, *f.get("other_definitions", [])]:
            if int(s["rounds"]) > 0:
                groups.setdefault(_set_key(s), []).append(s)
    if not groups:
        out = _merge_sets([present[0]])
        out["other_definitions"] = []
        return out
    merged = {k: _merge_sets(v) for k, v in groups.items()}
    main = max(merged, key=lambda k: (merged[k]["responses"], merged[k]["rounds"], k))
    out = merged[main]
    out["other_definitions"] = [merged[k] for k in sorted(merged) if k != main]
    return out
