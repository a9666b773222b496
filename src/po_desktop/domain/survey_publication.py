"""How the client survey is published (annual.md §2, issue 19). Pure.

Survey answers are anonymous and linked to nobody, so they are not masked per answer: masking
them hid almost everything (every mean "x"; "would you recommend PO?" hid *ja = 18 of 19*
because *vet inte* was 1). Instead:

- a survey set (the rounds of one definition in the period) with fewer responses than the
  threshold is published as "för få svar", with no per-question figures;
- each question is published as percentages of its answers with its ``n`` (the forms that
  answered it: every answer code but ``no_answer``) when ``n`` is at least the threshold, else
  as "för få svar";
- a scale question's mean (over its 1–5 answers) is published when those answers are at least
  the threshold, else "för få svar".

The published question: ``{"type", "text", "n", "no_answer", "by_answer", "percent", "mean",
"too_few", "mean_too_few"}`` — ``by_answer`` the counts, ``percent`` one decimal per answer
code (``no_answer`` left out); both None, like ``mean``, when the question has too few answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

NO_ANSWER = "no_answer"
SCALE_VALUES = ("1", "2", "3", "4", "5")
TOO_FEW = "för få svar"


def publishable(survey_set: Mapping[str, Any], threshold: int) -> bool:
    """A survey set with fewer responses than the threshold is published as "för få svar"
    (no per-question figures)."""
    return int(survey_set["responses"]) >= threshold


def percentages(by_answer: Mapping[str, int]) -> dict[str, float] | None:
    """Each answer code's share of the answers (``no_answer`` left out), percent with one
    decimal; None when nobody answered."""
    answered = {c: int(v) for c, v in by_answer.items() if c != NO_ANSWER}
    n = sum(answered.values())
    if n == 0:
        return None
    return {
        c: float((Decimal(v) * 100 / Decimal(n)).quantize(Decimal("0.1"), ROUND_HALF_UP))
        for c, v in answered.items()
    }


def publish_question(q: Mapping[str, Any], threshold: int) -> dict[str, Any]:
    """One question as published (see the module doc)."""
    out = {k: v for k, v in q.items() if k not in ("by_answer", "mean")}
    by_answer = q.get("by_answer")
    if not isinstance(by_answer, Mapping):  # free text: nothing stored, nothing counted
        out.update(mean=None)
        return out
    n = sum(int(v) for c, v in by_answer.items() if c != NO_ANSWER)
    scale_n = sum(int(by_answer.get(v, 0)) for v in SCALE_VALUES)
    too_few = n < threshold
    out.update(
        n=n,
        no_answer=int(by_answer.get(NO_ANSWER, 0)),
        too_few=too_few,
        by_answer=None if too_few else dict(by_answer),
        percent=None if too_few else percentages(by_answer),
    )
    if q.get("type") == "scale":
        mean_too_few = scale_n < threshold
        out["mean"] = None if mean_too_few else q.get("mean")
        out["mean_too_few"] = mean_too_few
    else:
        out["mean"] = None
    return out


def mask_survey_set(survey_set: Mapping[str, Any], threshold: int) -> dict[str, Any]:
    """A survey set as it may be published: under the threshold of responses ``questions`` is
    ``{}`` and ``too_few`` True; otherwise every question by :func:`publish_question`."""
    out = {k: v for k, v in survey_set.items() if k not in ("questions", "other_definitions")}
    if not publishable(survey_set, threshold):
        out["too_few"] = True
        out["questions"] = {}
        return out
    out["too_few"] = False
    out["questions"] = {
        qid: publish_question(q, threshold) for qid, q in survey_set["questions"].items()
    }
    return out


def mask_survey_figures(survey: Mapping[str, Any] | None, threshold: int) -> dict[str, Any] | None:
    """:func:`mask_survey_set` for the main set and every set in ``other_definitions``."""
    if survey is None:
        return None
    out = mask_survey_set(survey, threshold)
    out["other_definitions"] = [
        mask_survey_set(s, threshold) for s in survey.get("other_definitions", [])
    ]
    return out


__all__ = [
    "TOO_FEW",
    "mask_survey_figures",
    "mask_survey_set",
    "percentages",
    "publish_question",
    "publishable",
]
