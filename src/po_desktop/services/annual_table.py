"""The figures of annual.md (activities, survey) and the comparison as labelled rows, like
:mod:`po_desktop.services.report_table` does for statistics.md §3: what the terminal shows and
what a report can lay out.

``annual_rows(figures, profile)`` → :class:`~po_desktop.services.report_table.Row` s for
``activities`` and ``survey`` (a group that is None — not reported — gives one row with value
None, shown "–"). ``all_rows`` = §3 rows + these. ``comparison_rows(this, earlier, changes,
profile)`` pairs every row with its earlier value and change.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from po_desktop.domain.categories import Profile
from po_desktop.domain.survey import answer_label
from po_desktop.i18n import local_decimal, tr
from po_desktop.services.report_table import Row, figure_rows


def activity_labels() -> dict[str, str]:
    return {
        "activities.by_kind": tr("Genomförda aktiviteter efter typ"),
        "activities.hours_by_kind": tr("Timmar efter aktivitetstyp"),
        "activities.information_by_audience": tr(
            "Information och uppsökande verksamhet efter målgrupp"
        ),
        "activities.participants": tr("Deltagare vid information och uppsökande verksamhet"),
        "activities.planned": tr("Planerade aktiviteter"),
        "activities.planned_done": tr("Varav genomförda"),
    }


def survey_labels() -> dict[str, str]:
    return {
        "survey.rounds": tr("Enkätomgångar"),
        "survey.handed_out": tr("Utdelade enkäter"),
        "survey.responses": tr("Inlämnade svar"),
        "survey.response_rate": tr("Svarsfrekvens (%)"),
    }


_LISTS = {
    "by_kind": "activity_kind",
    "hours_by_kind": "activity_kind",
    "information_by_audience": "audience",
}


def annual_rows(figures: dict[str, Any], profile: Profile) -> list[Row]:
    rows: list[Row] = []
    acts = figures.get("activities", None) if "activities" in figures else None
    if "activities" in figures:
        if acts is None:
            rows.append(Row("activities", None, tr("Aktiviteter"), None))
        else:
            rows += _activity_rows(acts, profile)
    if "survey" in figures:
        survey = figures["survey"]
        if survey is None:
            rows.append(Row("survey", None, tr("Klientenkät"), None))
        else:
            rows += _survey_set_rows(survey, "survey")
            for i, other in enumerate(survey.get("other_definitions", [])):
                rows += _survey_set_rows(other, f"survey.other_definitions.{i}")
    return rows


def _activity_rows(acts: dict[str, Any], profile: Profile) -> list[Row]:
    """The activity rows; a participants figure or an hours cell that was not stated for
    every occasion says so ("uppgift saknas", "12 (antal saknas för 2 av 5 tillfällen)")
    when the figures carry the unstated counts (activity_gaps)."""
    from po_desktop.domain import activity_gaps

    rows: list[Row] = []
    for key, label in activity_labels().items():
        name = key.split(".", 1)[1]
        value = acts.get(name)
        if isinstance(value, dict):
            rows.append(Row(key, None, label, ""))
            for code, n in value.items():
                shown = activity_gaps.hours_text(acts, code) if name == "hours_by_kind" else None
                rows.append(Row(key, code, profile.label(_LISTS[name], code), shown or n, 1))
        else:
            shown = activity_gaps.participants_text(acts) if name == "participants" else None
            rows.append(Row(key, None, label, shown or value))
    return rows


def _survey_set_rows(s: dict[str, Any], prefix: str) -> list[Row]:
    d = s["definition"]
    rows = [
        Row(
            f"{prefix}.definition",
            None,
            tr("Klientenkät {id}, version {version}").format(id=d["id"], version=d["version"]),
            "",
        )
    ]
    for key, label in survey_labels().items():
        name = key.split(".", 1)[1]
        rows.append(Row(f"{prefix}.{name}", None, label, s.get(name), 1))
    if s.get("too_few"):
        rows.append(Row(f"{prefix}.questions", None, tr("Frågorna"), tr("för få svar"), 1))
        return rows
    for qid, q in s.get("questions", {}).items():
        key = f"{prefix}.questions.{qid}"
        if "by_answer" not in q:
            continue
        rows.append(Row(key, None, q.get("text") or qid, "", 1))
        for code, n in q["by_answer"].items():
            rows.append(Row(f"{key}.by_answer", code, answer_label(code), n, 2))
        if q.get("type") == "scale":
            rows.append(Row(f"{key}.mean", None, tr("Medelvärde (1–5)"), q.get("mean"), 2))
    return rows


def all_rows(figures: dict[str, Any], profile: Profile) -> list[Row]:
    return figure_rows(figures, profile) + annual_rows(figures, profile)


def _show(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return local_decimal(f"{value:g}")
    return str(value)


def _heading(label: str) -> str:
    return label if label[-1:] in (".", "?", "!", ":") else label + ":"


def format_annual_text(figures: dict[str, Any], profile: Profile) -> str:
    out = io.StringIO()
    for row in annual_rows(figures, profile):
        indent = "    " * row.level
        if row.value == "":
            out.write(f"{indent}{_heading(row.label)}\n")
        else:
            out.write(f"{indent}{row.label}: {_show(row.value)}\n")
    return out.getvalue()


@dataclass(frozen=True)
class ComparisonRow:
    row: Row
    earlier: Any
    change: Any  # {"count", "percent"} | None | a mask string


def _lookup(tree: Any, row: Row) -> Any:
    """The value at a row's key (and category) in a figures-shaped tree."""
    parts = row.key.split(".")
    node = tree
    for p in parts:
        if not isinstance(node, dict) or p not in node:
            return None
        node = node[p]
    if row.category is not None:
        return node.get(row.category) if isinstance(node, dict) else None
    if isinstance(node, dict) and set(node) == {"count", "percent"}:
        return node  # a change
    return None if isinstance(node, dict) else node


def comparison_rows(
    this: dict[str, Any],
    earlier: dict[str, Any] | None,
    changes: dict[str, Any] | None,
    profile: Profile,
) -> list[ComparisonRow]:
    """Every row of ``this`` with the earlier value and the change (rows of the survey's other
    definitions and per-unit medians compare as None; so does every row when the earlier
    period was never reported: ``earlier`` None, "–", never 0)."""
    return [
        ComparisonRow(
            r,
            _lookup(earlier, r) if r.value != "" else "",
            _lookup(changes, r) if r.value != "" else "",
        )
        for r in all_rows(this, profile)
    ]


def format_change(change: Any) -> str:
    if change is None or change == "":
        return "–" if change is None else ""
    if isinstance(change, str):
        return change
    count = change["count"]
    sign = "+" if count > 0 else ""
    text = f"{sign}{_show(count)}"
    if change.get("percent") is not None:
        pct = change["percent"]
        text += f" ({'+' if pct > 0 else ''}{_show(pct)} %)"
    return text


def format_comparison_text(
    this: dict[str, Any],
    earlier: dict[str, Any] | None,
    changes: dict[str, Any] | None,
    profile: Profile,
    this_label: str,
    earlier_label: str,
) -> str:
    out = io.StringIO()
    if earlier is None:
        out.write(
            tr("{earlier}: ej rapporterat – det finns inga uppgifter att jämföra med (–).").format(
                earlier=earlier_label
            )
            + "\n"
        )
    out.write(
        tr("{label}: {this} | {earlier} | förändring").format(
            label=tr("Rad"), this=this_label, earlier=earlier_label
        )
        + "\n"
    )
    for cr in comparison_rows(this, earlier, changes, profile):
        indent = "    " * cr.row.level
        if cr.row.value == "":
            out.write(f"{indent}{_heading(cr.row.label)}\n")
            continue
        out.write(
            f"{indent}{cr.row.label}: {_show(cr.row.value)} | {_show(cr.earlier)} | "
            f"{format_change(cr.change)}\n"
        )
    return out.getvalue()
