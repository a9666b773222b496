"""Bundle format version 2 (annual.md §5): ``figures`` gains ``activities`` and ``survey``.

Everything else is format 1 (``format.py``); this module holds only what version 2 adds:

- the JSON Schema ``schema/statistics-bundle-2.json``, which is version 1's schema with
  ``format_version`` 2 and the two figure groups (:func:`derive_schema` builds it from the
  version-1 file; ``python -m po_desktop.bundle.format_v2`` rewrites the shipped file, and a
  test checks that the two stay in step);
- :func:`check_figures`, the checks a schema cannot express (categories of the profile, sums,
  the survey's answer codes, means and rates recomputed);
- :func:`format_version_for`, the version a set of figures is written as.

The year's analysis text is never in a bundle (it is the unit's own text).
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from po_desktop.i18n import tr

VERSION = 2
SCHEMA_FILE = "statistics-bundle-2.json"
ANNUAL_GROUPS = ("activities", "survey")
MAX_QUESTIONS = 30
MAX_OTHER_DEFINITIONS = 20


def format_version_for(figures: dict[str, Any]) -> int:
    """2 when the figures carry the annual groups, else 1 (figures of statistics.md §3 only,
    e.g. built by an older caller or a test of the version-1 path)."""
    return VERSION if all(g in figures for g in ANNUAL_GROUPS) else 1


# --- the schema ----------------------------------------------------------------------------


def _survey_set_properties() -> dict[str, Any]:
    return {
        "definition": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$"},
                "version": {"type": "integer", "minimum": 1},
            },
            "required": ["id", "version"],
            "additionalProperties": False,
        },
        "rounds": {"$ref": "#/$defs/count"},
        # null: a round's number handed out is "uppgift saknas" (then no response rate)
        "handed_out": {"anyOf": [{"$ref": "#/$defs/count"}, {"type": "null"}]},
        "responses": {"$ref": "#/$defs/count"},
        "response_rate": {"type": ["number", "null"], "minimum": 0, "maximum": 100},
        "questions": {
            "type": "object",
            "maxProperties": MAX_QUESTIONS,
            "propertyNames": {"pattern": "^[a-z][a-z0-9_]{0,39}$"},
            "additionalProperties": {"$ref": "#/$defs/survey_question"},
        },
    }


_SET_REQUIRED = ["definition", "rounds", "handed_out", "responses", "response_rate", "questions"]


def derive_schema(v1: dict[str, Any]) -> dict[str, Any]:
    """The version-2 schema from the version-1 schema."""
    s = copy.deepcopy(v1)
    s["$id"] = s.get("$id", "").replace("statistics-bundle-1.json", SCHEMA_FILE)
    s["title"] = (
        "po-desktop statistics bundle, format version 2 (statistics.md section 4, "
        "annual.md section 5)"
    )
    s["properties"]["format_version"] = {"const": VERSION}
    figures = s["properties"]["figures"]
    figures["properties"]["activities"] = {"$ref": "#/$defs/activities"}
    figures["properties"]["survey"] = {"$ref": "#/$defs/survey"}
    figures["required"] = [*figures["required"], *ANNUAL_GROUPS]
    defs = s.setdefault("$defs", {})
    defs["hours_breakdown"] = {
        "type": "object",
        "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1000000},
        "propertyNames": {"minLength": 1, "maxLength": 120},
    }
    defs["activities"] = {
        "type": "object",
        "properties": {
            "by_kind": {"$ref": "#/$defs/breakdown"},
            "hours_by_kind": {"$ref": "#/$defs/hours_breakdown"},
            "information_by_audience": {"$ref": "#/$defs/breakdown"},
            "participants": {"$ref": "#/$defs/count"},
            "planned": {"$ref": "#/$defs/count"},
            "planned_done": {"$ref": "#/$defs/count"},
        },
        "required": [
            "by_kind",
            "hours_by_kind",
            "information_by_audience",
            "participants",
            "planned",
            "planned_done",
        ],
        "additionalProperties": False,
    }
    defs["survey_question"] = {
        "type": "object",
        "properties": {
            "type": {"enum": ["scale", "yes_no", "free_text"]},
            "text": {"type": "string", "maxLength": 300},
            "by_answer": {"$ref": "#/$defs/breakdown"},
            "mean": {"type": ["number", "null"], "minimum": 1, "maximum": 5},
        },
        "required": ["type", "text", "mean"],
        "additionalProperties": False,
    }
    defs["survey_set"] = {
        "type": "object",
        "properties": _survey_set_properties(),
        "required": _SET_REQUIRED,
        "additionalProperties": False,
    }
    defs["survey"] = {
        "type": "object",
        "properties": {
            **_survey_set_properties(),
            "other_definitions": {
                "type": "array",
                "items": {"$ref": "#/$defs/survey_set"},
                "maxItems": MAX_OTHER_DEFINITIONS,
            },
        },
        "required": [*_SET_REQUIRED, "other_definitions"],
        "additionalProperties": False,
    }
    return s


def _schema_dir() -> Any:
    return resources.files("po_desktop.bundle") / "schema"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The shipped version-2 schema file (for outside scripts; see :func:`validator`)."""
    data: dict[str, Any] = json.loads((_schema_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def validator() -> Any:
    """Validates against version 1's schema (as this build has it) extended by
    :func:`derive_schema`, with the same validator class as version 1, so the two versions
    never drift apart; the shipped file is checked to equal it by the tests."""
    from jsonschema import Draft202012Validator

    from po_desktop.bundle import format as fmt

    derived = derive_schema(fmt.schema())
    Draft202012Validator.check_schema(derived)
    strict = getattr(fmt, "_strict_validator_class", None)  # hardened integer type, if any
    cls = strict() if strict is not None else Draft202012Validator
    return cls(fmt._inline_refs(derived, derived.get("$defs", {})))


# --- checks beyond the schema ----------------------------------------------------------------


def _reject(reason: str) -> Exception:
    from po_desktop.bundle.format import BundleRejected

    return BundleRejected(reason)


def _same_codes(cells: dict[str, Any], codes: tuple[str, ...], where: str) -> None:
    for code in codes:
        if code not in cells:
            raise _reject(tr("kategorin {code} saknas i {where}").format(code=code, where=where))
    for code in cells:
        if code not in codes:
            raise _reject(tr("okänd kategori {code} i {where}").format(code=code, where=where))


def _check_activities(a: dict[str, Any], profile: Any) -> None:
    kinds = profile.codes("activity_kind")
    _same_codes(a["by_kind"], kinds, "figures.activities.by_kind")
    _same_codes(a["hours_by_kind"], kinds, "figures.activities.hours_by_kind")
    from po_desktop.bundle.format import decimals, shown

    for kind, hours in a["hours_by_kind"].items():
        if decimals(hours) > 1:
            raise _reject(
                tr(
                    "figures.activities.hours_by_kind.{kind} har fler än en decimal ({value})"
                ).format(kind=kind, value=shown(hours, 30))
            )
    _same_codes(
        a["information_by_audience"],
        profile.codes("audience"),
        "figures.activities.information_by_audience",
    )
    from po_desktop.domain.activities import AUDIENCE_KINDS

    informed = sum(a["by_kind"].get(k, 0) for k in AUDIENCE_KINDS)
    if sum(a["information_by_audience"].values()) != informed:
        raise _reject(
            tr(
                "siffrorna går inte ihop: summan av "
                "figures.activities.information_by_audience är inte antalet "
                "informations- och uppsökande tillfällen"
            )
        )
    if a["planned_done"] > a["planned"]:
        raise _reject(
            tr("siffrorna går inte ihop: figures.activities.planned_done är större än planned")
        )
    from po_desktop.bundle import activities_unstated

    activities_unstated.check(a, kinds)  # format 3 (the schema of 2 has no such member)


def _check_survey_set(s: dict[str, Any], where: str) -> None:
    from po_desktop.domain import survey as dom

    if s["handed_out"] is None:
        if s["response_rate"] is not None:
            raise _reject(tr("siffrorna går inte ihop: {where}.response_rate").format(where=where))
    elif s["responses"] > s["handed_out"]:
        raise _reject(
            tr("siffrorna går inte ihop: {where}.responses är större än handed_out").format(
                where=where
            )
        )
    if s["response_rate"] != dom.response_rate(s["responses"], s["handed_out"]):
        raise _reject(tr("siffrorna går inte ihop: {where}.response_rate").format(where=where))
    for qid, q in s["questions"].items():
        here = f"{where}.questions.{qid}"
        if q["type"] == dom.FREE_TEXT:
            if "by_answer" in q or q["mean"] is not None:
                raise _reject(
                    tr("{where} är en fritextfråga och har inga svarssiffror").format(where=here)
                )
            continue
        if "by_answer" not in q:
            raise _reject(tr("fältet {where}.by_answer saknas").format(where=here))
        _same_codes(q["by_answer"], dom.CODES[q["type"]], f"{here}.by_answer")
        if sum(q["by_answer"].values()) != s["responses"]:
            raise _reject(
                tr(
                    "siffrorna går inte ihop: summan av {where}.by_answer är inte antalet svar"
                ).format(where=here)
            )
        expected = dom.scale_mean(q["by_answer"]) if q["type"] == dom.SCALE else None
        if q["mean"] != expected:
            raise _reject(tr("siffrorna går inte ihop: {where}.mean").format(where=here))


def check_figures(data: dict[str, Any]) -> None:
    """The version-2 checks (after the schema and the version-1 checks); BundleRejected
    naming the first problem."""
    from po_desktop.domain.categories import load_profile

    profile = load_profile(data["profile"])
    figures = data["figures"]
    try:
        profile.codes("activity_kind")
        profile.codes("audience")
    except KeyError:
        raise _reject(
            tr("statistikprofilen {name} saknar aktivitetslistorna").format(name=data["profile"])
        ) from None
    _check_activities(figures["activities"], profile)
    survey = figures["survey"]
    _check_survey_set(survey, "figures.survey")
    seen = {(survey["definition"]["id"], survey["definition"]["version"])}
    for i, s in enumerate(survey["other_definitions"]):
        key = (s["definition"]["id"], s["definition"]["version"])
        if key in seen:
            raise _reject(
                tr("enkäten {id} version {v} finns två gånger i figures.survey").format(
                    id=key[0], v=key[1]
                )
            )
        seen.add(key)
        _check_survey_set(s, f"figures.survey.other_definitions[{i}]")


def write_schema_file(folder: Path | None = None) -> Path:
    """Regenerate the shipped version-2 schema from the shipped version-1 schema."""
    folder = folder or Path(__file__).resolve().parent / "schema"
    v1 = json.loads((folder / "statistics-bundle-1.json").read_text(encoding="utf-8"))
    out = folder / SCHEMA_FILE
    out.write_text(
        json.dumps(derive_schema(v1), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return out


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    print(write_schema_file())
